import AftercareConsole
import AftercareCore
import AftercareSQLite
import AftercareStore
import ArgumentParser
import Foundation
import NcursesTerminal
import TerminalKit

/// Runs the console on an open store: the real terminal, the live desk, the theme adapted to the
/// terminal, $EDITOR, and signals. Returns normally after `q`; after SIGINT/SIGTERM/SIGHUP it throws
/// `ExitCode(128 + N)` once the draft is saved and the terminal restored (never `exit()` inside).
enum ConsoleSession {
    static func run(store: any DeskStore, setup: ConsoleSetup) throws {
        let terminal: NcursesTerminal
        do {
            terminal = try NcursesTerminal(environment: setup.environment, noColor: setup.noColor)
        } catch let error as TerminalRequirementError {
            throw CLIError(description: error.description, exitCode: ExitCodes.unusableTerminal)
        }
        let theme = setup.theme.adapted(to: terminal.colorDepth, noColor: setup.noColor)
        let runtime = Runtime(
            backend: terminal, desk: LiveDeskService(store: store), agent: AgentIdentity.current(),
            keyMap: setup.keyMap, keyMapWarnings: setup.keyWarnings,
            render: { [unowned terminal] state, frame in
                render(state, theme: theme, into: &frame)
                if let cursor = cursorPosition(for: state, size: frame.size) {
                    terminal.setCursor(x: cursor.x, y: cursor.y)
                } else {
                    terminal.hideCursor()
                }
            },
            clock: clock(environment: setup.environment),
            editor: { seed in
                // Failures come back as nil: the console keeps the text it had and says so.
                try? EditorProcess.edit(seed, suffix: ".txt", environment: setup.environment)
            },
            session: ConsoleIdentity(terminal: terminalName()))
        terminal.onTermination = { [unowned runtime] _ in runtime.requestShutdown() }
        refreshTriageModel(store)
        runtime.run()
        terminal.shutdown()  // idempotent; the runtime already did it on its way out
        if let signal = terminal.terminationSignal { throw ExitCode(ExitCodes.signal(signal)) }
    }

    /// "pts/3": how other consoles tell this one from the agent's others.
    static func terminalName() -> String {
        guard let name = ttyname(STDIN_FILENO) else { return "console" }
        let path = String(cString: name)
        return path.hasPrefix("/dev/") ? String(path.dropFirst(5)) : path
    }

    /// The on-start refresh of the triage classifier: when agents corrected categories since it
    /// was trained (or a new release ships new examples), it learns them in the background; the
    /// console does not wait, and a failure only means the old model stays.
    static func refreshTriageModel(_ store: any DeskStore) {
        let agent = AgentIdentity.current()
        DispatchQueue.global(qos: .utility).async {
            guard let status = try? store.triageModelStatus(), status.isStale else { return }
            _ = try? store.retrainTriage(by: agent, at: Date())
        }
    }

    /// Wall-clock time, or with `AFTERCARE_NOW` (demos, tests) that instant plus the time elapsed
    /// since start, so SLA figures are reproducible and ticks still advance.
    static func clock(environment: [String: String]) -> () -> Date {
        guard let fixed = environment["AFTERCARE_NOW"].flatMap(TimeInterval.init) else { return Date.init }
        let start = DispatchTime.now().uptimeNanoseconds
        return { Date(timeIntervalSince1970: fixed + Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9) }
    }
}
