import AftercareCore
import AftercareDemo
import AftercareStore
import AftercareTemplates
import ArgumentParser
import Foundation

struct SeedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "seed", abstract: "Fill a new store with a believable demo desk (deterministic for a seed).",
        discussion: """
            Customers with Chinese and English names across channels, orders and shipments, tickets in every \
            category and status with threads in both languages, some SLAs breached, VIPs, CSAT and NPS answers. \
            Times are relative to now (rounded down to the hour), so the same seed gives the same desk within an hour.
            """)

    @OptionGroup var storeOptions: StoreOptions
    @Option(help: "How many tickets (about 3 messages each).") var tickets = 2_000
    @Option(help: "Random seed.") var seed: UInt64 = 1
    @Flag(help: "Print nothing but errors.") var quiet = false

    func validate() throws {
        guard tickets >= 1 && tickets <= 10_000_000 else { throw ValidationError("--tickets must be between 1 and 10000000") }
    }

    func run() throws {
        let store = try storeOptions.open(.createIfMissing)
        // A progress counter only where a person watches it (stderr is a terminal).
        let showProgress = !quiet && isatty(STDERR_FILENO) == 1
        let rate = try DemoSeeder.seed(store, tickets: tickets, seed: seed, by: AgentIdentity.current(), now: Clock.now(), progress: showProgress ? { done in
            FileHandle.standardError.write(Data("\rseeded \(done) of \(tickets) tickets".utf8))
        } : nil)
        if showProgress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        if !quiet {
            Output.line("seeded \(tickets) tickets into \(store.location) in \(String(format: "%.1f", rate.seconds)) s (\(Int(rate.ticketsPerSecond)) tickets/s)")
        }
    }
}
