import AftercareCore
import AftercareStore
import ArgumentParser
import Foundation

/// `--store PATH`, shared by every command (also accepted before the subcommand: see `Aftercare.main`).
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The desk's store file.", discussion: "Default: $AFTERCARE_STORE, else $XDG_DATA_HOME/aftercare/desk.sqlite.",
        valueName: "path"))
    var store: String?

    var path: String { StoreLocation.resolve(flag: store) }

    func open(_ mode: AppDatabase.OpenMode = .mustExist) throws -> AppDatabase {
        try AppDatabase(path: path, mode: mode, rules: try DeskConfiguration.rules())
    }
}

struct OutputOptions: ParsableArguments {
    @Flag(name: .long, help: "Print JSON for scripts instead of text.")
    var json = false
}

extension TicketStatus: ExpressibleByArgument {}
extension Priority: ExpressibleByArgument {}
extension TicketCategory: ExpressibleByArgument {}
extension Channel: ExpressibleByArgument {}
extension Language: ExpressibleByArgument {}

/// Reads "now" once per command, so everything a command prints agrees on the time.
enum Clock {
    static func now() -> Date {
        if let fixed = ProcessInfo.processInfo.environment["AFTERCARE_NOW"], let seconds = TimeInterval(fixed) {
            return Date(timeIntervalSince1970: seconds)  // for reproducible demos and tests
        }
        return Date()
    }
}
