import AftercareCore
import AftercareSQLite
import AftercareStore
import ArgumentParser
import Foundation

/// `--store PATH`, shared by every command: after the command's name, or before it (the root
/// command's option, read through `@ParentCommand`).
struct StoreOptions: ParsableArguments {
    @ParentCommand var root: Aftercare

    @Option(name: .long, help: ArgumentHelp(
        "The desk's store file.", discussion: "Default: $AFTERCARE_STORE, else $XDG_DATA_HOME/aftercare/desk.sqlite.",
        valueName: "path"))
    var store: String?

    var path: String { StoreLocation.resolve(flag: store ?? root.store) }

    func open(_ mode: StoreOpening.Mode = .mustExist) throws -> any DeskStore {
        try StoreOpening.open(path, mode)
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
