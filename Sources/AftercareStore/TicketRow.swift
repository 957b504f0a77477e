import AftercareCore
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

    /// Writes every mutable column of `ticket` (the row must exist), with the new inbox key.
    static func update(_ db: Database, _ ticket: Ticket, orderId: Int64?, policy: SLAPolicy) throws {
        try db.execute(
            sql: """
                UPDATE ticket SET order_id = ?, channel = ?, language = ?, subject = ?, status = ?, priority = ?,
                    category = ?, priority_manual = ?, category_manual = ?, tags = ?, assignee = ?, department = ?,
                    merged_into = ?, created_at = ?, updated_at = ?, first_responded_at = ?, solved_at = ?,
                    clock_used = ?, clock_since = ?, version = ?, csat = ?, nps = ?, sla_due = ?, inbox_key = ?
                WHERE id = ?
                """,
            arguments: mutableValues(ticket, orderId: orderId, policy: policy) + [ticket.id])
    }

    static func mutableValues(_ t: Ticket, orderId: Int64?, policy: SLAPolicy) -> StatementArguments {
        [
            orderId, t.channel.rawValue, t.language.rawValue, t.subject, t.status.rawValue, t.priority.rank,
            t.category.rawValue, t.priorityIsManual, t.categoryIsManual, encodeTags(t.tags), t.assignee,
            t.department, t.mergedInto, seconds(t.createdAt), seconds(t.updatedAt), seconds(t.firstRespondedAt),
            seconds(t.solvedAt), t.resolutionClock.usedSeconds, seconds(t.resolutionClock.runningSince), t.version,
            t.csat, t.nps, seconds(policy.nextDue(for: t)), InboxOrder.key(for: t, policy: policy),
        ]
    }
}

/// A ticket as the inbox shows it: with who the customer is and their tier.
public struct TicketSummary: Sendable, Hashable, Identifiable {
    public var ticket: Ticket
    public var customerName: String
    public var customerTier: LoyaltyTier
    public var replyCount: Int
    public var messageCount: Int
    public var id: Int64 { ticket.id }

    public init(ticket: Ticket, customerName: String, customerTier: LoyaltyTier, replyCount: Int, messageCount: Int) {
        self.ticket = ticket
        self.customerName = customerName
        self.customerTier = customerTier
        self.replyCount = replyCount
        self.messageCount = messageCount
    }
}
