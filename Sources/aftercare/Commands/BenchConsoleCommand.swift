import AftercareConsole
import AftercareCore
import AftercareStore
import ArgumentParser
import Foundation
import TerminalKit

struct BenchConsoleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-console",
        abstract: "Measure the console on a store: start-up to first inbox frame, key press to finished frame, memory.",
        discussion: """
            Runs the real runtime, reducer, views and store headless (a 120×40 in-memory terminal, store calls \
            inline so each figure covers the whole path from key to presented frame). Build with -c release.
            """)

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions
    @Option(help: "Key presses per measurement.") var runs = 200

    func run() throws {
        let startedAt = DispatchTime.now().uptimeNanoseconds
        let store = try storeOptions.open(.readOnly)
        let terminal = HeadlessTerminal(size: Size(columns: 120, rows: 40))
        let theme = BuiltInThemes.default
        let runtime = Runtime(
            backend: terminal, desk: LiveDeskService(store: store), agent: Agent(login: "bench"),
            render: { state, frame in render(state, theme: theme, into: &frame) }, clock: Date.init, mode: .inline)
        runtime.start()
        let firstFrame = Double(DispatchTime.now().uptimeNanoseconds - startedAt) / 1e6
        guard terminal.frame.lines().contains(where: { $0.contains("#") }) else {
            throw CLIError(description: "the inbox shows no tickets: seed the store first (aftercare seed)")
        }
        var results: [BenchResult] = [
            BenchResult(name: "open store → first inbox frame", median: firstFrame, p90: nil, unit: "ms", target: "< 300", ok: firstFrame < 300),
        ]
        func keys(_ names: [String]) -> [InputEvent] { names.compactMap { Key(name: $0).map(InputEvent.key) } }
        func measure(_ name: String, _ events: [InputEvent], every: Int = 1) {
            let samples = runtime.measureKeyLatency(events).enumerated().filter { $0.offset % every == 0 }
                .map { Double($0.element.components.attoseconds) / 1e15 + Double($0.element.components.seconds) * 1000 }
            results.append(LatencySamples(values: samples).result(name))
        }
        measure("j (next row, pages load as needed)", keys(Array(repeating: "j", count: runs)))
        measure("k (previous row)", keys(Array(repeating: "k", count: runs)))
        measure("PgDn (next page)", keys(Array(repeating: "PgDn", count: max(10, runs / 4))))
        measure("PgUp (previous page)", keys(Array(repeating: "PgUp", count: max(10, runs / 4))))
        measure("Enter / q (open ticket, back)", keys(Array(repeating: ["Enter", "q"], count: max(10, runs / 4)).flatMap { $0 }))
        for term in ["退款", "refund"] {
            let typing = keys(["/"]) + term.map { InputEvent.key(.char($0)) } + keys(["Esc"])
            measure("typing a search (/\(term), each key)", Array(repeating: typing, count: max(3, runs / 20)).flatMap { $0 })
        }
        results.append(BenchResult(name: "resident memory after the runs", median: ResidentMemory.currentMB(), p90: nil, unit: "MB",
                                   target: "< 100", ok: ResidentMemory.currentMB() < 100))
        runtime.shutdown()
        if output.json {
            try Output.json(BenchReport(tickets: try store.count(InboxFilter(statuses: TicketStatus.allCases), now: Date()), results: results))
        } else {
            Output.line("console on \(store.location) · 120×40 headless · medians (p99) per key press")
            for r in results { Output.line(r.line) }
        }
    }
}

/// Key latencies in milliseconds; the console's targets are a median and a p99.
struct LatencySamples {
    var values: [Double]

    func result(_ name: String) -> BenchResult {
        let sorted = values.sorted()
        func q(_ p: Double) -> Double { sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * p).rounded()))] }
        let median = q(0.5), p99 = q(0.99)
        return BenchResult(name: name, median: median, p90: p99, unit: "ms", target: "< 16 (p99 < 50)", ok: median < 16 && p99 < 50)
    }
}

/// This process's resident memory, from the kernel.
enum ResidentMemory {
    static func currentMB() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
              let kib = Double(line.split(separator: " ").dropFirst().first ?? "") else { return 0 }
        return kib / 1024
    }
}
