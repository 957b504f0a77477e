import AftercareCore
import AftercareStore
import Foundation
import GRDB

/// The columns the monthly review reads, in order (it streams every ticket of the period).
enum FactsColumn: Int, SelectedColumns {
    case id, category, priority, status, channel, assignee, createdAt, firstRespondedAt, solvedAt, replyCount, clockUsed
    case csat, nps, clockSince, nextReplyCount, nextReplyLate, nextReplySeconds, nextReplySince

    var expression: String {
        switch self {
        case .id: "id"
        case .category: "category"
        case .priority: "priority"
        case .status: "status"
        case .channel: "channel"
        case .assignee: "assignee"
        case .createdAt: "created_at"
        case .firstRespondedAt: "first_responded_at"
        case .solvedAt: "solved_at"
        case .replyCount: "reply_count"
        case .clockUsed: "clock_used"
        case .csat: "csat"
        case .nps: "nps"
        case .clockSince: "clock_since"
        case .nextReplyCount: "next_reply_count"
        case .nextReplyLate: "next_reply_late"
        case .nextReplySeconds: "next_reply_seconds"
        case .nextReplySince: "next_reply_since"
        }
    }
}

extension AppDatabase {
    /// Streams the facts of every ticket created in [since, until) to `visit`, one row at a time:
    /// the monthly report folds 1M tickets without holding them.
    public func forEachTicketFacts(createdFrom since: Date?, to until: Date?, _ visit: (TicketFacts) throws -> Void) throws {
        try read { db in
            var clauses = ["1"]
            var arguments: StatementArguments = []
            if let since { clauses.append("created_at >= ?"); arguments += [TicketRow.seconds(since)] }
            if let until { clauses.append("created_at < ?"); arguments += [TicketRow.seconds(until)] }
            let cursor = try Row.fetchCursor(db, sql: """
                SELECT \(FactsColumn.selectList)
                FROM ticket WHERE \(clauses.joined(separator: " AND ")) AND merged_into IS NULL
                """, arguments: arguments)
            typealias C = FactsColumn
            while let row = try cursor.next() {
                try visit(TicketFacts(
                    id: row[C.id], category: TicketCategory(rawValue: row[C.category]) ?? .other,
                    priority: Priority(rank: row[C.priority]) ?? .normal, status: TicketStatus(rawValue: row[C.status]) ?? .open,
                    channel: Channel(rawValue: row[C.channel]) ?? .web, assignee: row[C.assignee],
                    createdAt: TicketRow.date(row[C.createdAt])!, firstRespondedAt: TicketRow.date(row[C.firstRespondedAt]),
                    solvedAt: TicketRow.date(row[C.solvedAt]), replyCount: row[C.replyCount], resolutionUsedSeconds: row[C.clockUsed, within: SaneBounds.seconds],
                    csat: row[C.csat], nps: row[C.nps], resolutionRunningSince: TicketRow.date(row[C.clockSince]),
                    nextReplies: TicketRow.nextReplies(row, count: C.nextReplyCount, late: C.nextReplyLate, seconds: C.nextReplySeconds),
                    awaitingReplySince: TicketRow.date(row[C.nextReplySince])))
            }
        }
    }
}
