import AftercareCore
import AftercareSettingsFile
import AftercareStore
import ArgumentParser
import Foundation

/// `aftercare settings …`: the desk's settings, one set for the whole desk, kept in the store.
struct SettingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "settings", abstract: "Show and change the desk's settings (calendar, SLA targets, loyalty, follow-ups, triage).",
        discussion: """
            The settings live in the store, so every agent and every process computes the same SLA. Their written \
            form is TOML (`settings export`); `import`, `edit` and `set` check everything first and change nothing \
            while anything is wrong. Each save is a new version with an audit row per changed key (`settings history`). \
            A new calendar or new targets reorder the inbox of every active ticket at once.
            """,
        subcommands: [SettingsShowCommand.self, SettingsExportCommand.self, SettingsImportCommand.self, SettingsEditCommand.self,
                      SettingsSetCommand.self, SettingsHistoryCommand.self],
        defaultSubcommand: SettingsShowCommand.self)
}

struct SettingsShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show the desk's settings.")

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let store = try storeOptions.open(.readOnly)
        let settings = try store.refreshSettings()
        let version = try store.settingsVersion()
        let last = try store.settingsHistory(limit: 1).first
        if output.json {
            try Output.json(SettingsJSON(settings, version: version, changedBy: last?.agent, changedAt: last?.at))
            return
        }
        for line in SettingsSummary.lines(settings, version: version, last: last) { Output.untrusted(line) }
    }
}

struct SettingsExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Write the settings as TOML (the form `settings import` reads).",
        discussion: "Export, import, export again: the two files are identical.")

    @OptionGroup var storeOptions: StoreOptions
    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.") var output: String?

    func run() throws {
        let text = SettingsFile.render(try storeOptions.open(.readOnly).refreshSettings())
        guard let output else { Output.raw(text); return }
        guard FileManager.default.createFile(atPath: output, contents: Data(text.utf8)) else {
            throw CLIError(description: "cannot write \(output)", exitCode: ExitCodes.cannotWrite)
        }
    }
}

struct SettingsImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Apply a settings file (TOML); keys it leaves out keep their current values.",
        discussion: "The file is checked whole: every bad key or value is reported with its line, and nothing is applied unless all is valid.")

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "The settings file ('-' reads standard input).") var file: String

    func run() throws {
        let text = try InputFile.text(file)
        let store = try storeOptions.open()
        let version = try store.settingsVersion()
        switch SettingsFile.parse(text, defaults: try store.refreshSettings()) {
        case let .failure(error):
            throw SettingsFiles.rejected(error, in: InputFile.name(file))
        case let .success(settings):
            SettingsFiles.report(try store.saveSettings(settings, expectedVersion: version, by: AgentIdentity.current(), at: Clock.now()))
        }
    }
}

struct SettingsSetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set", abstract: "Change one setting: `settings set calendar.timezone Asia/Shanghai`.",
        discussion: """
            KEY is dotted as in the file (calendar.hours.sat, sla.urgent.first_response, sla.category.damaged.resolution, \
            loyalty.gold.spend, followups.monthly_cap…). VALUE is read as TOML when it is TOML (true, 3, ["2026-12-25"]), \
            else as text. Lists of tables (triage.rules, followups.steps) are changed with `settings edit`.
            """)

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "The setting's dotted key.") var key: String
    @Argument(help: "Its new value.") var value: String

    func run() throws {
        let store = try storeOptions.open()
        let version = try store.settingsVersion()
        switch SettingsFile.setting(key, to: value, in: try store.refreshSettings()) {
        case let .failure(error):
            throw SettingsFiles.rejected(error, in: nil)
        case let .success(settings):
            SettingsFiles.report(try store.saveSettings(settings, expectedVersion: version, by: AgentIdentity.current(), at: Clock.now()))
        }
    }
}

struct SettingsHistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "history", abstract: "Who changed which settings, when (newest first).")

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions
    @Option(help: "How many versions (1–1000).") var limit = 20

    func validate() throws {
        guard (1...1000).contains(limit) else { throw ValidationError("--limit must be between 1 and 1000") }
    }

    func run() throws {
        let store = try storeOptions.open(.readOnly)
        let revisions = try store.settingsHistory(limit: limit)
        if output.json { try Output.json(revisions); return }
        let time = DeskLocalTime(policy: store.settings.sla)
        for revision in revisions {
            Output.untrusted("version \(revision.version) · \(revision.agent) · \(time.dateTime(revision.at))")
            for change in revision.changes {
                Output.untrusted("  \(change.key): \(change.old ?? "(none)") → \(change.new ?? "(none)")")
            }
        }
        if revisions.isEmpty { Output.line("no saved settings: the desk runs on the defaults") }
    }
}

/// What the settings commands share: reporting problems, reporting a save.
enum SettingsFiles {
    /// Every problem on its own line, prefixed by the file name when there is one; nothing saved.
    static func rejected(_ error: SettingsFileError, in name: String?) -> CLIError {
        let count = error.problems.count
        let lines = error.problems.map { (name.map { "\($0): " } ?? "") + $0.description }
        return CLIError(description: "\(count) problem\(count == 1 ? "" : "s"), nothing changed:\n" + lines.joined(separator: "\n"),
                        exitCode: ExitCodes.badData)
    }

    static func report(_ saved: SettingsSaved) {
        guard let revision = saved.revision else {
            Output.line("no changes: the settings were already these")
            return
        }
        let count = revision.changes.count
        Output.line("saved settings version \(revision.version): \(count) key\(count == 1 ? "" : "s") changed"
                    + (saved.reorderedTickets > 0 ? "; inbox order recomputed for \(saved.reorderedTickets) active tickets" : ""))
        for change in revision.changes.prefix(20) {
            Output.untrusted("  \(change.key): \(change.old ?? "(none)") → \(change.new ?? "(none)")")
        }
        if count > 20 { Output.line("  … and \(count - 20) more (`aftercare settings history`)") }
    }
}
