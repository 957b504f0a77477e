import AftercareCore
import AftercareStore
import Foundation
import GRDB
import AftercareInterchange

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
        let prepared = PreparedBatch(batch, mergedInto: mergedInto, settings: settings)
        return try importPrepared(prepared, by: agent, at: now, search: .sameTransaction, lineOf: lineOf).summary
    }

    /// `importBatch` for a batch prepared in advance (possibly on another thread). With
    /// `search: .handedBack`, the batch's search documents are returned instead of written (a
    /// bulk load indexes them elsewhere, see `SideSearchIndex`).
    func importPrepared(
        _ prepared: PreparedBatch, by agent: Agent, at now: Date, search: BatchImporter.SearchDocuments,
        lineOf: @escaping @Sendable (RecordKind, String) -> Int?
    ) throws -> (summary: ImportSummary, search: PendingSearchDocuments) {
        try write { db in
            // Prepared with the settings this process had; another agent may have changed them.
            let settings = try currentSettings(db)
            let current = prepared.settings == settings ? prepared : prepared.prepared(with: settings)
            var importer = try BatchImporter(db: db, settings: settings, agent: agent, now: now, search: search, lineOf: lineOf)
            try importer.write(current)
            if !importer.problems.isEmpty { throw StoreError.importRejected(lines: importer.problems) }
            return (importer.summary, importer.pendingSearch)
        }
    }
}

/// One import transaction's work. Keeps external id → row id maps so each record is looked up
/// once, and drives the hot inserts through `RawStatement` (seeding writes millions of rows).
struct BatchImporter {
    /// Where the batch's search documents go.
    enum SearchDocuments {
        /// Into the store's index, in the batch's transaction.
        case sameTransaction
        /// Back to the caller (`pendingSearch`); the batch may then only add tickets, since
        /// changing a ticket's subject would have to remove a document from the store's index.
        case handedBack
    }

    let db: Database
    let settings: DeskSettings
    let agent: Agent
    let now: Date
    let searchDocuments: SearchDocuments
    let lineOf: (RecordKind, String) -> Int?
    var summary = ImportSummary()
    var problems: [String] = []
    private var customerIds: [String: Int64] = [:]
    private var orderIds: [String: Int64] = [:]
    private let firstNewCustomer: Int64
    private let firstNewOrder: Int64
    private let statements: Statements
    /// The batch's search documents, written after every other row (see `PendingSearchDocuments`).
    private var search = PendingSearchDocuments()

    init(
        db: Database, settings: DeskSettings, agent: Agent, now: Date, search: SearchDocuments = .sameTransaction,
        lineOf: @escaping (RecordKind, String) -> Int?
    ) throws {
        self.db = db
        self.settings = settings
        self.agent = agent
        self.now = now
        searchDocuments = search
        self.lineOf = lineOf
        firstNewCustomer = (try Int64.fetchOne(db, sql: "SELECT max(id) FROM customer") ?? 0) + 1
        firstNewOrder = (try Int64.fetchOne(db, sql: "SELECT max(id) FROM shop_order") ?? 0) + 1
        statements = try Statements(db)
    }

    /// Every statement of an import, prepared once per batch: finding a prepared statement by
    /// its SQL text for every row costs about as much as a small insert.
    private struct Statements {
        let upsertCustomer, upsertOrder, clearReturns, insertReturn, refreshCounters, insertTicket, insertMessage, insertTouchpoint: RawStatement
        let customerByExternalId, orderByExternalId, ticketByExternalId, ticketById: RawStatement

        init(_ db: Database) throws {
            upsertCustomer = try RawStatement(db, """
                INSERT INTO customer (external_id, name, language, contacts, opted_out, notes, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(external_id) DO UPDATE SET name = excluded.name, language = excluded.language,
                    contacts = excluded.contacts, opted_out = excluded.opted_out, notes = excluded.notes,
                    created_at = excluded.created_at
                """)
            upsertOrder = try RawStatement(db, """
                INSERT INTO shop_order (external_id, customer_id, number, placed_at, amount, currency, amount_cny, items, shipments)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(external_id) DO UPDATE SET customer_id = excluded.customer_id, number = excluded.number,
                    placed_at = excluded.placed_at, amount = excluded.amount, currency = excluded.currency,
                    amount_cny = excluded.amount_cny, items = excluded.items, shipments = excluded.shipments
                """)
            clearReturns = try RawStatement(db, "DELETE FROM order_return WHERE order_id = ?")
            insertReturn = try RawStatement(db, """
                INSERT INTO order_return (order_id, rma, kind, reason, state, refund_amount, refund_currency, requested_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """)
            refreshCounters = try RawStatement(db, """
                UPDATE customer SET
                    order_count = (SELECT count(*) FROM shop_order WHERE customer_id = customer.id),
                    lifetime_spend = (SELECT coalesce(sum(amount_cny), 0) FROM shop_order WHERE customer_id = customer.id)
                WHERE id = ?
                """)
            insertTicket = try RawStatement(db, TicketRow.insertSQL)
            insertMessage = try RawStatement(db, MessageRow.insertSQL)
            insertTouchpoint = try RawStatement(db, """
                INSERT INTO touchpoint (customer_id, order_id, kind, channel, at, note) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING
                """)
            customerByExternalId = try RawStatement(db, "SELECT id FROM customer WHERE external_id = ?")
            orderByExternalId = try RawStatement(db, "SELECT id FROM shop_order WHERE external_id = ?")
            ticketByExternalId = try RawStatement(db, "SELECT id FROM ticket WHERE external_id = ?")
            ticketById = try RawStatement(db, "SELECT id FROM ticket WHERE id = ?")
        }
    }

    mutating func write(_ prepared: PreparedBatch) throws {
        let batch = prepared.batch
        search = PendingSearchDocuments(prepared: prepared.searchText)
        for (customer, contacts) in zip(batch.customers, prepared.contacts) { try upsert(customer, contacts: contacts) }
        var touchedCustomers = Set<Int64>()
        for (order, columns) in zip(batch.orders, prepared.orders) {
            if let customerId = try upsert(order, columns) { touchedCustomers.insert(customerId) }
        }
        try refreshCounters(touchedCustomers)
        for (thread, columns) in zip(batch.tickets, prepared.tickets) { try upsert(thread, columns) }
        for merge in prepared.merges { try self.merge(merge.ticket, into: merge.survivor) }
        for touchpoint in batch.touchpoints { try insert(touchpoint) }
        if searchDocuments == .sameTransaction { try search.write(db) }
    }

    /// The batch's search documents, when they are handed back rather than written.
    var pendingSearch: PendingSearchDocuments { searchDocuments == .handedBack ? search : PendingSearchDocuments() }

    private func where_(_ kind: RecordKind, _ id: String) -> String {
        lineOf(kind, id).map { "line \($0): " } ?? ""
    }

    private mutating func upsert(_ c: Customer, contacts: String) throws {
        let statement = statements.upsertCustomer
        statement.bind(1, c.externalId)
        statement.bind(2, c.name)
        statement.bind(3, c.language.rawValue)
        statement.bind(4, contacts)
        statement.bind(5, c.optedOut)
        statement.bind(6, c.notes)
        statement.bind(7, TicketRow.seconds(c.createdAt))
        guard let id = try statement.runUpsert() ?? lookUp(statements.customerByExternalId, c.externalId) else { return }
        customerIds[c.externalId] = id
        if id >= firstNewCustomer { summary.customersAdded += 1 } else { summary.customersUpdated += 1 }
    }

    private func lookUp(_ statement: RawStatement, _ externalId: String) throws -> Int64? {
        statement.bind(1, externalId)
        return try statement.runReturningInt64()
    }

    private func numberIsTaken(_ id: Int64) throws -> Bool {
        statements.ticketById.bind(1, id)
        return try statements.ticketById.runReturningInt64() != nil
    }

    /// The row id of a record this batch refers to: from the batch's own records, else from the
    /// store (then remembered); nil when it is in neither.
    private mutating func reference(
        _ externalId: String, in ids: WritableKeyPath<BatchImporter, [String: Int64]>, lookingUp statement: RawStatement
    ) throws -> Int64? {
        if let id = self[keyPath: ids][externalId] { return id }
        guard let id = try lookUp(statement, externalId) else { return nil }
        self[keyPath: ids][externalId] = id
        return id
    }

    private mutating func customerId(_ externalId: String, for kind: RecordKind, _ referrer: String) throws -> Int64? {
        let statement = statements.customerByExternalId
        if let id = try reference(externalId, in: \.customerIds, lookingUp: statement) { return id }
        problems.append("\(where_(kind, referrer))\(kind.rawValue) \(referrer) refers to customer \(externalId), which is neither in the file nor in the store")
        return nil
    }

    private mutating func orderId(_ externalId: String, for referrer: String) throws -> Int64? {
        let statement = statements.orderByExternalId
        if let id = try reference(externalId, in: \.orderIds, lookingUp: statement) { return id }
        problems.append("\(where_(.ticket, referrer))ticket \(referrer) refers to order \(externalId), which is neither in the file nor in the store")
        return nil
    }

    /// Returns the customer whose counters need refreshing.
    private mutating func upsert(_ o: Order, _ columns: PreparedBatch.PreparedOrder) throws -> Int64? {
        guard let customer = try customerId(o.customerExternalId, for: .order, o.externalId) else { return nil }
        let statement = statements.upsertOrder
        statement.bind(1, o.externalId)
        statement.bind(2, customer)
        statement.bind(3, o.number)
        statement.bind(4, TicketRow.seconds(o.placedAt))
        statement.bind(5, o.amount.minorUnits)
        statement.bind(6, o.amount.currency)
        statement.bind(7, columns.amountCNY)
        statement.bind(8, columns.items)
        statement.bind(9, columns.shipments)
        guard let id = try statement.runUpsert() ?? lookUp(statements.orderByExternalId, o.externalId) else { return nil }
        orderIds[o.externalId] = id
        if id >= firstNewOrder {
            summary.ordersAdded += 1
        } else {
            summary.ordersUpdated += 1
            statements.clearReturns.bind(1, id)
            try statements.clearReturns.run()
        }
        try insertReturns(o.returns, order: id)
        return customer
    }

    /// The order's returns as the file gives them (an order's returns are replaced whole).
    private func insertReturns(_ returns: [ReturnRequest], order: Int64) throws {
        let statement = statements.insertReturn
        for r in returns {
            statement.bind(1, order)
            statement.bind(2, r.rmaNumber)
            statement.bind(3, r.kind.rawValue)
            statement.bind(4, r.reason)
            statement.bind(5, r.state.rawValue)
            statement.bind(6, r.refundAmount?.minorUnits)
            statement.bind(7, r.refundAmount?.currency)
            statement.bind(8, TicketRow.seconds(r.requestedAt))
            try statement.run()
        }
    }

    /// Order count and lifetime spend are derived from the orders, never trusted from a file.
    private func refreshCounters(_ customers: Set<Int64>) throws {
        let statement = statements.refreshCounters
        for id in customers {
            statement.bind(1, id)
            try statement.run()
        }
    }

    private mutating func upsert(_ thread: TicketWithThread, _ columns: PreparedBatch.PreparedTicket) throws {
        let ticket = thread.ticket
        let ref = ticket.externalId
        guard let customer = try customerId(ticket.customerExternalId, for: .ticket, ref) else { return }
        var order: Int64?
        if let orderRef = ticket.orderExternalId {
            guard let id = try orderId(orderRef, for: ref) else { return }
            order = id
        }
        if let existingId = try lookUp(statements.ticketByExternalId, ref) {
            guard searchDocuments == .sameTransaction else {
                problems.append("\(where_(.ticket, ref))ticket \(ref) is already in the store, and a bulk load only adds tickets")
                return
            }
            try update(existingId, with: thread, as: columns.ticket, customer: customer, order: order)
            return
        }
        if ticket.id != 0, try numberIsTaken(ticket.id) {
            problems.append("\(where_(.ticket, ref))ticket \(ref) wants number #\(ticket.id), which another ticket already has")
            return
        }
        let id = try TicketRow.insert(statements.insertTicket, id: ticket.id, externalId: ref, customerId: customer, orderId: order,
                                      counters: columns.counters, values: columns.values)
        for (document, range) in columns.documents.enumerated() {
            search.add(ticket: id, document: Int64(document), prepared: range)
        }
        for message in thread.messages { _ = try MessageRow.insert(statements.insertMessage, message, ticket: id) }
        summary.ticketsAdded += 1
        summary.messagesAdded += thread.messages.count
    }

    /// A ticket already in the store: the file's fields win, and the thread gains only the
    /// messages beyond those it has (threads are append-only).
    private mutating func update(_ id: Int64, with thread: TicketWithThread, as prepared: Ticket, customer: Int64, order: Int64?) throws {
        var ticket = prepared
        let ref = ticket.externalId
        guard let existing = try Row.fetchOne(db.cachedStatement(sql: TicketRow.select + " WHERE t.id = ?"), arguments: [id]) else { return }
        let old = TicketRow.ticket(existing)
        if ticket.id != 0 && ticket.id != old.id {
            problems.append("\(where_(.ticket, ref))ticket \(ref) is #\(old.id) in the store, not #\(ticket.id)")
            return
        }
        ticket.id = old.id
        ticket.mergedInto = old.mergedInto
        let stored: Int = existing[TicketColumn.messageCount]
        let newMessages = Array(thread.messages.dropFirst(stored))
        let changes = AuditDiff.changes(from: old, to: ticket)
        guard !changes.isEmpty || !newMessages.isEmpty else { return }
        ticket.version = old.version + 1
        try TicketRow.update(db, ticket, orderId: order, policy: settings.sla)
        try db.execute(sql: "UPDATE ticket SET customer_id = ? WHERE id = ?", arguments: [customer, ticket.id])
        if old.subject != ticket.subject {
            try SearchIndex.remove(db, ticket: ticket.id, document: 0, text: old.subject)
            search.add(ticket: ticket.id, document: 0, text: ticket.subject)
        }
        for (offset, message) in newMessages.enumerated() {
            _ = try MessageRow.insert(statements.insertMessage, message, ticket: ticket.id)
            search.add(ticket: ticket.id, document: Int64(stored + offset) + 1, text: message.body)
        }
        let counters = TicketRow.ThreadCounters(thread.messages)
        try db.execute(sql: "UPDATE ticket SET message_count = ?, reply_count = ?, last_message_at = ? WHERE id = ?",
                       arguments: [counters.messages, counters.replies, counters.lastMessageAt, ticket.id])
        try AuditTrail.record(db, ticket: ticket.id, agent: agent, at: now, version: ticket.version,
                              changes: changes.isEmpty ? [AuditChange(field: "import", old: nil, new: "\(newMessages.count) messages")] : changes)
        summary.ticketsUpdated += 1
        summary.messagesAdded += newMessages.count
    }

    /// Merges are links between tickets, so they are set once every ticket of the batch exists.
    private mutating func merge(_ ticket: String, into survivor: PreparedBatch.Survivor) throws {
        let target: Int64?
        switch survivor {
        case let .externalId(ref): target = try lookUp(statements.ticketByExternalId, ref)
        case let .number(number): target = try numberIsTaken(number) ? number : nil
        }
        guard let target else {
            let name = switch survivor { case let .externalId(ref): ref; case let .number(n): "#\(n)" }
            problems.append("\(where_(.ticket, ticket))ticket \(ticket) was merged into ticket \(name), which is neither in the file nor in the store")
            return
        }
        try db.execute(sql: "UPDATE ticket SET merged_into = ? WHERE external_id = ?", arguments: [target, ticket])
    }

    private mutating func insert(_ t: Touchpoint) throws {
        guard let customer = try customerId(t.customerExternalId, for: .customer, t.customerExternalId) else { return }
        var order: Int64?
        if let ref = t.orderExternalId { order = try orderId(ref, for: t.customerExternalId) }
        let statement = statements.insertTouchpoint
        statement.bind(1, customer)
        statement.bind(2, order)
        statement.bind(3, t.kind.rawValue)
        statement.bind(4, t.channel.rawValue)
        statement.bind(5, TicketRow.seconds(t.at))
        statement.bind(6, t.note)
        try statement.run()
        summary.touchpointsAdded += db.changesCount
    }
}
