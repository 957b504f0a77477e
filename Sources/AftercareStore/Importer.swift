import AftercareCore
import Foundation
import GRDB

/// Kinds of record a batch references by external id.
public enum RecordKind: String, Sendable, Hashable {
    case customer, order, ticket
}

public struct ImportSummary: Sendable, Hashable, Codable {
    public var customersAdded = 0, customersUpdated = 0
    public var ordersAdded = 0, ordersUpdated = 0
    public var ticketsAdded = 0, ticketsUpdated = 0
    public var messagesAdded = 0
    public var touchpointsAdded = 0

    public init() {}

    public static func + (a: ImportSummary, b: ImportSummary) -> ImportSummary {
        var s = a
        s.customersAdded += b.customersAdded; s.customersUpdated += b.customersUpdated
        s.ordersAdded += b.ordersAdded; s.ordersUpdated += b.ordersUpdated
        s.ticketsAdded += b.ticketsAdded; s.ticketsUpdated += b.ticketsUpdated
        s.messagesAdded += b.messagesAdded; s.touchpointsAdded += b.touchpointsAdded
        return s
    }
}

extension AppDatabase {
    /// Writes a validated batch in ONE transaction: records are matched by external id (a second
    /// import updates, never duplicates; a thread only gains the messages it did not have).
    /// A reference to a record that is neither in the batch nor in the store rejects the whole
    /// batch, naming the line (`lineOf`) where the parser saw it.
    ///
    /// `mergedInto[i]`, when given, is the external id of the ticket `batch.tickets[i]` was merged
    /// into (it may be later in the batch, or already in the store).
    public func importBatch(
        _ batch: InterchangeBatch, mergedInto: [String?] = [], by agent: Agent, at now: Date,
        lineOf: @escaping @Sendable (RecordKind, String) -> Int? = { _, _ in nil }
    ) throws -> ImportSummary {
        try pool.write { db in
            var importer = try BatchImporter(db: db, rules: rules, agent: agent, now: now, lineOf: lineOf)
            try importer.write(batch, mergedInto: mergedInto)
            if !importer.problems.isEmpty { throw StoreError.importRejected(lines: importer.problems) }
            return importer.summary
        }
    }
}

/// One import transaction's work. Keeps external id → row id maps so each record is looked up once.
struct BatchImporter {
    let db: Database
    let rules: DeskRules
    let agent: Agent
    let now: Date
    let lineOf: (RecordKind, String) -> Int?
    var summary = ImportSummary()
    var problems: [String] = []
    private var customerIds: [String: Int64] = [:]
    private var orderIds: [String: Int64] = [:]
    private let firstNewCustomer: Int64
    private let firstNewOrder: Int64

    init(db: Database, rules: DeskRules, agent: Agent, now: Date, lineOf: @escaping (RecordKind, String) -> Int?) throws {
        self.db = db
        self.rules = rules
        self.agent = agent
        self.now = now
        self.lineOf = lineOf
        firstNewCustomer = (try Int64.fetchOne(db, sql: "SELECT max(id) FROM customer") ?? 0) + 1
        firstNewOrder = (try Int64.fetchOne(db, sql: "SELECT max(id) FROM shop_order") ?? 0) + 1
    }

    mutating func write(_ batch: InterchangeBatch, mergedInto: [String?] = []) throws {
        for customer in batch.customers { try upsert(customer) }
        var touchedCustomers = Set<Int64>()
        for order in batch.orders {
            if let customerId = try upsert(order) { touchedCustomers.insert(customerId) }
        }
        try refreshCounters(touchedCustomers)
        for thread in batch.tickets { try upsert(thread) }
        for (index, survivor) in mergedInto.enumerated() {
            if let survivor, index < batch.tickets.count { try merge(batch.tickets[index].ticket.externalId, into: survivor) }
        }
        for touchpoint in batch.touchpoints { try insert(touchpoint) }
    }

    /// Merges are links between tickets, so they are set once every ticket of the batch exists.
    private mutating func merge(_ ticket: String, into survivor: String) throws {
        guard let target = try Int64.fetchOne(db, sql: "SELECT id FROM ticket WHERE external_id = ?", arguments: [survivor]) else {
            problems.append("\(where_(.ticket, ticket))ticket \(ticket) was merged into ticket \(survivor), which is neither in the file nor in the store")
            return
        }
        try db.execute(sql: "UPDATE ticket SET merged_into = ? WHERE external_id = ?", arguments: [target, ticket])
    }

    private func where_(_ kind: RecordKind, _ id: String) -> String {
        lineOf(kind, id).map { "line \($0): " } ?? ""
    }

    private mutating func upsert(_ c: Customer) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO customer (external_id, name, language, contacts, opted_out, notes, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(external_id) DO UPDATE SET name = excluded.name, language = excluded.language,
                contacts = excluded.contacts, opted_out = excluded.opted_out, notes = excluded.notes,
                created_at = excluded.created_at
            RETURNING id
            """)
        let id = try Int64.fetchOne(statement, arguments: [
            c.externalId, c.name, c.language.rawValue, JSONColumns.contacts(c.contacts), c.optedOut, c.notes,
            TicketRow.seconds(c.createdAt),
        ])!
        customerIds[c.externalId] = id
        if id >= firstNewCustomer { summary.customersAdded += 1 } else { summary.customersUpdated += 1 }
    }

    private mutating func customerId(_ externalId: String, for kind: RecordKind, _ referrer: String) throws -> Int64? {
        if let id = customerIds[externalId] { return id }
        let statement = try db.cachedStatement(sql: "SELECT id FROM customer WHERE external_id = ?")
        if let id = try Int64.fetchOne(statement, arguments: [externalId]) {
            customerIds[externalId] = id
            return id
        }
        problems.append("\(where_(kind, referrer))\(kind.rawValue) \(referrer) refers to customer \(externalId), which is neither in the file nor in the store")
        return nil
    }

    private mutating func orderId(_ externalId: String, for referrer: String) throws -> Int64? {
        if let id = orderIds[externalId] { return id }
        let statement = try db.cachedStatement(sql: "SELECT id FROM shop_order WHERE external_id = ?")
        if let id = try Int64.fetchOne(statement, arguments: [externalId]) {
            orderIds[externalId] = id
            return id
        }
        problems.append("\(where_(.ticket, referrer))ticket \(referrer) refers to order \(externalId), which is neither in the file nor in the store")
        return nil
    }

    /// Returns the customer whose counters need refreshing.
    private mutating func upsert(_ o: Order) throws -> Int64? {
        guard let customer = try customerId(o.customerExternalId, for: .order, o.externalId) else { return nil }
        let statement = try db.cachedStatement(sql: """
            INSERT INTO shop_order (external_id, customer_id, number, placed_at, amount, currency, amount_cny, items, shipments, returns)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(external_id) DO UPDATE SET customer_id = excluded.customer_id, number = excluded.number,
                placed_at = excluded.placed_at, amount = excluded.amount, currency = excluded.currency,
                amount_cny = excluded.amount_cny, items = excluded.items, shipments = excluded.shipments,
                returns = excluded.returns
            RETURNING id
            """)
        let id = try Int64.fetchOne(statement, arguments: [
            o.externalId, customer, o.number, TicketRow.seconds(o.placedAt), o.amount.minorUnits, o.amount.currency,
            ShopCurrency.cnyMinorUnits(o.amount), JSONColumns.items(o.items), JSONColumns.shipments(o.shipments),
            JSONColumns.returns(o.returns),
        ])!
        orderIds[o.externalId] = id
        if id >= firstNewOrder { summary.ordersAdded += 1 } else { summary.ordersUpdated += 1 }
        return customer
    }

    /// Order count and lifetime spend are derived from the orders, never trusted from a file.
    private func refreshCounters(_ customers: Set<Int64>) throws {
        let statement = try db.cachedStatement(sql: """
            UPDATE customer SET
                order_count = (SELECT count(*) FROM shop_order WHERE customer_id = customer.id),
                lifetime_spend = (SELECT coalesce(sum(amount_cny), 0) FROM shop_order WHERE customer_id = customer.id)
            WHERE id = ?
            """)
        for id in customers { try statement.execute(arguments: [id]) }
    }

    private mutating func upsert(_ thread: TicketWithThread) throws {
        var ticket = thread.ticket
        let ref = ticket.externalId
        guard let customer = try customerId(ticket.customerExternalId, for: .ticket, ref) else { return }
        var order: Int64?
        if let orderRef = ticket.orderExternalId {
            guard let id = try orderId(orderRef, for: ref) else { return }
            order = id
        }
        let existing = try Row.fetchOne(
            db.cachedStatement(sql: TicketRow.select + " WHERE t.external_id = ?"), arguments: [ref])
        if let existing {
            let old = TicketRow.ticket(existing)
            if ticket.id != 0 && ticket.id != old.id {
                problems.append("\(where_(.ticket, ref))ticket \(ref) is #\(old.id) in the store, not #\(ticket.id)")
                return
            }
            ticket.id = old.id
            let stored: Int = existing[29]
            let newMessages = Array(thread.messages.dropFirst(stored))
            let changes = AuditDiff.changes(from: old, to: ticket)
            if !changes.isEmpty || !newMessages.isEmpty {
                ticket.version = old.version + 1
                try TicketRow.update(db, ticket, orderId: order, policy: rules.sla)
                try db.execute(sql: "UPDATE ticket SET customer_id = ? WHERE id = ?", arguments: [customer, ticket.id])
                if old.subject != ticket.subject {
                    try SearchIndex.remove(db, ticket: ticket.id, document: 0, text: old.subject)
                    try SearchIndex.add(db, ticket: ticket.id, document: 0, text: ticket.subject)
                }
                try AuditTrail.record(db, ticket: ticket.id, agent: agent, at: now, version: ticket.version,
                                      changes: changes.isEmpty ? [AuditChange(field: "import", old: nil, new: "messages")] : changes)
                summary.ticketsUpdated += 1
            }
            try append(newMessages, to: ticket.id, startingAt: Int64(stored))
        } else {
            if ticket.id != 0, try Int64.fetchOne(db, sql: "SELECT id FROM ticket WHERE id = ?", arguments: [ticket.id]) != nil {
                problems.append("\(where_(.ticket, ref))ticket \(ref) wants number #\(ticket.id), which another ticket already has")
                return
            }
            let statement = try db.cachedStatement(sql: """
                INSERT INTO ticket (id, external_id, customer_id, order_id, channel, language, subject, status, priority,
                    category, priority_manual, category_manual, tags, assignee, department, merged_into, created_at,
                    updated_at, first_responded_at, solved_at, clock_used, clock_since, version, csat, nps, sla_due,
                    inbox_key)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                RETURNING id
                """)
            var arguments: StatementArguments = [ticket.id == 0 ? nil : ticket.id, ref, customer]
            arguments += TicketRow.mutableValues(ticket, orderId: order, policy: rules.sla)
            let id = try Int64.fetchOne(statement, arguments: arguments)!
            try SearchIndex.add(db, ticket: id, document: 0, text: ticket.subject)
            try append(thread.messages, to: id, startingAt: 0)
            summary.ticketsAdded += 1
        }
    }

    private mutating func append(_ messages: [Message], to ticket: Int64, startingAt stored: Int64) throws {
        guard !messages.isEmpty else { return }
        let insert = try db.cachedStatement(sql: """
            INSERT INTO message (ticket_id, kind, author, channel, created_at, body) VALUES (?, ?, ?, ?, ?, ?)
            """)
        var replies = 0
        var last: Int64 = 0
        for (offset, message) in messages.enumerated() {
            let at = TicketRow.seconds(message.createdAt)!
            try insert.execute(arguments: [ticket, message.kind.rawValue, message.author, message.channel.rawValue, at, message.body])
            try SearchIndex.add(db, ticket: ticket, document: stored + Int64(offset) + 1, text: message.body)
            if message.kind == .reply { replies += 1 }
            last = max(last, at)
        }
        let counters = try db.cachedStatement(sql: """
            UPDATE ticket SET message_count = message_count + ?, reply_count = reply_count + ?,
                last_message_at = max(coalesce(last_message_at, 0), ?) WHERE id = ?
            """)
        try counters.execute(arguments: [messages.count, replies, last, ticket])
        summary.messagesAdded += messages.count
    }

    private mutating func insert(_ t: Touchpoint) throws {
        guard let customer = try customerId(t.customerExternalId, for: .customer, t.customerExternalId) else { return }
        var order: Int64?
        if let ref = t.orderExternalId { order = try orderId(ref, for: t.customerExternalId) }
        let statement = try db.cachedStatement(sql: """
            INSERT INTO touchpoint (customer_id, order_id, kind, channel, at, note) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT DO NOTHING
            """)
        try statement.execute(arguments: [customer, order, t.kind.rawValue, t.channel.rawValue, TicketRow.seconds(t.at), t.note])
        summary.touchpointsAdded += db.changesCount
    }
}
