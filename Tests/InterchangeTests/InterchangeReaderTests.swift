import Foundation
import Testing
@testable import AftercareCore
@testable import AftercareInterchange
@testable import AftercareDemo

private let customerLine = #"{"created_at":"2026-11-01T08:00:00Z","external_id":"C-1","language":"zh","name":"王小雨","type":"customer"}"#
private let orderLine = #"{"amount":12800,"currency":"CNY","customer":"C-1","external_id":"SO-1","items":[{"name":"精华液","quantity":1,"sku":"SK-1","unit_price":12800}],"number":"SO20261101-0001","placed_at":"2026-11-01T09:00:00Z","type":"order"}"#
private let ticketLine = #"{"category":"damaged","channel":"wechat","created_at":"2026-11-03T10:00:00Z","customer":"C-1","external_id":"T-1","id":1001,"language":"zh","messages":[{"at":"2026-11-03T10:00:00Z","author":"王小雨","body":"瓶子碎了","channel":"wechat","kind":"inbound"}],"order":"SO-1","priority":"high","status":"open","subject":"破损","type":"ticket"}"#

/// A valid ticket line with one field replaced (or removed when `value` is nil).
private func ticket(_ key: String, _ value: String?) -> String {
    guard case let .object(o) = try! parseJSON(ticketLine) else { fatalError() }
    var parts: [String] = []
    var replaced = false
    for (k, v) in zip(o.keys, o.values) {
        if k == key {
            replaced = true
            if let value { parts.append("\"\(k)\":\(value)") }
        } else {
            parts.append("\"\(k)\":\(render(v))")
        }
    }
    if !replaced, let value { parts.append("\"\(key)\":\(value)") }
    return "{" + parts.joined(separator: ",") + "}"
}

private func parseJSON(_ s: String) throws -> JSONValue {
    var copy = s
    return try copy.withUTF8 { try JSONByteParser.parse($0) }
}

private func render(_ v: JSONValue) -> String {
    switch v {
    case .null: return "null"
    case let .bool(b): return b ? "true" : "false"
    case let .integer(i): return String(i)
    case let .otherNumber(s): return s
    case let .string(s):
        var w = JSONLineWriter()
        w.stringValue(s)
        return w.string
    case let .array(a): return "[" + a.map(render).joined(separator: ",") + "]"
    case let .object(o): return "{" + zip(o.keys, o.values).map { "\"\($0)\":\(render($1))" }.joined(separator: ",") + "}"
    }
}

private func errors(_ lines: [String]) -> [LineError] {
    switch InterchangeReader.parse(lines.joined(separator: "\n")) {
    case .success: return []
    case let .failure(e): return e.lines
    }
}

/// The single reason reported for `line` placed after a valid customer and order (so it is line 3).
private func reason(_ line: String) -> String? {
    let found = errors([customerLine, orderLine, line])
    #expect(found.count == 1, "expected one error, got \(found)")
    #expect(found.first?.line == 3)
    return found.first?.reason
}

@Suite struct InterchangeReaderTests {
    @Test func validFileParses() throws {
        let parsed = try InterchangeReader.parse([customerLine, orderLine, ticketLine].joined(separator: "\n")).get()
        #expect(parsed.batch.customers.count == 1)
        #expect(parsed.batch.orders.first?.amount == Money(minorUnits: 12800, currency: "CNY"))
        #expect(parsed.batch.tickets.first?.ticket.id == 1001)
        #expect(parsed.batch.tickets.first?.messages.first?.body == "瓶子碎了")
        #expect(parsed.customerLines == [1])
        #expect(parsed.orderLines == [2])
        #expect(parsed.ticketLines == [3])
        #expect(parsed.unresolvedReferences.isEmpty)
    }

    @Test func invalidJSON() {
        let r = reason(#"{"type":"ticket","external_id":"T-9" "customer":"C-1"}"#)
        #expect(r?.hasPrefix("invalid JSON: expected ',' or '}' at column") == true)
        #expect(reason("[1,2]") == "expected a JSON object, found an array")
        #expect(reason(#"{"type":"ticket","type":"order"}"#)?.contains("duplicate key \"type\"") == true)
    }

    @Test func unknownTypeAndMissingFields() {
        #expect(reason(#"{"type":"invoice"}"#) == "unknown type 'invoice' (expected customer|order|ticket|touchpoint)")
        #expect(reason(#"{"external_id":"X"}"#) == "missing field `type`")
        #expect(reason(ticket("subject", nil)) == "missing field `subject`")
        #expect(reason(ticket("external_id", "\"\"")) == "empty value for `external_id`")
        #expect(reason(ticket("custmer", "\"C-1\"")) == "unknown field `custmer`")
    }

    @Test func badEnumValues() {
        #expect(reason(ticket("status", "\"foo\"")) == "bad value for `status` 'foo' (expected new|open|pending|on_hold|solved|closed)")
        #expect(reason(ticket("priority", "3")) == "bad value for `priority` 3 (expected urgent|high|normal|low)")
        let kind = ticket("messages", #"[{"at":"2026-11-03T10:00:00Z","author":"a","body":"b","kind":"email"}]"#)
        #expect(reason(kind) == "bad value for `messages[0].kind` 'email' (expected inbound|reply|note)")
    }

    @Test func badDates() {
        #expect(reason(ticket("created_at", "\"2026-02-30T10:00:00Z\""))
            == "bad date for `created_at` \"2026-02-30T10:00:00Z\" (expected ISO 8601 UTC like 2026-11-22T09:30:00Z)")
        #expect(reason(ticket("created_at", "\"2026-11-03 10:00\""))?.hasPrefix("bad date for `created_at`") == true)
        #expect(reason(ticket("solved_at", "12"))?.hasPrefix("bad date for `solved_at` 12") == true)
        // Offsets and fractions are accepted on input.
        #expect(errors([customerLine, orderLine, ticket("created_at", "\"2026-11-03T18:00:00.5+08:00\"")]).isEmpty)
    }

    @Test func numbersAndRanges() {
        let negative = orderLine.replacingOccurrences(of: #""quantity":1"#, with: #""quantity":-2"#)
            .replacingOccurrences(of: "SO-1", with: "SO-2")
        #expect(reason(negative) == "items[0].quantity -2 out of range 1–1000000")
        let zero = orderLine.replacingOccurrences(of: #""quantity":1"#, with: #""quantity":0"#).replacingOccurrences(of: "SO-1", with: "SO-2")
        #expect(reason(zero) == "items[0].quantity 0 out of range 1–1000000")
        let float = orderLine.replacingOccurrences(of: #""amount":12800"#, with: #""amount":128.5"#).replacingOccurrences(of: "SO-1", with: "SO-2")
        #expect(reason(float) == "bad value for `amount` 128.5 (expected an integer in minor units, e.g. 12800 for 128.00)")
        #expect(reason(ticket("csat", "7")) == "csat 7 out of range 1–5")
        #expect(reason(ticket("csat", "0")) == "csat 0 out of range 1–5")
        #expect(reason(ticket("nps", "11")) == "nps 11 out of range 0–10")
        #expect(reason(ticket("nps", "-1")) == "nps -1 out of range 0–10")
        #expect(errors([customerLine, orderLine, ticket("nps", "0")]).isEmpty)
    }

    /// Every number is bounded where it enters (`SaneBounds`): values near Int64.max crashed the
    /// importer and, once stored, every report.
    @Test func numbersNearTheLimitsAreRefusedByName() {
        let huge = "9223372036854775000"
        func order(_ from: String, _ to: String) -> String {
            orderLine.replacingOccurrences(of: from, with: to).replacingOccurrences(of: "SO-1", with: "SO-2")
        }
        #expect(reason(order(#""amount":12800"#, #""amount":\#(huge)"#)) == "amount \(huge) out of range 0–1000000000000 (minor units)")
        #expect(reason(order(#""unit_price":12800"#, #""unit_price":\#(huge)"#))
                == "items[0].unit_price \(huge) out of range 0–1000000000000 (minor units)")
        #expect(reason(order(#""quantity":1"#, #""quantity":\#(huge)"#)) == "items[0].quantity \(huge) out of range 1–1000000")
        #expect(reason(ticket("resolution_used_seconds", huge)) == "resolution_used_seconds \(huge) out of range 0–3155760000")
        #expect(reason(ticket("id", "9007199254740992")) == "id 9007199254740992 out of range 1–9007199254740991")
        #expect(reason(ticket("id", "0")) == "id 0 out of range 1–9007199254740991")
        #expect(reason(ticket("id", "-9223372036854775808")) == "id -9223372036854775808 out of range 1–9007199254740991")
        // Past Int64 the number is not an integer at all.
        #expect(reason(ticket("csat", "99999999999999999999")) == "bad value for `csat` 99999999999999999999 (expected an integer)")
        // The bounds themselves are accepted.
        #expect(errors([customerLine, order(#""amount":12800"#, #""amount":1000000000000"#)]).isEmpty)
        #expect(errors([customerLine, orderLine, ticket("resolution_used_seconds", "3155760000")]).isEmpty)
    }

    @Test func duplicatesWithinTheFile() {
        let found = errors([customerLine, orderLine, ticketLine, customerLine, ticket("external_id", "\"T-2\"")])
        #expect(found.map(\.line) == [4, 5])
        #expect(found[0].reason == "duplicate customer external id 'C-1' (first on line 1)")
        #expect(found[1].reason == "duplicate ticket id 1001 (first on line 3)")
    }

    @Test func messagesMustBeOldestFirst() {
        let line = ticket("messages", #"[{"at":"2026-11-03T10:00:00Z","author":"a","body":"b","kind":"inbound"},{"at":"2026-11-03T09:00:00Z","author":"lina","body":"c","kind":"reply"}]"#)
        #expect(reason(line) == "messages not oldest first: `messages[1].at` is before `messages[0].at`")
    }

    @Test func orderOfAnotherCustomer() {
        let other = customerLine.replacingOccurrences(of: "C-1", with: "C-2")
        let found = errors([customerLine, orderLine, other, ticket("customer", "\"C-2\"")])
        #expect(found == [LineError(line: 4, reason: "order 'SO-1' (line 2) belongs to customer 'C-1', not 'C-2'")])
    }

    @Test func everyBadLineIsReportedAndNothingIsReturned() {
        let text = [
            customerLine, "{oops", orderLine, ticket("status", "\"foo\""), "", "# comment", ticket("csat", "9"),
            #"{"type":"touchpoint","customer":"C-1","kind":"check_in","channel":"wechat","at":"yesterday"}"#,
        ].joined(separator: "\n")
        guard case let .failure(e) = InterchangeReader.parse(text) else {
            Issue.record("expected failure")
            return
        }
        #expect(e.lines.map(\.line) == [2, 4, 7, 8])
        let description = e.description
        #expect(description.contains("line 4: bad value for `status` 'foo' (expected new|open|pending|on_hold|solved|closed)"))
        #expect(description.contains("line 7: csat 9 out of range 1–5"))
        #expect(description.contains("line 8: bad date for `at`"))
        #expect(e.description(limit: 2).hasSuffix("… and 2 more bad lines"))
    }

    @Test func blankAndCommentLinesAreIgnoredButCounted() throws {
        let text = "\u{FEFF}# export of 2026-11-22\n\n   \n" + customerLine + "\r\n  # note\n" + orderLine + "\n"
        let parsed = try InterchangeReader.parse(text).get()
        #expect(parsed.customerLines == [4])
        #expect(parsed.orderLines == [6])
        let bad = errors(["# header", "", "{"])
        #expect(bad.map(\.line) == [3])
    }

    @Test func referencesOutsideTheFileAreReturnedForTheStore() throws {
        let touchpoint = #"{"at":"2026-11-05T10:00:00Z","channel":"wechat","customer":"C-404","kind":"check_in","order":"SO-404","type":"touchpoint"}"#
        let text = [orderLine, ticket("merged_into", "\"T-0\""), touchpoint].joined(separator: "\n")
        let parsed = try InterchangeReader.parse(text).get()
        #expect(parsed.unresolvedReferences == [
            UnresolvedReference(line: 1, kind: .customer, externalId: "C-1", field: "customer"),
            UnresolvedReference(line: 2, kind: .customer, externalId: "C-1", field: "customer"),
            UnresolvedReference(line: 2, kind: .ticket, externalId: "T-0", field: "merged_into"),
            UnresolvedReference(line: 3, kind: .customer, externalId: "C-404", field: "customer"),
            UnresolvedReference(line: 3, kind: .order, externalId: "SO-404", field: "order"),
        ])
        #expect(parsed.ticketMergedInto == ["T-0"])
        #expect(parsed.batch.tickets[0].ticket.mergedInto == nil)
        #expect(parsed.unresolvedReferences[3].description == "line 3: unknown customer 'C-404' in `customer`")
    }

    @Test func mergedIntoResolvesWithinTheFile() throws {
        let survivor = ticket("external_id", "\"T-0\"").replacingOccurrences(of: #""id":1001"#, with: #""id":1000"#)
        let parsed = try InterchangeReader.parse([customerLine, orderLine, ticket("merged_into", "\"T-0\""), survivor].joined(separator: "\n")).get()
        #expect(parsed.batch.tickets[0].ticket.mergedInto == 1000)
        #expect(parsed.unresolvedReferences.isEmpty)
        #expect(reason(ticket("merged_into", "\"T-1\"")) == "`merged_into` points at the ticket itself ('T-1')")
    }

    @Test func entryPointsAgree() throws {
        let lines = [customerLine, orderLine, ticketLine]
        let text = lines.joined(separator: "\n")
        let a = try InterchangeReader.parse(text).get()
        let b = try InterchangeReader.parse(lines: lines).get()
        let c = try InterchangeReader.parse(Data(text.utf8)).get()
        let d = try InterchangeReader.parse(("xx\n" + text).dropFirst(3)).get()
        #expect(a == b && b == c && c == d)
    }

    @Test func invalidUTF8AndEscapes() {
        var bytes = Array(#"{"type":"customer","name":""#.utf8)
        bytes += [0xE6, 0x97]  // truncated sequence
        bytes += Array(#""}"#.utf8)
        guard case let .failure(e) = InterchangeReader.parse(Data(bytes)) else {
            Issue.record("expected failure")
            return
        }
        #expect(e.lines.first?.reason.hasPrefix("invalid JSON: invalid UTF-8 in a string") == true)
        let escaped = customerLine.replacingOccurrences(of: "王小雨", with: #"A\"B\\C\n\u00e9\ud83d\ude00"#)
        let parsed = try? InterchangeReader.parse(escaped).get()
        #expect(parsed?.batch.customers.first?.name == "A\"B\\C\né😀")
    }

    @Test func dates() {
        let d = InterchangeDate.date(from: "2026-11-22T09:30:00Z")!
        #expect(d.timeIntervalSince1970 == 1_795_339_800)
        #expect(InterchangeDate.string(from: d) == "2026-11-22T09:30:00Z")
        #expect(InterchangeDate.date(from: "2026-11-22T17:30:00+08:00") == d)
        #expect(InterchangeDate.date(from: "2024-02-29T00:00:00Z") != nil)
        #expect(InterchangeDate.date(from: "2025-02-29T00:00:00Z") == nil)
        #expect(InterchangeDate.date(from: "2026-11-22T24:00:00Z") == nil)
        #expect(InterchangeDate.string(from: Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00Z")
        var rng = SplitMix64(seed: 7)
        for _ in 0..<2000 {
            let t = Date(timeIntervalSince1970: Double(rng.below(4_000_000_000)))
            #expect(InterchangeDate.date(from: InterchangeDate.string(from: t)) == t)
        }
    }
}
