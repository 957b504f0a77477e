import AftercareCore
import AftercareStore
import Foundation
import GRDB

/// Drafts, one per ticket, agent and console. A console reads its own draft, or the newest one
/// the same agent left in a console that is no longer running (a dropped connection), never
/// the draft of a console still open on another terminal.
extension AppDatabase {
    /// Saves (or with an empty body, discards) one console's draft.
    public func saveDraft(_ draft: Draft) throws {
        try write { db in
            if draft.body.isEmpty {
                try db.execute(sql: "DELETE FROM draft WHERE ticket_id = ? AND agent = ? AND session = ?",
                               arguments: [draft.ticketId, draft.agent, draft.session])
                return
            }
            try db.execute(sql: """
                INSERT INTO draft (ticket_id, agent, session, kind, body, base_version, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(ticket_id, agent, session) DO UPDATE SET kind = excluded.kind, body = excluded.body,
                    base_version = excluded.base_version, updated_at = excluded.updated_at
                """, arguments: [draft.ticketId, draft.agent, draft.session, draft.kind.rawValue, draft.body, draft.baseVersion,
                                 TicketRow.seconds(draft.updatedAt)])
        }
    }

    /// This console's draft on the ticket, else the newest the agent left in a console that is
    /// gone (no live `console_session` row).
    public func draft(ticket id: Int64, agent: String, session: String, now: Date) throws -> Draft? {
        try read { db in
            let live = TicketRow.seconds(now.addingTimeInterval(-ConsolePresence.liveWindow))!
            return try Row.fetchOne(db, sql: """
                SELECT d.session, d.kind, d.body, d.base_version, d.updated_at FROM draft d
                WHERE d.ticket_id = ? AND d.agent = ?
                  AND (d.session = ? OR NOT EXISTS (SELECT 1 FROM console_session c WHERE c.session = d.session AND c.seen_at >= ?))
                ORDER BY d.session = ? DESC, d.updated_at DESC LIMIT 1
                """, arguments: [id, agent, session, live, session]).map {
                Draft(ticketId: id, agent: agent, session: $0[0], kind: MessageKind(rawValue: $0[1]) ?? .reply, body: $0[2],
                      baseVersion: $0[3], updatedAt: TicketRow.date($0[4])!)
            }
        }
    }

    public func discardDraft(ticket id: Int64, agent: String, session: String) throws {
        try write { db in
            try db.execute(sql: "DELETE FROM draft WHERE ticket_id = ? AND agent = ? AND session = ?", arguments: [id, agent, session])
        }
    }
}
