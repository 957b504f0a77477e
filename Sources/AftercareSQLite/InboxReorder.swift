import AftercareCore
import Foundation
import GRDB

/// Recomputes the stored inbox order (`sla_due`, `inbox_key`) of every active ticket after the
/// calendar or the targets changed, inside the caller's transaction. Readers go on meanwhile (WAL:
/// they read the snapshot from before the save until it commits).
///
/// Tickets are read in chunks by id with only the columns the clocks need, and only rows whose
/// key moves are written, so a change that moves few due times costs little.
enum InboxReorder {
    static let chunk = 20_000

    /// The columns the clocks need, in the order the chunk query reads them.
    enum Column: Int, SelectedColumns {
        case id, status, priority, category, createdAt, updatedAt, firstRespondedAt, clockUsed, clockSince, nextReplySince, inboxKey

        var expression: String {
            switch self {
            case .id: "id"
            case .status: "status"
            case .priority: "priority"
            case .category: "category"
            case .createdAt: "created_at"
            case .updatedAt: "updated_at"
            case .firstRespondedAt: "first_responded_at"
            case .clockUsed: "clock_used"
            case .clockSince: "clock_since"
            case .nextReplySince: "next_reply_since"
            case .inboxKey: "inbox_key"
            }
        }
    }

    /// Returns how many tickets changed place.
    static func recompute(_ db: Database, policy: SLAPolicy) throws -> Int {
        let update = try RawStatement(db, "UPDATE ticket SET sla_due = ?, inbox_key = ? WHERE id = ?")
        let read = try db.makeStatement(sql: """
            SELECT \(Column.selectList)
            FROM ticket WHERE id > ? AND inbox_key < \(InboxOrder.activeLimit) ORDER BY id LIMIT \(chunk)
            """)
        var after: Int64 = 0
        var changed = 0
        while true {
            let rows = try Row.fetchAll(read, arguments: [after])
            guard let last = rows.last else { break }
            after = last[Column.id]
            for row in rows {
                let ticket = clockFields(row)
                let key = InboxOrder.key(for: ticket, policy: policy)
                guard key != row[Column.inboxKey] as Int64 else { continue }
                update.bind(1, TicketRow.seconds(policy.nextDue(for: ticket)))
                update.bind(2, key)
                update.bind(3, ticket.id)
                try update.run()
                changed += 1
            }
            if rows.count < chunk { break }
        }
        return changed
    }

    /// A ticket with the fields its SLA clocks read (the rest left blank).
    private static func clockFields(_ row: Row) -> Ticket {
        typealias C = Column
        return Ticket(
            id: row[C.id], externalId: "", customerExternalId: "", channel: .web, language: .zh, subject: "",
            status: TicketStatus(rawValue: row[C.status]) ?? .open, priority: Priority(rank: row[C.priority]) ?? .normal,
            category: TicketCategory(rawValue: row[C.category]) ?? .other, createdAt: TicketRow.date(row[C.createdAt])!,
            updatedAt: TicketRow.date(row[C.updatedAt]), firstRespondedAt: TicketRow.date(row[C.firstRespondedAt]),
            resolutionClock: ResolutionClock(usedSeconds: row[C.clockUsed], runningSince: TicketRow.date(row[C.clockSince])),
            awaitingReplySince: TicketRow.date(row[C.nextReplySince]))
    }
}
