import AftercareCore
import AftercareSettingsFile
import AftercareStore
import ArgumentParser
import Foundation

/// `aftercare settings edit`: the settings in $VISUAL/$EDITOR, checked on save. Like `crontab -e`:
/// a file with problems comes back with them listed at the top, until it is right or the agent
/// gives up (saving it unchanged, or emptying it); nothing is applied before it is right.
struct SettingsEditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit", abstract: "Edit the settings in $VISUAL/$EDITOR (checked on save, reopened with the problems on top).",
        discussion: "Save the file unchanged, or empty it, to give up. If another agent saves settings meanwhile, yours are kept in a file and nothing is applied.")

    @OptionGroup var storeOptions: StoreOptions

    /// The first line of the problems block the edit puts on top of a file it reopens.
    static let problemsMarker = "# ── aftercare: this file has problems, nothing was saved. Fix them and save, or save it unchanged to give up. ──"

    func run() throws {
        let store = try storeOptions.open()
        let version = try store.settingsVersion()
        var text = SettingsFile.render(try store.refreshSettings())
        let original = text
        while true {
            let edited: String
            do {
                edited = try EditorProcess.edit(text, suffix: ".toml")
            } catch {
                throw CLIError(description: "the editor failed: \(error); nothing changed", exitCode: ExitCodes.failure)
            }
            if edited == original || edited.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                Output.line("no changes")
                return
            }
            if edited == text {
                throw CLIError(description: "gave up with problems left; nothing changed", exitCode: ExitCodes.badData)
            }
            let body = Self.withoutProblems(edited)
            switch SettingsFile.parse(body) {
            case let .success(settings):
                do {
                    SettingsFiles.report(try store.saveSettings(settings, expectedVersion: version, by: AgentIdentity.current(), at: Clock.now()))
                } catch StoreError.settingsConflict(let expected, let actual, let by, let at) {
                    let kept = try Self.keep(body)
                    throw StoreError.settingsConflict(expected: expected, actual: actual, changedBy: by, changedAt: at)
                        .explained(keptIn: kept)
                }
                return
            case let .failure(error):
                text = Self.withProblems(error, on: body)
            }
        }
    }

    /// `body` with its problems listed on top, lines counted in the file as reopened.
    static func withProblems(_ error: SettingsFileError, on body: String) -> String {
        let count = error.problems.count
        let header = [problemsMarker] + error.problems.map { problem -> String in
            var shifted = problem
            shifted.line = problem.line.map { $0 + count + 2 }
            return "# " + shifted.description.replacingOccurrences(of: "\n", with: " ")
        } + ["# ──"]
        return header.joined(separator: "\n") + "\n" + body
    }

    static func withoutProblems(_ text: String) -> String {
        guard text.hasPrefix(problemsMarker) else { return text }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        while let first = lines.first, first.hasPrefix("#"), first != "# ──" { lines.removeFirst() }
        if lines.first == "# ──" { lines.removeFirst() }
        return lines.joined(separator: "\n")
    }

    /// Saves an edit that could not be applied where the agent can find it.
    static func keep(_ text: String) throws -> String {
        let directory = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        let path = directory + "/aftercare-settings-\(getpid()).toml"
        guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
            throw CLIError(description: "cannot keep your edit in \(path)", exitCode: ExitCodes.cannotWrite)
        }
        return path
    }
}

private extension StoreError {
    /// The conflict, saying where the agent's edit is.
    func explained(keptIn path: String) -> CLIError {
        CLIError(description: "\(description); your edit is in \(path) (`aftercare settings import \(path)` to apply it)",
                 exitCode: ExitCodes.conflict)
    }
}
