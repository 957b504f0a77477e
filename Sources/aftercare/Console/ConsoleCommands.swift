import AftercareCore
import AftercareDemo
import AftercareSQLite
import AftercareStore
import ArgumentParser
import Foundation

/// Options the console takes (after `aftercare`, `aftercare console` or `aftercare demo`).
struct ConsoleOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "A theme: a name (default, light, high-contrast, mono, or one in the themes directory) or a .toml file.",
        discussion: "Themes directory: $AFTERCARE_THEMES, else Themes/ next to the installation.", valueName: "name|path"))
    var theme: String?

    @Option(name: .long, help: ArgumentHelp("A keymap file (TOML) merged over the default keys.", valueName: "path"))
    var keys: String?
}

/// `aftercare` (no subcommand) and `aftercare console`: the interactive console on the store.
struct ConsoleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "console", abstract: "Open the interactive console (what `aftercare` alone does).",
        discussion: """
            Needs a terminal (TERM set to a real terminal type) and a UTF-8 locale. NO_COLOR turns colours off. \
            The console exits with 0 when you quit, and 128+N after signal N (its draft saved first).
            """)

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var consoleOptions: ConsoleOptions

    func run() throws {
        // Everything that can fail is checked before the terminal is touched: one line, non-zero exit.
        let setup = try ConsoleSetup.prepare(consoleOptions)
        let path = storeOptions.path
        let store: any DeskStore
        do {
            store = try storeOptions.open(.mustExist)
        } catch StoreError.missingStore {
            throw CLIError(
                description: "no store at \(path); try `aftercare demo` for a demo desk, or `aftercare init` to start one (or pass --store PATH)",
                exitCode: ExitCodes.storeProblem)
        }
        try ConsoleSession.run(store: store, setup: setup)
    }
}

/// `aftercare demo`: a demo desk in a per-user location, seeded once, opened in the console.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo", abstract: "Open the console on a demo desk (seeded on first use).",
        discussion: """
            The demo store lives at $XDG_DATA_HOME/aftercare/demo.sqlite (~/.local/share/aftercare/demo.sqlite) \
            and is reused while it has tickets. Delete it (or pass --fresh) to start over.
            """)

    @OptionGroup var consoleOptions: ConsoleOptions
    @Option(help: "How many tickets to seed when the demo store is new.") var tickets = 5_000
    @Flag(help: "Throw the demo store away and seed a new one.") var fresh = false

    func validate() throws {
        guard tickets >= 1 && tickets <= 1_000_000 else { throw ValidationError("--tickets must be between 1 and 1000000") }
    }

    static func demoPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        (StoreLocation.defaultPath(environment: environment) as NSString).deletingLastPathComponent + "/demo.sqlite"
    }

    func run() throws {
        let setup = try ConsoleSetup.prepare(consoleOptions)
        let path = Self.demoPath()
        if fresh {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
        let store = try StoreOpening.open(path, .createIfMissing)
        let now = Clock.now()
        let existing = try store.inboxPage(InboxFilter(statuses: TicketStatus.allCases), limit: 1, now: now).rows.count
        if existing == 0 {
            let tty = isatty(STDERR_FILENO) == 1
            FileHandle.standardError.write(Data("aftercare: seeding a demo desk (\(tickets) tickets) into \(path)…".utf8))
            _ = try DemoSeeder.seed(store, tickets: tickets, seed: 1, by: AgentIdentity.current(), now: now, progress: nil)
            FileHandle.standardError.write(Data((tty ? "\r\u{1B}[K" : "\n").utf8))
        }
        try ConsoleSession.run(store: store, setup: setup)
    }
}
