import AftercareCore
import AftercareDemo
import AftercareStore
import ArgumentParser
import Foundation
import TerminalKit
import AftercareInterchange

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench", abstract: "Measure the store on a large desk and print medians against the targets.",
        discussion: """
            Seeds the store first if it has no tickets (use a dedicated path: bench adds notes and replies to \
            measure writes). Build with -c release for meaningful figures.
            """)

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions
    @Option(help: "Tickets to seed when the store is empty.") var tickets = 1_000_000
    @Option(help: "Seed for the demo desk.") var seed: UInt64 = 1
    @Option(help: "Repetitions per measurement.") var runs = 30

    func run() throws {
        let now = Clock.now()
        var results: [BenchResult] = []
        let store = try storeOptions.open(.createIfMissing)
        if try store.count(InboxFilter(statuses: TicketStatus.allCases), now: now) == 0 {
            let rate = try DemoSeeder.seed(store, tickets: tickets, seed: seed, by: AgentIdentity.current(), now: now, progress: nil)
            results.append(BenchResult(name: "seed \(tickets) tickets (tickets/s)", median: rate.ticketsPerSecond, p90: nil,
                                       unit: "/s", target: ">= 20000", ok: rate.ticketsPerSecond >= 20_000))
        }
        let total = try store.count(InboxFilter(statuses: TicketStatus.allCases), now: now)
        let measure = Measure(runs: runs)

        let firstPage = try measure.time { _ = try store.inboxPage(InboxFilter(), limit: 50, now: now) }
        results.append(.ms("inbox first page (50 rows)", firstPage, target: 20))
        let page1 = try store.inboxPage(InboxFilter(), limit: 50, now: now)
        let nextPage = try measure.time { _ = try store.inboxPage(InboxFilter(), after: page1.next, limit: 50, now: now) }
        results.append(.ms("inbox next page", nextPage, target: 10))
        let breached = try measure.time { _ = try store.inboxPage(InboxFilter(breachedOnly: true), limit: 50, now: now) }
        results.append(.ms("breached view first page", breached, target: 20))

        var generator = SplitMix64(seed: 42)
        let show = try measure.time { _ = try store.detail(ticket: Int64.random(in: 1...Int64(total), using: &generator)) }
        results.append(.ms("show a ticket (thread + history)", show, target: 10))

        for term in ["损坏", "未收到", "退", "refund"] {
            let search = try measure.time { _ = try store.inboxPage(InboxFilter(statuses: TicketStatus.allCases, search: term), limit: 50, now: now) }
            results.append(.ms("search '\(term)' first page", search, target: 50))
        }

        let agent = Agent(login: "bench")
        let reply = try measure.time {
            let id = Int64.random(in: 1...Int64(total), using: &generator)
            _ = try store.addMessage(.note, body: "bench: 已核实物流信息 checked with the carrier", to: id, by: agent, at: now)
        }
        results.append(.ms("write one message (note + audit + index)", reply, target: 10))

        let size = Double(store.sizeOnDisk()) / Double(max(total, 1))
        results.append(BenchResult(name: "store size per ticket", median: size / 1024, p90: nil, unit: "KiB", target: nil, ok: nil))

        let listMemory = try PeakMemory.ofChild([CommandLine.arguments[0], "list", "--store", store.location, "--limit", "50"])
        results.append(BenchResult(name: "peak memory of `list` (first page)", median: listMemory, p90: nil, unit: "MB", target: "< 50", ok: listMemory < 50))
        let listAll = try PeakMemory.ofChild([CommandLine.arguments[0], "list", "--store", store.location, "--limit", "20000"])
        results.append(BenchResult(name: "peak memory of `list --limit 20000`", median: listAll, p90: nil, unit: "MB", target: "< 50", ok: listAll < 50))

        if output.json {
            try Output.json(BenchReport(tickets: total, results: results))
        } else {
            Output.line("store: \(store.location) · \(total) tickets · \(runs) runs each · medians (p90)")
            for r in results { Output.line(r.line) }
        }
    }
}

struct BenchReport: Encodable {
    var tickets: Int
    var results: [BenchResult]
}

struct BenchResult: Encodable {
    var name: String
    var median: Double
    var p90: Double?
    var unit: String
    var target: String?
    var ok: Bool?

    static func ms(_ name: String, _ samples: Measure.Samples, target: Double) -> BenchResult {
        BenchResult(name: name, median: samples.median, p90: samples.p90, unit: "ms", target: "< \(Int(target))", ok: samples.median < target)
    }

    var line: String {
        let value = String(format: unit == "ms" ? "%.2f" : "%.1f", median)
        let spread = p90.map { String(format: " (%.2f)", $0) } ?? ""
        let verdict = ok.map { $0 ? "ok" : "MISSED" } ?? ""
        return TextLayout.pad(name, toWidth: 44) + TextLayout.pad(" \(value)\(spread) \(unit)", toWidth: 22)
            + (target.map { "target \($0) \(unit)  " } ?? "") + verdict
    }
}

/// Repeats an operation and keeps wall-clock samples in milliseconds.
struct Measure {
    var runs: Int

    struct Samples {
        var values: [Double]
        var median: Double { quantile(0.5) }
        var p90: Double { quantile(0.9) }
        func quantile(_ q: Double) -> Double {
            let sorted = values.sorted()
            return sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * q).rounded()))]
        }
    }

    func time(_ body: () throws -> Void) throws -> Samples {
        try body()  // warm-up: statement caches, first page of the file cache
        var values: [Double] = []
        for _ in 0..<max(1, runs) {
            let start = DispatchTime.now().uptimeNanoseconds
            try body()
            values.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        return Samples(values: values)
    }
}

/// Peak resident memory of a command, from the kernel's accounting (getrusage).
///
/// Linux charges a child with the peak of the memory it shared with its parent before exec
/// (posix_spawn is a vfork), so a child of this large process would report the parent's size.
/// The command therefore runs under `aftercare peak-memory`, a small process that spawns it in
/// turn and prints the child's own peak.
enum PeakMemory {
    static func ofChild(_ arguments: [String]) throws -> Double {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        process.arguments = ["peak-memory", "--"] + arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard let kib = Double(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw CLIError(description: "could not measure the memory of \(arguments.joined(separator: " "))")
        }
        return kib / 1024
    }
}

/// `aftercare peak-memory -- COMMAND…`: runs COMMAND (its output discarded) and prints its peak
/// resident memory in KiB. Used by `bench`; hidden from help.
struct PeakMemoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "peak-memory", shouldDisplay: false)

    @Argument(parsing: .captureForPassthrough) var command: [String]

    func run() throws {
        let arguments = command.first == "--" ? Array(command.dropFirst()) : command
        guard let executable = arguments.first else { throw CLIError(description: "peak-memory: no command given", exitCode: ExitCodes.usage) }
        var pid: pid_t = 0
        let devNull = open("/dev/null", O_WRONLY)
        defer { close(devNull) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, devNull, STDOUT_FILENO)
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        guard posix_spawn(&pid, executable, &actions, nil, argv, environ) == 0 else {
            throw CLIError(description: "cannot start \(executable)")
        }
        var status: Int32 = 0
        var usage = rusage()
        wait4(pid, &status, 0, &usage)
        Output.line(String(usage.ru_maxrss))  // Linux reports KiB
    }
}
