import AftercareCore
import Foundation

/// What an interchange record refers to by external id.
public enum ReferenceKind: String, Sendable, Hashable, CaseIterable {
    case customer
    case order
    case ticket
}

/// A reference to a record that is not in the file. It may exist in the store: the store checks
/// these inside its import transaction and reports the line of any that does not.
public struct UnresolvedReference: Sendable, Hashable, CustomStringConvertible {
    public var line: Int
    public var kind: ReferenceKind
    public var externalId: String
    /// The field holding the reference (`customer`, `order`, `merged_into`).
    public var field: String

    public init(line: Int, kind: ReferenceKind, externalId: String, field: String) {
        self.line = line
        self.kind = kind
        self.externalId = externalId
        self.field = field
    }

    /// The reason to show when the store does not have the record either.
    public var description: String { "line \(line): unknown \(kind.rawValue) '\(externalId)' in `\(field)`" }
}

/// One bad line: its 1-based number and one reason.
public struct LineError: Error, Sendable, Hashable, CustomStringConvertible {
    public var line: Int
    public var reason: String

    public init(line: Int, reason: String) {
        self.line = line
        self.reason = reason
    }

    public var description: String { "line \(line): \(reason)" }
}

/// Every bad line of an import, in line order. Nothing of a file is imported when any line is bad.
public struct InterchangeErrors: Error, Sendable, Hashable, CustomStringConvertible {
    public var lines: [LineError]

    public init(lines: [LineError]) { self.lines = lines }

    /// One line per bad line: "line 12: bad value for `status` 'foo' (expected new|open|…)".
    public var description: String { lines.map(\.description).joined(separator: "\n") }

    /// The first `limit` errors, then "… and N more bad lines".
    public func description(limit: Int) -> String {
        guard lines.count > limit else { return description }
        let shown = lines.prefix(limit).map(\.description).joined(separator: "\n")
        return shown + "\n… and \(lines.count - limit) more bad lines"
    }
}

/// A validated interchange file: the records, the line each came from, and the references the
/// store must resolve.
public struct ParsedInterchange: Sendable, Hashable {
    public var batch: InterchangeBatch
    /// `customerLines[i]` is the line of `batch.customers[i]`; likewise for the other kinds.
    public var customerLines: [Int]
    public var orderLines: [Int]
    public var ticketLines: [Int]
    public var touchpointLines: [Int]
    /// `ticketMergedInto[i]`: external id of the survivor `batch.tickets[i]` was merged into, if any.
    /// `Ticket.mergedInto` holds the survivor's number only when the survivor is in the file with an
    /// `id`; otherwise the store resolves this external id.
    public var ticketMergedInto: [String?]
    /// References to records not in the file (in line order).
    public var unresolvedReferences: [UnresolvedReference]

    public init(
        batch: InterchangeBatch, customerLines: [Int], orderLines: [Int], ticketLines: [Int], touchpointLines: [Int],
        ticketMergedInto: [String?], unresolvedReferences: [UnresolvedReference]
    ) {
        self.batch = batch
        self.customerLines = customerLines
        self.orderLines = orderLines
        self.ticketLines = ticketLines
        self.touchpointLines = touchpointLines
        self.ticketMergedInto = ticketMergedInto
        self.unresolvedReferences = unresolvedReferences
    }
}

/// Reads the JSON Lines interchange format (see docs-import-format.md), validating every line.
///
/// Streaming use: `var r = InterchangeReader(); for line in file { r.read(line: line) }; r.finish()`.
/// One call to `read` is one line (numbered from 1). Work is linear in the file size; the
/// cross-line checks use hash maps keyed by external id.
public struct InterchangeReader: Sendable {
    public private(set) var lineNumber = 0
    private var errors: [LineError] = []
    private var batch = InterchangeBatch()
    private var customerLines: [Int] = []
    private var orderLines: [Int] = []
    private var ticketLines: [Int] = []
    private var touchpointLines: [Int] = []
    private var ticketMergedInto: [String?] = []
    private var references: [PendingReference] = []
    private var customersSeen: [String: Int] = [:]
    private var ordersSeen: [String: (line: Int, customer: String)] = [:]
    private var ticketsSeen: [String: (line: Int, id: Int64)] = [:]
    private var ticketNumbersSeen: [Int64: Int] = [:]
    private var touchpointsSeen: [TouchpointKey: Int] = [:]
    /// Ticket lines whose order's customer must match the ticket's (checked when both are in the file).
    private var ticketOrderChecks: [(line: Int, order: String, customer: String)] = []

    private struct PendingReference: Sendable {
        var line: Int
        var kind: ReferenceKind
        var externalId: String
        var field: String
    }

    private struct TouchpointKey: Hashable, Sendable {
        var customer: String
        var order: String?
        var kind: TouchpointKind
        var at: Date
    }

    public init() {}

    // MARK: Entry points

    public static func parse(_ text: String) -> Result<ParsedInterchange, InterchangeErrors> {
        var reader = InterchangeReader()
        var copy = text
        copy.withUTF8 { reader.read(text: $0) }
        return reader.finish()
    }

    public static func parse(_ text: Substring) -> Result<ParsedInterchange, InterchangeErrors> {
        var reader = InterchangeReader()
        if text.utf8.withContiguousStorageIfAvailable({ reader.read(text: $0) }) == nil {
            let bytes = Array(text.utf8)
            bytes.withUnsafeBufferPointer { reader.read(text: $0) }
        }
        return reader.finish()
    }

    public static func parse(_ data: Data) -> Result<ParsedInterchange, InterchangeErrors> {
        var reader = InterchangeReader()
        data.withUnsafeBytes { raw in reader.read(text: raw.bindMemory(to: UInt8.self)) }
        return reader.finish()
    }

    /// Each element is one line (without its newline).
    public static func parse<Lines: Sequence>(lines: Lines) -> Result<ParsedInterchange, InterchangeErrors>
    where Lines.Element: StringProtocol {
        var reader = InterchangeReader()
        for line in lines { reader.read(line: line) }
        return reader.finish()
    }

    /// Reads a whole text: lines split at "\n" (a "\r" before it is dropped).
    public mutating func read(text: UnsafeBufferPointer<UInt8>) {
        var start = 0
        var i = 0
        let count = text.count
        while i < count {
            if text[i] == 0x0A {
                read(utf8: UnsafeBufferPointer(rebasing: text[start..<i]))
                start = i + 1
            }
            i += 1
        }
        if start < count { read(utf8: UnsafeBufferPointer(rebasing: text[start..<count])) }
    }

    /// Reads the next line.
    public mutating func read<S: StringProtocol>(line: S) {
        if let done: Void = line.utf8.withContiguousStorageIfAvailable({ read(utf8: $0) }) { return done }
        let bytes = Array(line.utf8)
        bytes.withUnsafeBufferPointer { read(utf8: $0) }
    }

    /// Reads the next line given as UTF-8 bytes (without its newline).
    public mutating func read(utf8 raw: UnsafeBufferPointer<UInt8>) {
        lineNumber += 1
        let line = lineNumber
        var bytes = raw
        if bytes.count > 0, bytes[bytes.count - 1] == 0x0D { bytes = UnsafeBufferPointer(rebasing: bytes[0..<(bytes.count - 1)]) }
        if line == 1, bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            bytes = UnsafeBufferPointer(rebasing: bytes[3...])
        }
        var first = 0
        while first < bytes.count, bytes[first] == 0x20 || bytes[first] == 0x09 { first += 1 }
        if first == bytes.count || bytes[first] == UInt8(ascii: "#") { return }

        let value: JSONValue
        do {
            value = try JSONByteParser.parse(bytes)
        } catch {
            let column = String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<min(error.offset, bytes.count)]), as: UTF8.self)
                .unicodeScalars.count + 1
            errors.append(LineError(line: line, reason: "invalid JSON: \(error.message) at column \(column)"))
            return
        }
        guard case let .object(object) = value else {
            errors.append(LineError(line: line, reason: "expected a JSON object, found \(value.snippet)"))
            return
        }
        do throws(Issue) {
            var fields = Fields(object)
            let type = try fields.requiredString("type")
            switch type {
            case "customer": try readCustomer(&fields, line: line)
            case "order": try readOrder(&fields, line: line)
            case "ticket": try readTicket(&fields, line: line)
            case "touchpoint": try readTouchpoint(&fields, line: line)
            default:
                throw Issue("unknown type '\(type)' (expected customer|order|ticket|touchpoint)")
            }
        } catch {
            errors.append(LineError(line: line, reason: error.reason))
        }
    }

    /// Cross-line checks, then the result: every bad line, or the records and unresolved references.
    public mutating func finish() -> Result<ParsedInterchange, InterchangeErrors> {
        for check in ticketOrderChecks {
            if let order = ordersSeen[check.order], order.customer != check.customer {
                errors.append(LineError(
                    line: check.line,
                    reason: "order '\(check.order)' (line \(order.line)) belongs to customer '\(order.customer)', not '\(check.customer)'"
                ))
            }
        }
        if !errors.isEmpty {
            // Stable: the cross-line errors come after the per-line ones of the same line.
            let sorted = errors.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
            return .failure(InterchangeErrors(lines: sorted))
        }
        for i in batch.tickets.indices {
            if let survivor = ticketMergedInto[i], let found = ticketsSeen[survivor], found.id != 0 {
                batch.tickets[i].ticket.mergedInto = found.id
            }
        }
        var unresolved: [UnresolvedReference] = []
        for ref in references {
            let known: Bool
            switch ref.kind {
            case .customer: known = customersSeen[ref.externalId] != nil
            case .order: known = ordersSeen[ref.externalId] != nil
            case .ticket: known = ticketsSeen[ref.externalId] != nil
            }
            if !known { unresolved.append(UnresolvedReference(line: ref.line, kind: ref.kind, externalId: ref.externalId, field: ref.field)) }
        }
        return .success(ParsedInterchange(
            batch: batch, customerLines: customerLines, orderLines: orderLines, ticketLines: ticketLines,
            touchpointLines: touchpointLines, ticketMergedInto: ticketMergedInto, unresolvedReferences: unresolved
        ))
    }

    // MARK: Records

    private var keepRecords: Bool { errors.isEmpty }

    private mutating func readCustomer(_ f: inout Fields, line: Int) throws(Issue) {
        let externalId = try f.requiredString("external_id")
        let name = try f.requiredString("name")
        let language: Language = try f.requiredEnum("language")
        let contacts = try InterchangeParts.readContacts(try f.optionalArray("contacts") ?? [], in: &f)
        let optedOut = try f.optionalBool("opted_out") ?? false
        let notes = try f.optionalString("notes", allowEmpty: true) ?? ""
        let createdAt = try f.requiredDate("created_at")
        let orderCount = try f.optionalInt("order_count", in: SaneBounds.count) ?? 0
        let spend = try f.optionalInt("lifetime_spend", in: SaneBounds.money) ?? 0
        let currency = try f.optionalCurrency("currency") ?? "CNY"
        try f.finish()
        if let first = customersSeen[externalId] { throw Issue("duplicate customer external id '\(externalId)' (first on line \(first))") }
        customersSeen[externalId] = line
        guard keepRecords else { return }
        batch.customers.append(Customer(
            externalId: externalId, name: name, language: language, contacts: contacts, optedOut: optedOut, notes: notes,
            createdAt: createdAt, orderCount: Int(orderCount), lifetimeSpend: Money(minorUnits: spend, currency: currency)
        ))
        customerLines.append(line)
    }

    private mutating func readOrder(_ f: inout Fields, line: Int) throws(Issue) {
        let externalId = try f.requiredString("external_id")
        let customer = try f.requiredString("customer")
        let number = try f.requiredString("number")
        let placedAt = try f.requiredDate("placed_at")
        let amount = try f.requiredInt("amount", in: SaneBounds.money)
        let currency = try f.requiredCurrency("currency")
        let items = try InterchangeParts.readItems(try f.requiredArray("items"), orderCurrency: currency, in: &f)
        let shipments = try InterchangeParts.readShipments(try f.optionalArray("shipments") ?? [], in: &f)
        let returns = try InterchangeParts.readReturns(try f.optionalArray("returns") ?? [], orderCurrency: currency, in: &f)
        try f.finish()
        if let first = ordersSeen[externalId] { throw Issue("duplicate order external id '\(externalId)' (first on line \(first.line))") }
        ordersSeen[externalId] = (line, customer)
        references.append(PendingReference(line: line, kind: .customer, externalId: customer, field: "customer"))
        guard keepRecords else { return }
        batch.orders.append(Order(
            externalId: externalId, customerExternalId: customer, number: number, placedAt: placedAt, items: items,
            amount: Money(minorUnits: amount, currency: currency), shipments: shipments, returns: returns
        ))
        orderLines.append(line)
    }

    private mutating func readTicket(_ f: inout Fields, line: Int) throws(Issue) {
        let externalId = try f.requiredString("external_id")
        let number = try f.optionalInt("id", in: SaneBounds.ticketNumber) ?? 0
        let customer = try f.requiredString("customer")
        let order = try f.optionalString("order")
        let channel: Channel = try f.requiredEnum("channel")
        let language: Language = try f.requiredEnum("language")
        let subject = try f.requiredString("subject")
        let status: TicketStatus = try f.requiredEnum("status")
        let priority: Priority = try f.requiredEnum("priority")
        let category: TicketCategory = try f.requiredEnum("category")
        let priorityManual = try f.optionalBool("priority_manual") ?? false
        let categoryManual = try f.optionalBool("category_manual") ?? false
        var tags: [String] = []
        if let list = try f.optionalArray("tags") {
            tags.reserveCapacity(list.count)
            for (i, value) in list.enumerated() {
                guard case let .string(tag) = value, !tag.isEmpty else {
                    throw Issue("bad value for `tags[\(i)]` \(value.snippet) (expected a non-empty string)")
                }
                tags.append(tag)
            }
        }
        let assignee = try f.optionalString("assignee", allowEmpty: true)
        let department = try f.optionalString("department", allowEmpty: true)
        let mergedInto = try f.optionalString("merged_into")
        if mergedInto == externalId { throw Issue("`merged_into` points at the ticket itself ('\(externalId)')") }
        let createdAt = try f.requiredDate("created_at")
        let updatedAt = try f.optionalDate("updated_at") ?? createdAt
        let firstRespondedAt = try f.optionalDate("first_responded_at")
        let solvedAt = try f.optionalDate("solved_at")
        let hasUsed = f.has("resolution_used_seconds")
        let used = try f.optionalInt("resolution_used_seconds", in: SaneBounds.seconds) ?? 0
        let runningSince = try f.optionalDate("resolution_running_since")
        let clock = ResolutionClock(usedSeconds: used, runningSince: hasUsed ? runningSince : (runningSince ?? createdAt))
        let csat = try f.optionalInt("csat", in: 1...5)
        let nps = try f.optionalInt("nps", in: 0...10)
        var messages: [Message] = []
        if let list = try f.optionalArray("messages") {
            messages.reserveCapacity(list.count)
            var previous: Date?
            for (i, value) in list.enumerated() {
                var m = try f.nested(value, "messages", i)
                let kind: MessageKind = try m.requiredEnum("kind")
                let author = try m.requiredString("author")
                let messageChannel: Channel = try m.optionalEnum("channel") ?? channel
                let at = try m.requiredDate("at")
                let body = try m.requiredString("body", allowEmpty: true)
                try m.finish()
                if let previous, at < previous {
                    throw Issue("messages not oldest first: `messages[\(i)].at` is before `messages[\(i - 1)].at`")
                }
                previous = at
                messages.append(Message(kind: kind, author: author, channel: messageChannel, createdAt: at, body: body))
            }
        }
        try f.finish()
        if let first = ticketsSeen[externalId] { throw Issue("duplicate ticket external id '\(externalId)' (first on line \(first.line))") }
        if number != 0, let first = ticketNumbersSeen[number] { throw Issue("duplicate ticket id \(number) (first on line \(first))") }
        ticketsSeen[externalId] = (line, number)
        if number != 0 { ticketNumbersSeen[number] = line }
        references.append(PendingReference(line: line, kind: .customer, externalId: customer, field: "customer"))
        if let order {
            references.append(PendingReference(line: line, kind: .order, externalId: order, field: "order"))
            ticketOrderChecks.append((line, order, customer))
        }
        if let mergedInto { references.append(PendingReference(line: line, kind: .ticket, externalId: mergedInto, field: "merged_into")) }
        guard keepRecords else { return }
        let ticket = Ticket(
            id: number, externalId: externalId, customerExternalId: customer, orderExternalId: order, channel: channel,
            language: language, subject: subject, status: status, priority: priority, category: category,
            priorityIsManual: priorityManual, categoryIsManual: categoryManual, tags: tags, assignee: assignee,
            department: department, mergedInto: nil, createdAt: createdAt, updatedAt: updatedAt,
            firstRespondedAt: firstRespondedAt, solvedAt: solvedAt, resolutionClock: clock, version: 1,
            csat: csat.map { Int($0) }, nps: nps.map { Int($0) }
        )
        batch.tickets.append(TicketWithThread(ticket: ticket, messages: messages))
        ticketLines.append(line)
        ticketMergedInto.append(mergedInto)
    }

    private mutating func readTouchpoint(_ f: inout Fields, line: Int) throws(Issue) {
        let customer = try f.requiredString("customer")
        let order = try f.optionalString("order")
        let kind: TouchpointKind = try f.requiredEnum("kind")
        let channel: Channel = try f.requiredEnum("channel")
        let at = try f.requiredDate("at")
        let note = try f.optionalString("note", allowEmpty: true) ?? ""
        try f.finish()
        let key = TouchpointKey(customer: customer, order: order, kind: kind, at: at)
        if let first = touchpointsSeen[key] {
            throw Issue("duplicate touchpoint (same customer, order, kind and time as line \(first))")
        }
        touchpointsSeen[key] = line
        references.append(PendingReference(line: line, kind: .customer, externalId: customer, field: "customer"))
        if let order { references.append(PendingReference(line: line, kind: .order, externalId: order, field: "order")) }
        guard keepRecords else { return }
        batch.touchpoints.append(Touchpoint(customerExternalId: customer, orderExternalId: order, kind: kind, channel: channel, at: at, note: note))
        touchpointLines.append(line)
    }
}

// MARK: - Field access with one clear reason per problem

struct Issue: Error {
    var reason: String
    init(_ reason: String) { self.reason = reason }
}

/// Reads the fields of one JSON object, remembering which were used so unknown ones are reported.
struct Fields {
    let object: JSONObject
    /// "" at the top level, "items[2]." inside a nested object.
    let prefix: String
    private var used: [Bool]

    init(_ object: JSONObject, prefix: String = "") {
        self.object = object
        self.prefix = prefix
        self.used = Array(repeating: false, count: object.keys.count)
    }

    func has(_ key: String) -> Bool {
        for (i, k) in object.keys.enumerated() where k == key {
            if case .null = object.values[i] { return false }
            return true
        }
        return false
    }

    /// The value, or nil when absent or null.
    mutating func value(_ key: String) -> JSONValue? {
        for i in 0..<object.keys.count where object.keys[i] == key {
            used[i] = true
            if case .null = object.values[i] { return nil }
            return object.values[i]
        }
        return nil
    }

    func name(_ key: String) -> String { prefix + key }

    func badValue(_ key: String, _ value: JSONValue, expected: String) -> Issue {
        Issue("bad value for `\(name(key))` \(value.snippet) (expected \(expected))")
    }

    mutating func finish() throws(Issue) {
        for i in 0..<used.count where !used[i] { throw Issue("unknown field `\(name(object.keys[i]))`") }
    }

    mutating func nested(_ value: JSONValue, _ key: String, _ index: Int) throws(Issue) -> Fields {
        guard case let .object(object) = value else { throw badValue("\(key)[\(index)]", value, expected: "an object") }
        return Fields(object, prefix: "\(prefix)\(key)[\(index)].")
    }

    mutating func requiredString(_ key: String, allowEmpty: Bool = false) throws(Issue) -> String {
        guard let value = value(key) else { throw Issue("missing field `\(name(key))`") }
        return try string(key, value, allowEmpty: allowEmpty)
    }

    mutating func optionalString(_ key: String, allowEmpty: Bool = false) throws(Issue) -> String? {
        guard let value = value(key) else { return nil }
        return try string(key, value, allowEmpty: allowEmpty)
    }

    private func string(_ key: String, _ value: JSONValue, allowEmpty: Bool) throws(Issue) -> String {
        guard case let .string(s) = value else { throw badValue(key, value, expected: "a string") }
        if !allowEmpty, s.isEmpty { throw Issue("empty value for `\(name(key))`") }
        return s
    }

    /// An integer within `bounds` (see `SaneBounds`): a value beyond them is refused by name.
    mutating func requiredInt(_ key: String, in bounds: ClosedRange<Int64>) throws(Issue) -> Int64 {
        guard let value = value(key) else { throw Issue("missing field `\(name(key))`") }
        return try int(key, value, in: bounds)
    }

    mutating func optionalInt(_ key: String, in bounds: ClosedRange<Int64>) throws(Issue) -> Int64? {
        guard let value = value(key) else { return nil }
        return try int(key, value, in: bounds)
    }

    private func int(_ key: String, _ value: JSONValue, in bounds: ClosedRange<Int64>) throws(Issue) -> Int64 {
        let isMoney = bounds == SaneBounds.money
        guard case let .integer(i) = value else {
            throw badValue(key, value, expected: isMoney ? "an integer in minor units, e.g. 12800 for 128.00" : "an integer")
        }
        guard bounds.contains(i) else {
            throw Issue("\(name(key)) \(i) out of range \(bounds.lowerBound)–\(bounds.upperBound)" + (isMoney ? " (minor units)" : ""))
        }
        return i
    }

    mutating func optionalBool(_ key: String) throws(Issue) -> Bool? {
        guard let value = value(key) else { return nil }
        guard case let .bool(b) = value else { throw badValue(key, value, expected: "true or false") }
        return b
    }

    mutating func requiredArray(_ key: String) throws(Issue) -> [JSONValue] {
        guard let value = value(key) else { throw Issue("missing field `\(name(key))`") }
        guard case let .array(a) = value else { throw badValue(key, value, expected: "an array") }
        return a
    }

    mutating func optionalArray(_ key: String) throws(Issue) -> [JSONValue]? {
        guard let value = value(key) else { return nil }
        guard case let .array(a) = value else { throw badValue(key, value, expected: "an array") }
        return a
    }

    mutating func requiredDate(_ key: String) throws(Issue) -> Date {
        guard let value = value(key) else { throw Issue("missing field `\(name(key))`") }
        return try date(key, value)
    }

    mutating func optionalDate(_ key: String) throws(Issue) -> Date? {
        guard let value = value(key) else { return nil }
        return try date(key, value)
    }

    private func date(_ key: String, _ value: JSONValue) throws(Issue) -> Date {
        guard case let .string(s) = value, let d = InterchangeDate.date(from: s) else {
            throw Issue("bad date for `\(name(key))` \(value.snippet) (expected ISO 8601 UTC like 2026-11-22T09:30:00Z)")
        }
        return d
    }

    mutating func requiredEnum<E: RawRepresentable & CaseIterable>(_ key: String) throws(Issue) -> E where E.RawValue == String {
        guard let value = value(key) else { throw Issue("missing field `\(name(key))`") }
        return try enumValue(key, value)
    }

    mutating func optionalEnum<E: RawRepresentable & CaseIterable>(_ key: String) throws(Issue) -> E? where E.RawValue == String {
        guard let value = value(key) else { return nil }
        return try enumValue(key, value)
    }

    private func enumValue<E: RawRepresentable & CaseIterable>(_ key: String, _ value: JSONValue) throws(Issue) -> E
    where E.RawValue == String {
        if case let .string(s) = value, let e = E(rawValue: s) { return e }
        let expected = E.allCases.map(\.rawValue).joined(separator: "|")
        guard case let .string(s) = value else { throw badValue(key, value, expected: expected) }
        throw Issue("bad value for `\(name(key))` '\(s)' (expected \(expected))")
    }

    mutating func requiredCurrency(_ key: String) throws(Issue) -> String {
        guard let value = value(key) else { throw Issue("missing field `\(name(key))`") }
        return try currency(key, value)
    }

    mutating func optionalCurrency(_ key: String) throws(Issue) -> String? {
        guard let value = value(key) else { return nil }
        return try currency(key, value)
    }

    private func currency(_ key: String, _ value: JSONValue) throws(Issue) -> String {
        guard case let .string(s) = value, s.utf8.count == 3, s.utf8.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }) else {
            throw badValue(key, value, expected: "a 3-letter ISO currency code like CNY or USD")
        }
        return s
    }
}
