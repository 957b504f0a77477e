import AftercareCore
import AftercareStore
import Foundation
import GRDB

/// Reading and writing `ticket` rows. Columns are read by position: the inbox decodes rows on
/// every keystroke, and named lookups cost more than they say.
enum TicketRow {
    /// Joined with the customer (name, counts for the tier) and the order's external id.
    static let select = """
        SELECT t.id, t.external_id, c.external_id, o.external_id, t.channel, t.language, t.subject, t.status,
               t.priority, t.category, t.priority_manual, t.category_manual, t.tags, t.assignee, t.department,
               t.merged_into, t.created_at, t.updated_at, t.first_responded_at, t.solved_at, t.clock_used,
               t.clock_since, t.version, t.csat, t.nps,
               c.name, c.order_count, c.lifetime_spend, t.reply_count, t.message_count, t.inbox_key
        FROM ticket t
        JOIN customer c ON c.id = t.customer_id
        LEFT JOIN shop_order o ON o.id = t.order_id
        """

    static func ticket(_ row: Row) -> Ticket {
        Ticket(
            id: row[0], externalId: row[1], customerExternalId: row[2], orderExternalId: row[3],
            channel: Channel(rawValue: row[4]) ?? .web, language: Language(rawValue: row[5]) ?? .zh,
            subject: row[6], status: TicketStatus(rawValue: row[7]) ?? .open,
            priority: Priority(rank: row[8]) ?? .normal, category: TicketCategory(rawValue: row[9]) ?? .other,
            priorityIsManual: row[10], categoryIsManual: row[11], tags: decodeTags(row[12]),
            assignee: row[13], department: row[14], mergedInto: row[15],
            createdAt: date(row[16])!, updatedAt: date(row[17]), firstRespondedAt: date(row[18]),
            solvedAt: date(row[19]),
            resolutionClock: ResolutionClock(usedSeconds: row[20], runningSince: date(row[21])),
            version: row[22], csat: row[23], nps: row[24])
    }

    static func summary(_ row: Row, loyalty: LoyaltyProgram) -> TicketSummary {
        TicketSummary(
            ticket: ticket(row), customerName: row[25],
            customerTier: loyalty.tier(orderCount: row[26], lifetimeSpendMinor: row[27]),
            replyCount: row[28], messageCount: row[29])
    }

    /// Tags are stored as ",a,b," so one tag is matched with `LIKE '%,tag,%'`.
    static func encodeTags(_ tags: [String]) -> String { tags.isEmpty ? "" : "," + tags.joined(separator: ",") + "," }
    static func decodeTags(_ text: String) -> [String] { text.split(separator: ",").map(String.init) }

    static func seconds(_ date: Date?) -> Int64? { date.map { Int64($0.timeIntervalSince1970.rounded(.down)) } }
    static func date(_ seconds: Int64?) -> Date? { seconds.map { Date(timeIntervalSince1970: TimeInterval($0)) } }

    /// The columns an agent's change can touch, in the order `bindMutable` binds them.
    static let mutableColumns = [
        "order_id", "channel", "language", "subject", "status", "priority", "category", "priority_manual",
        "category_manual", "tags", "assignee", "department", "merged_into", "created_at", "updated_at",
        "first_responded_at", "solved_at", "clock_used", "clock_since", "version", "csat", "nps", "sla_due", "inbox_key",
    ]

    /// Values of the mutable columns after `order_id`, in `mutableColumns` order. Pure: the bulk
    /// loader computes them on another thread than the one writing.
    static func values(_ t: Ticket, policy: SLAPolicy) -> [ColumnValue] {
        [
            .text(t.channel.rawValue), .text(t.language.rawValue), .text(t.subject), .text(t.status.rawValue),
            .int(Int64(t.priority.rank)), .text(t.category.rawValue), .bool(t.priorityIsManual), .bool(t.categoryIsManual),
            .text(encodeTags(t.tags)), .text(t.assignee), .text(t.department), .int(t.mergedInto),
            .int(seconds(t.createdAt)), .int(seconds(t.updatedAt)), .int(seconds(t.firstRespondedAt)),
            .int(seconds(t.solvedAt)), .int(t.resolutionClock.usedSeconds), .int(seconds(t.resolutionClock.runningSince)),
            .int(t.version), .int(t.csat.map(Int64.init)), .int(t.nps.map(Int64.init)), .int(seconds(policy.nextDue(for: t))),
            .int(InboxOrder.key(for: t, policy: policy)),
        ]
    }

    /// Binds `order_id` and then `values` starting at parameter `first`; returns the next free index.
    @discardableResult
    static func bindMutable(_ s: RawStatement, from first: Int32, orderId: Int64?, values: [ColumnValue]) -> Int32 {
        s.bind(first, orderId)
        for (offset, value) in values.enumerated() { s.bind(first + 1 + Int32(offset), value) }
        return first + 1 + Int32(values.count)
    }

    private static let updateSQL = "UPDATE ticket SET " + mutableColumns.map { "\($0) = ?" }.joined(separator: ", ") + " WHERE id = ?"

    /// Writes every mutable column of `ticket` (the row must exist), with the new inbox key.
    static func update(_ db: Database, _ ticket: Ticket, orderId: Int64?, policy: SLAPolicy) throws {
        let statement = try RawStatement(db, updateSQL)
        let next = bindMutable(statement, from: 1, orderId: orderId, values: values(ticket, policy: policy))
        statement.bind(next, ticket.id)
        try statement.run()
    }

    /// Counters kept on the ticket row so lists never count messages.
    struct ThreadCounters: Sendable {
        var messages = 0
        var replies = 0
        var lastMessageAt: Int64?

        init(_ messages: [Message] = []) {
            self.messages = messages.count
            replies = messages.reduce(0) { $0 + ($1.kind == .reply ? 1 : 0) }
            lastMessageAt = messages.map { seconds($0.createdAt)! }.max()
        }
    }

    static let insertSQL = "INSERT INTO ticket (id, external_id, customer_id, message_count, reply_count, last_message_at, "
        + mutableColumns.joined(separator: ", ") + ") VALUES (" + Array(repeating: "?", count: 6 + mutableColumns.count).joined(separator: ", ")
        + ")"

    /// Inserts a ticket (its `id` when non-zero, else the next number) and returns its id.
    static func insert(_ db: Database, _ t: Ticket, customerId: Int64, orderId: Int64?, counters: ThreadCounters, policy: SLAPolicy) throws -> Int64 {
        try insert(RawStatement(db, insertSQL), id: t.id, externalId: t.externalId, customerId: customerId, orderId: orderId,
                   counters: counters, values: values(t, policy: policy))
    }

    /// `insert` through `insertSQL` prepared once for many tickets.
    static func insert(_ statement: RawStatement, id: Int64, externalId: String, customerId: Int64, orderId: Int64?,
                       counters: ThreadCounters, values: [ColumnValue]) throws -> Int64 {
        statement.bind(1, id == 0 ? nil : id)
        statement.bind(2, externalId)
        statement.bind(3, customerId)
        statement.bind(4, counters.messages)
        statement.bind(5, counters.replies)
        statement.bind(6, counters.lastMessageAt)
        bindMutable(statement, from: 7, orderId: orderId, values: values)
        return try statement.runInsert()
    }
}
