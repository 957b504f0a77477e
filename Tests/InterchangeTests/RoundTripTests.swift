import Foundation
import Testing
@testable import AftercareCore
@testable import AftercareInterchange
@testable import AftercareDemo

/// Random records with awkward text (quotes, backslashes, newlines, control characters, CJK,
/// emoji, bidi controls) for property-style round trips.
struct RecordFuzzer {
    var rng: SplitMix64

    init(seed: UInt64) { rng = SplitMix64(seed: seed) }

    static let pieces = ["王小雨", "退款", "\"quoted\"", "back\\slash", "line\nbreak", "tab\tstop", "\u{1}\u{1F}", "😀👍🏽", "\u{202E}rtl", "é", " ", "ok", "/", "\r\n", "{}", "[]", "#"]

    mutating func text(allowEmpty: Bool = true) -> String {
        let n = rng.below(5) + (allowEmpty ? 0 : 1)
        var s = ""
        for _ in 0..<n { s += rng.pick(Self.pieces) }
        return s
    }

    mutating func id(_ prefix: String) -> String { prefix + String(rng.next() % 1_000_000_000) }

    mutating func date() -> Date { Date(timeIntervalSince1970: Double(1_700_000_000 + rng.below(200_000_000))) }

    mutating func maybe<T>(_ make: (inout RecordFuzzer) -> T) -> T? { rng.chance(0.5) ? make(&self) : nil }

    mutating func enumCase<E: CaseIterable>(_: E.Type) -> E { rng.pick(Array(E.allCases)) }

    mutating func money(_ currency: String) -> Money { Money(minorUnits: Int64(rng.below(10_000_000)), currency: currency) }

    mutating func customer() -> Customer {
        Customer(
            externalId: id("C-"), name: text(allowEmpty: false), language: enumCase(Language.self),
            contacts: (0..<rng.below(4)).map { _ in Contact(channel: enumCase(Channel.self), handle: text(allowEmpty: false)) },
            optedOut: rng.chance(0.3), notes: text(), createdAt: date(), orderCount: rng.below(50),
            lifetimeSpend: money(rng.pick(["CNY", "USD", "EUR"]))
        )
    }

    mutating func order() -> Order {
        let currency = rng.pick(["CNY", "USD"])
        return Order(
            externalId: id("SO-"), customerExternalId: id("C-"), number: text(allowEmpty: false), placedAt: date(),
            items: (0..<rng.between(0, 3)).map { _ in
                OrderItem(sku: text(allowEmpty: false), name: text(allowEmpty: false), quantity: rng.between(1, 9),
                          unitPrice: money(rng.chance(0.1) ? "HKD" : currency))
            },
            amount: money(currency),
            shipments: (0..<rng.below(3)).map { _ in
                Shipment(carrier: text(allowEmpty: false), trackingNumber: text(allowEmpty: false), milestones: (0..<rng.below(4)).map { _ in
                    Milestone(kind: enumCase(MilestoneKind.self), at: date(), location: text())
                })
            },
            returns: (0..<rng.below(3)).map { _ in
                ReturnRequest(
                    rmaNumber: text(allowEmpty: false), kind: enumCase(ReturnKind.self), reason: text(), state: enumCase(ReturnState.self),
                    refundAmount: rng.chance(0.5) ? money(rng.chance(0.1) ? "EUR" : currency) : nil, requestedAt: date()
                )
            }
        )
    }

    mutating func ticket(number: Int64 = 0) -> TicketWithThread {
        let channel = enumCase(Channel.self)
        let created = date()
        var t = 0.0
        let messages = (0..<rng.below(6)).map { _ in
            t += Double(rng.below(100_000))
            return Message(kind: enumCase(MessageKind.self), author: text(allowEmpty: false), channel: rng.chance(0.8) ? channel : enumCase(Channel.self),
                           createdAt: created.addingTimeInterval(t), body: text())
        }
        let ticket = Ticket(
            id: number, externalId: id("T-"), customerExternalId: id("C-"), orderExternalId: rng.chance(0.5) ? id("SO-") : nil,
            channel: channel, language: enumCase(Language.self), subject: text(allowEmpty: false), status: enumCase(TicketStatus.self),
            priority: enumCase(Priority.self), category: enumCase(TicketCategory.self), priorityIsManual: rng.chance(0.3),
            categoryIsManual: rng.chance(0.3), tags: (0..<rng.below(3)).map { _ in text(allowEmpty: false) },
            assignee: rng.chance(0.5) ? text() : nil, department: rng.chance(0.5) ? text() : nil, createdAt: created,
            updatedAt: date(), firstRespondedAt: rng.chance(0.5) ? date() : nil, solvedAt: rng.chance(0.5) ? date() : nil,
            resolutionClock: ResolutionClock(usedSeconds: Int64(rng.below(1_000_000)), runningSince: rng.chance(0.5) ? date() : nil),
            csat: rng.chance(0.5) ? rng.between(1, 5) : nil, nps: rng.chance(0.5) ? rng.between(0, 10) : nil
        )
        return TicketWithThread(ticket: ticket, messages: messages)
    }

    mutating func touchpoint() -> Touchpoint {
        Touchpoint(customerExternalId: id("C-"), orderExternalId: rng.chance(0.5) ? id("SO-") : nil, kind: enumCase(TouchpointKind.self),
                   channel: enumCase(Channel.self), at: date(), note: text())
    }
}

private func parseOne(_ line: String) throws -> InterchangeBatch {
    #expect(!line.contains("\n"))
    return try InterchangeReader.parse(line).get().batch
}

/// Keys of every object in a line, in order, must be sorted (canonical output).
private func keysAreSorted(_ line: String) -> Bool {
    func check(_ v: JSONValue) -> Bool {
        switch v {
        case let .object(o): return o.keys == o.keys.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) } && o.values.allSatisfy(check)
        case let .array(a): return a.allSatisfy(check)
        default: return true
        }
    }
    var copy = line
    guard let v = try? copy.withUTF8({ try JSONByteParser.parse($0) }) else { return false }
    return check(v)
}

@Suite struct RoundTripTests {
    @Test func customers() throws {
        var f = RecordFuzzer(seed: 1)
        for _ in 0..<300 {
            let c = f.customer()
            let line = InterchangeWriter.line(for: c)
            #expect(try parseOne(line).customers == [c], "\(line)")
            #expect(keysAreSorted(line))
        }
    }

    @Test func orders() throws {
        var f = RecordFuzzer(seed: 2)
        for _ in 0..<300 {
            let o = f.order()
            let line = InterchangeWriter.line(for: o)
            if o.items.isEmpty {
                // An order needs its items array, even empty.
                #expect(try parseOne(line).orders == [o])
            } else {
                #expect(try parseOne(line).orders == [o], "\(line)")
            }
            #expect(keysAreSorted(line))
        }
    }

    @Test func tickets() throws {
        var f = RecordFuzzer(seed: 3)
        for i in 0..<300 {
            let t = f.ticket(number: i % 3 == 0 ? 0 : Int64(i + 1))
            let line = InterchangeWriter.line(for: t)
            #expect(try parseOne(line).tickets == [t], "\(line)")
            #expect(keysAreSorted(line))
        }
    }

    @Test func touchpoints() throws {
        var f = RecordFuzzer(seed: 4)
        for _ in 0..<300 {
            let p = f.touchpoint()
            let line = InterchangeWriter.line(for: p)
            #expect(try parseOne(line).touchpoints == [p], "\(line)")
            #expect(keysAreSorted(line))
        }
    }

    @Test func mergedTicketsRoundTripThroughTheSurvivorsExternalId() throws {
        var f = RecordFuzzer(seed: 5)
        let survivor = f.ticket(number: 7)
        var merged = f.ticket(number: 8)
        merged.ticket.mergedInto = 7
        let batch = InterchangeBatch(tickets: [merged, survivor])
        let lines = InterchangeWriter.lines(for: batch)
        #expect(lines[0].contains("\"merged_into\":\"\(survivor.ticket.externalId)\""))
        let parsed = try InterchangeReader.parse(lines: lines).get()
        #expect(parsed.batch == batch)
        // Survivor outside the batch: the caller supplies its external id.
        let alone = InterchangeWriter.lines(for: InterchangeBatch(tickets: [merged])) { $0 == 7 ? "T-7" : nil }
        #expect(alone[0].contains("\"merged_into\":\"T-7\""))
    }

    @Test func sampleLinesAreCanonical() {
        let c = Customer(externalId: "C-000123", name: "王小雨", language: .zh, contacts: [Contact(channel: .wechat, handle: "wxid_abc")],
                         createdAt: InterchangeDate.date(from: "2026-11-01T08:00:00Z")!, orderCount: 2,
                         lifetimeSpend: Money(minorUnits: 25600))
        #expect(InterchangeWriter.line(for: c)
            == #"{"contacts":[{"channel":"wechat","handle":"wxid_abc"}],"created_at":"2026-11-01T08:00:00Z","currency":"CNY","external_id":"C-000123","language":"zh","lifetime_spend":25600,"name":"王小雨","order_count":2,"type":"customer"}"#)
        let p = Touchpoint(customerExternalId: "C-000123", orderExternalId: "SO-0000042", kind: .checkIn, channel: .wechat,
                           at: InterchangeDate.date(from: "2026-11-22T09:30:00Z")!.addingTimeInterval(0.75), note: "day 3")
        #expect(InterchangeWriter.line(for: p)
            == #"{"at":"2026-11-22T09:30:00Z","channel":"wechat","customer":"C-000123","kind":"check_in","note":"day 3","order":"SO-0000042","type":"touchpoint"}"#)
    }

    @Test func demoBatchRoundTripsAndReExportsByteIdentical() throws {
        let now = InterchangeDate.date(from: "2026-11-22T09:30:00Z")!
        let batch = DemoDesk(seed: 11, ticketCount: 600, now: now).batch()
        let lines = InterchangeWriter.lines(for: batch)
        let parsed = try InterchangeReader.parse(lines.joined(separator: "\n")).get()
        #expect(parsed.batch == batch)
        #expect(parsed.unresolvedReferences.isEmpty)
        #expect(InterchangeWriter.lines(for: parsed.batch) == lines)
    }
}
