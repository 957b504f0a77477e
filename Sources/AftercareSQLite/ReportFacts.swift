import AftercareCore
import AftercareStore
import Foundation
import GRDB

extension AppDatabase {
    /// Streams the facts of every ticket created in [since, until) to `visit`, one row at a time:
    /// the monthly report folds 1M tickets without holding them.
    public func forEachTicketFacts(createdFrom since: Date?, to until: Date?, _ visit: (TicketFacts) throws -> Void) throws {
        try writer.read { db in
            var clauses = ["1"]
            var arguments: StatementArguments = []
            if let since { clauses.append("created_at >= ?"); arguments += [TicketRow.seconds(since)] }
            if let until { clauses.append("created_at < ?"); arguments += [TicketRow.seconds(until)] }
            let cursor = try Row.fetchCursor(db, sql: """
                SELECT id, category, priority, status, channel, assignee, created_at, first_responded_at, solved_at,
                       reply_count, clock_used, csat, nps, clock_since
                FROM ticket WHERE \(clauses.joined(separator: " AND ")) AND merged_into IS NULL
                """, arguments: arguments)
            while let row = try cursor.next() {
                try visit(TicketFacts(
                    id: row[0], category: TicketCategory(rawValue: row[1]) ?? .other, priority: Priority(rank: row[2]) ?? .normal,
                    status: TicketStatus(rawValue: row[3]) ?? .open, channel: Channel(rawValue: row[4]) ?? .web,
                    assignee: row[5], createdAt: TicketRow.date(row[6])!, firstRespondedAt: TicketRow.date(row[7]),
                    solvedAt: TicketRow.date(row[8]), replyCount: row[9], resolutionUsedSeconds: row[10], csat: row[11], nps: row[12],
                    resolutionRunningSince: TicketRow.date(row[13])))
            }
        }
    }
}
