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
        subcommands: [
            ConsoleCommand.self, DemoCommand.self,
            InitCommand.self, SeedCommand.self, ImportCommand.self, ExportCommand.self,
            ListCommand.self, ShowCommand.self, ReplyCommand.self, NoteCommand.self, SetCommand.self,
            ReceiveCommand.self, TemplatesCommand.self, ReportCommand.self, TriageCommand.self, BenchCommand.self, BenchConsoleCommand.self, ConsoleCheckCommand.self, PeakMemoryCommand.self,
        ],
        defaultSubcommand: ConsoleCommand.self)

    /// ArgumentParser's own `main`, with two changes: `--store PATH` may come before the
    /// subcommand (`aftercare --store x list`), and our errors print as one line with a
    /// documented exit code instead of a usage dump.
    static func main() {
        let arguments = hoistingGlobalOptions(Array(CommandLine.arguments.dropFirst()))
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch let error as StoreError {
            fail(error)
        } catch let error as DomainError {
            fail(error)
        } catch let error as CLIError {
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

    /// Moves a leading `--store PATH` / `--store=PATH` after the subcommand name.
    static func hoistingGlobalOptions(_ arguments: [String]) -> [String] {
        var global: [String] = []
        var rest = arguments[...]
        while let first = rest.first {
            if first == "--store", rest.count >= 2 {
                global += rest.prefix(2)
                rest = rest.dropFirst(2)
            } else if first.hasPrefix("--store=") {
                global.append(first)
                rest = rest.dropFirst()
            } else {
                break
            }
        }
        // No subcommand after them (`aftercare --store x --theme y`): the console takes them as they are.
        guard !global.isEmpty, let subcommand = rest.first, !subcommand.hasPrefix("-") else { return arguments }
        var result = [subcommand]
        // A nested command (`templates list`) keeps its own name next to its parent.
        var tail = Array(rest.dropFirst())
        if subcommand == "templates", let nested = tail.first, !nested.hasPrefix("-") {
            result.append(nested)
            tail.removeFirst()
        }
        return result + global + tail
    }
}
