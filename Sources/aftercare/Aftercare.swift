import AftercareCore
import AftercareStore
import ArgumentParser
import Foundation

@main
struct Aftercare: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "aftercare",
        abstract: "After-sales support desk: tickets, customers, canned replies, SLAs.",
        discussion: """
            With no subcommand, opens the interactive console on the store (`aftercare demo` opens one on a \
            demo desk). Every command works on one store (--store PATH, $AFTERCARE_STORE, or the default under \
            $XDG_DATA_HOME/aftercare/). Read commands take --json for scripts.
            """,
        version: AftercareVersion.current,
        subcommands: [
            ConsoleCommand.self, DemoCommand.self,
            InitCommand.self, SeedCommand.self, ImportCommand.self, ExportCommand.self,
            ListCommand.self, ShowCommand.self, ReplyCommand.self, NoteCommand.self, SetCommand.self,
            ReceiveCommand.self, TemplatesCommand.self, SettingsCommand.self, ReportCommand.self, TriageCommand.self, BenchCommand.self, BenchConsoleCommand.self, ConsoleCheckCommand.self, PeakMemoryCommand.self,
        ],
        defaultSubcommand: ConsoleCommand.self)

    @Option(name: .long, help: ArgumentHelp(
        "The desk's store file (also accepted after the command).",
        discussion: "Default: $AFTERCARE_STORE, else $XDG_DATA_HOME/aftercare/desk.sqlite.", valueName: "path"))
    var store: String?

    /// ArgumentParser's own `main`, except that our errors print as one line with a documented
    /// exit code instead of a usage dump.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as CLIError {
            fail(error)
        } catch let error as StoreError {
            fail(error)
        } catch let error as DomainError {
            fail(error)
        } catch let error as Failure {
            fail(error)
        } catch {
            exit(withError: error)
        }
    }

    static func fail(_ error: Error) -> Never {
        let (message, code) = ExitCodes.describe(error)
        Output.error(message)
        Foundation.exit(code)
    }
}
