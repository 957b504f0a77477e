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

    /// Returns how many tickets changed place.
    static func recompute(_ db: Database, policy: SLAPolicy) throws -> Int {
        let update = try RawStatement(db, "UPDATE ticket SET sla_due = ?, inbox_key = ? WHERE id = ?")
        let read = try db.makeStatement(sql: """
            SELECT id, status, priority, category, created_at, updated_at, first_responded_at, clock_used, clock_since,
                   next_reply_since, inbox_key
            FROM ticket WHERE id > ? AND inbox_key < \(InboxOrder.activeLimit) ORDER BY id LIMIT \(chunk)
            """)
        var after: Int64 = 0
        var changed = 0
        while true {
            let rows = try Row.fetchAll(read, arguments: [after])
            guard let last = rows.last else { break }
            after = last["id"]
            for row in rows {
                let ticket = clockFields(row)
                let key = InboxOrder.key(for: ticket, policy: policy)
                guard key != row["inbox_key"] as Int64 else { continue }
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
        let created = TicketRow.date(row["created_at"])!
        return Ticket(
            id: row["id"], externalId: "", customerExternalId: "", channel: .web, language: .zh, subject: "",
            status: TicketStatus(rawValue: row["status"]) ?? .open, priority: Priority(rank: row["priority"]) ?? .normal,
            category: TicketCategory(rawValue: row["category"]) ?? .other, createdAt: created,
            updatedAt: TicketRow.date(row["updated_at"]), firstRespondedAt: TicketRow.date(row["first_responded_at"]),
            resolutionClock: ResolutionClock(usedSeconds: row["clock_used"], runningSince: TicketRow.date(row["clock_since"])),
            awaitingReplySince: TicketRow.date(row["next_reply_since"]))
    }
}
