import ArgumentParser
import NcursesTerminal

/// `aftercare console-check`: tells whether this terminal can run the console (hidden; used by
/// tests and by agents puzzled by a refusal).
struct ConsoleCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "console-check", abstract: "Check that this terminal can run the console.")

    func run() throws {
        do {
            try TerminalRequirements.check()
        } catch let error as TerminalRequirementError {
            throw CLIError(description: error.description, exitCode: ExitCodes.unusableTerminal)
        }
        Output.line("this terminal can run the console")
    }
}
