import AftercareCore
import AftercareStore
import Foundation
import GRDB

/// The columns `TicketRow.select` reads, in order: a ticket joined with its customer (name,
/// counts for the tier) and its order's external id.
enum TicketColumn: Int, SelectedColumns {
    case id, externalId, customerExternalId, orderExternalId, channel, language, subject, status, priority, category
    case priorityManual, categoryManual, tags, assignee, department, mergedInto, createdAt, updatedAt
    case firstRespondedAt, solvedAt, clockUsed, clockSince, version, csat, nps
    case nextReplySince, nextReplyCount, nextReplyLate, nextReplySeconds
    case customerName, customerOrderCount, customerLifetimeSpend, replyCount, messageCount, inboxKey

    var expression: String {
        switch self {
        case .id: "t.id"
        case .externalId: "t.external_id"
        case .customerExternalId: "c.external_id"
        case .orderExternalId: "o.external_id"
        case .channel: "t.channel"
        case .language: "t.language"
        case .subject: "t.subject"
        case .status: "t.status"
        case .priority: "t.priority"
        case .category: "t.category"
        case .priorityManual: "t.priority_manual"
        case .categoryManual: "t.category_manual"
        case .tags: "t.tags"
        case .assignee: "t.assignee"
        case .department: "t.department"
        case .mergedInto: "t.merged_into"
        case .createdAt: "t.created_at"
        case .updatedAt: "t.updated_at"
        case .firstRespondedAt: "t.first_responded_at"
        case .solvedAt: "t.solved_at"
        case .clockUsed: "t.clock_used"
        case .clockSince: "t.clock_since"
        case .version: "t.version"
        case .csat: "t.csat"
        case .nps: "t.nps"
        case .nextReplySince: "t.next_reply_since"
        case .nextReplyCount: "t.next_reply_count"
        case .nextReplyLate: "t.next_reply_late"
        case .nextReplySeconds: "t.next_reply_seconds"
        case .customerName: "c.name"
        case .customerOrderCount: "c.order_count"
        case .customerLifetimeSpend: "c.lifetime_spend"
        case .replyCount: "t.reply_count"
        case .messageCount: "t.message_count"
        case .inboxKey: "t.inbox_key"
        }
    }
}

/// Reading and writing `ticket` rows.
enum TicketRow {
    static let select = "SELECT " + TicketColumn.selectList + """

        FROM ticket t
        JOIN customer c ON c.id = t.customer_id
        LEFT JOIN shop_order o ON o.id = t.order_id
        """

    static func ticket(_ row: Row) -> Ticket {
        typealias C = TicketColumn
        return Ticket(
            id: row[C.id], externalId: row[C.externalId], customerExternalId: row[C.customerExternalId],
            orderExternalId: row[C.orderExternalId], channel: Channel(rawValue: row[C.channel]) ?? .web,
            language: Language(rawValue: row[C.language]) ?? .zh, subject: row[C.subject],
            status: TicketStatus(rawValue: row[C.status]) ?? .open, priority: Priority(rank: row[C.priority]) ?? .normal,
            category: TicketCategory(rawValue: row[C.category]) ?? .other, priorityIsManual: row[C.priorityManual],
            categoryIsManual: row[C.categoryManual], tags: decodeTags(row[C.tags]), assignee: row[C.assignee],
            department: row[C.department], mergedInto: row[C.mergedInto], createdAt: date(row[C.createdAt])!,
            updatedAt: date(row[C.updatedAt]), firstRespondedAt: date(row[C.firstRespondedAt]), solvedAt: date(row[C.solvedAt]),
            resolutionClock: ResolutionClock(usedSeconds: row[C.clockUsed, within: SaneBounds.seconds], runningSince: date(row[C.clockSince])),
            awaitingReplySince: date(row[C.nextReplySince]),
            nextReplies: nextReplies(row), version: row[C.version], csat: row[C.csat], nps: row[C.nps])
    }

    static func nextReplies<Column: SelectedColumns>(_ row: Row, count: Column, late: Column, seconds: Column) -> NextReplyRecord {
        NextReplyRecord(count: Int(row[count, within: SaneBounds.count]), late: Int(row[late, within: SaneBounds.count]),
                        businessSeconds: row[seconds, within: SaneBounds.seconds])
    }

    private static func nextReplies(_ row: Row) -> NextReplyRecord {
        nextReplies(row, count: TicketColumn.nextReplyCount, late: TicketColumn.nextReplyLate, seconds: TicketColumn.nextReplySeconds)
    }

    static func summary(_ row: Row, loyalty: LoyaltyProgram) -> TicketSummary {
        TicketSummary(
            ticket: ticket(row), customerName: row[TicketColumn.customerName],
            customerTier: loyalty.tier(orderCount: Int(row[TicketColumn.customerOrderCount, within: SaneBounds.count]),
                                       lifetimeSpendMinor: row[TicketColumn.customerLifetimeSpend, within: SaneBounds.money]),
            replyCount: row[TicketColumn.replyCount], messageCount: row[TicketColumn.messageCount])
    }

    /// Tags are stored as ",a,b," so one tag is matched with `LIKE '%,tag,%'`.
    static func encodeTags(_ tags: [String]) -> String { tags.isEmpty ? "" : "," + tags.joined(separator: ",") + "," }
    static func decodeTags(_ text: String) -> [String] { text.split(separator: ",").map(String.init) }

    static func seconds(_ date: Date?) -> Int64? { date.map { Int64(saturating: $0.timeIntervalSince1970.rounded(.down)) } }
    static func date(_ seconds: Int64?) -> Date? { seconds.map { Date(timeIntervalSince1970: TimeInterval($0)) } }

    /// The columns an agent's change can touch, in the order `bindMutable` binds them.
    static let mutableColumns = [
        "order_id", "channel", "language", "subject", "status", "priority", "category", "priority_manual",
        "category_manual", "tags", "assignee", "department", "merged_into", "created_at", "updated_at",
        "first_responded_at", "solved_at", "clock_used", "clock_since", "version", "csat", "nps",
        "next_reply_since", "next_reply_count", "next_reply_late", "next_reply_seconds", "sla_due", "inbox_key",
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
            .int(t.version), .int(t.csat.map(Int64.init)), .int(t.nps.map(Int64.init)),
            .int(seconds(t.awaitingReplySince)), .int(Int64(t.nextReplies.count)), .int(Int64(t.nextReplies.late)),
            .int(t.nextReplies.businessSeconds), .int(seconds(policy.nextDue(for: t))),
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
