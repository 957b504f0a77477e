import AftercareCore
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
        let rate = try DemoSeeder.seed(store, tickets: tickets, seed: seed, now: Clock.now(), progress: showProgress ? { done in
            FileHandle.standardError.write(Data("\rseeded \(done) of \(tickets) tickets".utf8))
        } : nil)
        if showProgress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        if !quiet {
            Output.line("seeded \(tickets) tickets into \(store.path) in \(String(format: "%.1f", rate.seconds)) s (\(Int(rate.ticketsPerSecond)) tickets/s)")
        }
    }
}

/// Seeding shared by `seed`, `demo` and `bench`.
enum DemoSeeder {
    struct Rate {
        var seconds: Double
        var ticketsPerSecond: Double
    }

    static let shopName = "小雨生活馆 Xiaoyu Living"

    static func seed(_ store: AppDatabase, tickets: Int, seed: UInt64, now: Date, progress: ((Int) -> Void)?) throws -> Rate {
        let agent = AgentIdentity.current()
        try store.installTemplates(BuiltInTemplates.all, by: agent, at: now)
        if try store.setting(.shopName) == nil { try store.setSetting(.shopName, shopName) }
        let anchor = Date(timeIntervalSince1970: (now.timeIntervalSince1970 / 3600).rounded(.down) * 3600)
        let desk = DemoDesk(seed: seed, ticketCount: tickets, now: anchor)
        let started = DispatchTime.now()
        var done = 0
        var lastReport = 0
        try store.bulkLoad(by: agent, at: now) { load in
            // Generating and preparing the next chunk overlaps with writing this one (one core each).
            let rules = store.rules
            let prepared = desk.batches(chunkSize: 20_000).lazy.map { PreparedBatch($0, rules: rules) }
            try Prefetching(prepared, depth: 2).forEach { batch in
                _ = try load(batch)
                done += batch.batch.tickets.count
                if let progress, done - lastReport >= 50_000 || done == tickets {
                    progress(done)
                    lastReport = done
                }
            }
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        return Rate(seconds: seconds, ticketsPerSecond: Double(tickets) / max(seconds, 1e-9))
    }
}

/// Runs a sequence's iteration on a background thread, keeping up to `depth` elements ready.
struct Prefetching<Base: Sequence> where Base.Element: Sendable {
    let base: Base
    let depth: Int

    init(_ base: Base, depth: Int) {
        self.base = base
        self.depth = depth
    }

    func forEach(_ body: (Base.Element) throws -> Void) throws {
        let buffer = PrefetchBuffer<Base.Element>(depth: depth)
        nonisolated(unsafe) let iterator = base.makeIterator()
        let producer = Thread {
            var iterator = iterator
            while !buffer.isCancelled, let element = iterator.next() { buffer.put(element) }
            buffer.finish()
        }
        producer.start()
        defer { buffer.cancel() }
        while let element = buffer.take() { try body(element) }
    }
}

/// A bounded hand-off between one producer and one consumer thread.
final class PrefetchBuffer<Element: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var items: [Element] = []
    private var finished = false
    private var cancelled = false
    private let depth: Int

    init(depth: Int) { self.depth = max(1, depth) }

    var isCancelled: Bool {
        condition.lock()
        defer { condition.unlock() }
        return cancelled
    }

    func put(_ element: Element) {
        condition.lock()
        while items.count >= depth && !cancelled { condition.wait() }
        items.append(element)
        condition.broadcast()
        condition.unlock()
    }

    func finish() {
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }

    func take() -> Element? {
        condition.lock()
        defer { condition.unlock() }
        while items.isEmpty && !finished { condition.wait() }
        guard !items.isEmpty else { return nil }
        condition.broadcast()
        return items.removeFirst()
    }
}
