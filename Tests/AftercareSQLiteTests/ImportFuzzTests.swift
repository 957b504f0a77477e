import AftercareCore
@testable import AftercareDemo
import AftercareInterchange
import AftercareStore
import Foundation
import StoreTestSupport
import Testing

@testable import AftercareSQLite

/// The importer under hostile input: boundary numbers and random mutations of valid lines. Every
/// file is either refused whole with its bad lines named, or imported; whatever is imported can be
/// listed, shown and reported on. Nothing traps (a trap ends the test process: the failure is
/// that the suite never finishes).
@Suite struct ImportFuzzTests {
    static let now = StoreFixtures.now

    /// A small demo desk as JSON Lines: every kind of record, most optional fields.
    static let validLines: [String] = {
        let batch = DemoDesk(seed: 11, ticketCount: 60, now: now).batch()
        return InterchangeWriter.lines(for: batch)
    }()

    static let boundaryNumbers = [
        "0", "-1", "1", "-0", "9223372036854775807", "-9223372036854775808", "9223372036854775808",
        "9007199254740991", "9007199254740992", "1000000000000", "1000000000001", "3155760000", "3155760001",
        "1e308", "-1e308", "0.5", "1E2", "99999999999999999999999999",
    ]

    static let hostileStrings = [
        #""""#, #""\u0000""#, #""\u001b[2J""#, #""\u202e""#, #""9999-12-31T23:59:59Z""#, #""0000-01-01T00:00:00Z""#,
        #""1970-01-01T00:00:00Z""#, #""2026-02-29T00:00:00Z""#, #""\ud800""#, #""😀👨‍👩‍👧""#, "null", "true", "[]", "{}",
    ]

    /// Applies one mutation to a valid line: a number, a string or a whole value replaced, a field
    /// dropped, the line cut short.
    static func mutate(_ line: String, _ rng: inout SplitMix64) -> String {
        let numbers = try! NSRegularExpression(pattern: #"(?<=:)-?\d+(\.\d+)?"#)
        let strings = try! NSRegularExpression(pattern: #"(?<=:)"(?:[^"\\]|\\.)*""#)
        let fields = try! NSRegularExpression(pattern: #""[a-z_]+":(?:"(?:[^"\\]|\\.)*"|-?\d+|true|false|null)(,)?"#)
        let range = NSRange(line.startIndex..., in: line)
        func replace(_ regex: NSRegularExpression, with pick: String) -> String? {
            let found = regex.matches(in: line, range: range)
            guard !found.isEmpty else { return nil }
            let match = found[rng.below(found.count)]
            return (line as NSString).replacingCharacters(in: match.range, with: pick)
        }
        switch rng.below(6) {
        case 0, 1: return replace(numbers, with: rng.pick(boundaryNumbers)) ?? line
        case 2: return replace(strings, with: rng.pick(hostileStrings)) ?? line
        case 3: return replace(numbers, with: rng.pick(hostileStrings)) ?? line
        case 4: return replace(fields, with: "") ?? line
        default: return String(line.prefix(rng.below(max(1, line.count))))
        }
    }

    @Test func mutatedFilesAreRefusedWholeOrImportedAndUsable() throws {
        var rng = SplitMix64(seed: 0xF022)
        var refused = 0, imported = 0
        for round in 0..<200 {
            var lines = Self.validLines
            let index = rng.below(lines.count)
            lines[index] = Self.mutate(lines[index], &rng)
            switch InterchangeReader.parse(lines.joined(separator: "\n")) {
            case let .failure(errors):
                refused += 1
                #expect(!errors.lines.isEmpty)
                for error in errors.lines { #expect((1...lines.count).contains(error.line), "round \(round): \(error)") }
            case let .success(parsed):
                let store = try AppDatabase.inMemory()
                do {
                    _ = try store.importBatch(parsed.batch, mergedInto: parsed.ticketMergedInto, by: StoreFixtures.lina,
                                              at: Self.now, lineOf: { _, _ in nil })
                } catch let error as StoreError {
                    // The store may still refuse (a reference it cannot resolve): whole, and in words.
                    #expect(try store.count(InboxFilter(statuses: TicketStatus.allCases), now: Self.now) == 0, "round \(round): \(error)")
                    refused += 1
                    continue
                }
                imported += 1
                try use(store)
            }
        }
        // Both outcomes were exercised.
        #expect(refused > 20 && imported > 15, "refused \(refused), imported \(imported)")
    }

    /// The largest values the importer accepts, everywhere at once, then every reader of them.
    @Test func valuesAtTheBoundsImportAndReport() throws {
        let top = SaneBounds.money.upperBound
        let lines = Self.validLines.map { line in
            line.replacingOccurrences(of: #""amount":\d+"#, with: "\"amount\":\(top)", options: .regularExpression)
                .replacingOccurrences(of: #""unit_price":\d+"#, with: "\"unit_price\":\(top)", options: .regularExpression)
                .replacingOccurrences(of: #""lifetime_spend":\d+"#, with: "\"lifetime_spend\":\(top)", options: .regularExpression)
                .replacingOccurrences(of: #""quantity":\d+"#, with: "\"quantity\":\(SaneBounds.quantity.upperBound)", options: .regularExpression)
                .replacingOccurrences(of: #""resolution_used_seconds":\d+"#,
                                      with: "\"resolution_used_seconds\":\(SaneBounds.seconds.upperBound)", options: .regularExpression)
        }
        guard case let .success(parsed) = InterchangeReader.parse(lines.joined(separator: "\n")) else {
            Issue.record("the bounds themselves were refused"); return
        }
        let store = try AppDatabase.inMemory()
        _ = try store.importBatch(parsed.batch, mergedInto: parsed.ticketMergedInto, by: StoreFixtures.lina, at: Self.now, lineOf: { _, _ in nil })
        try use(store)
    }

    /// A store edited by hand past the bounds (even to real numbers) still lists, shows and reports.
    @Test func aStoreEditedPastTheBoundsStillReads() throws {
        let store = try AppDatabase.inMemory()
        _ = try store.importBatch(StoreFixtures.smallDesk(), by: StoreFixtures.lina, at: Self.now)
        try store.write { db in
            try db.execute(sql: """
                UPDATE ticket SET clock_used = 9223372036854775807, next_reply_count = 9223372036854775807,
                    next_reply_seconds = 1e300, next_reply_late = -5;
                UPDATE shop_order SET amount = 9223372036854775807, amount_cny = 9223372036854775807;
                UPDATE customer SET lifetime_spend = 1e300, order_count = 9223372036854775807;
                """)
        }
        try use(store)
    }

    /// Everything an agent does with what was imported: the inbox, each ticket, the report.
    func use(_ store: AppDatabase) throws {
        let all = InboxFilter(statuses: TicketStatus.allCases)
        let page = try store.inboxPage(all, limit: 200, now: Self.now)
        for row in page.rows.prefix(20) { _ = try store.detail(ticket: row.ticket.id) }
        _ = try store.inboxPage(InboxFilter(breachedOnly: true), limit: 50, now: Self.now)
        var metrics = DeskMetrics(policy: store.settings.sla, now: Self.now)
        try store.forEachTicketFacts(createdFrom: nil, to: nil) { metrics.add($0) }
        _ = metrics.report().text(language: .en)
    }
}
