import AftercareCore
import AftercareStore
import Foundation
import GRDB

extension AppDatabase {
    /// Saves (or with an empty body, discards) the agent's draft on a ticket. Drafts are per agent:
    /// two agents on one ticket never overwrite each other's.
    public func saveDraft(_ draft: Draft) throws {
        try write { db in
            if draft.body.isEmpty {
                try db.execute(sql: "DELETE FROM draft WHERE ticket_id = ? AND agent = ?", arguments: [draft.ticketId, draft.agent])
                return
            }
            try db.execute(sql: """
                INSERT INTO draft (ticket_id, agent, kind, body, updated_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT(ticket_id, agent) DO UPDATE SET kind = excluded.kind, body = excluded.body, updated_at = excluded.updated_at
                """, arguments: [draft.ticketId, draft.agent, draft.kind.rawValue, draft.body, TicketRow.seconds(draft.updatedAt)])
        }
    }

    public func draft(ticket id: Int64, agent: String) throws -> Draft? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT kind, body, updated_at FROM draft WHERE ticket_id = ? AND agent = ?", arguments: [id, agent]).map {
                Draft(ticketId: id, agent: agent, kind: MessageKind(rawValue: $0[0]) ?? .reply, body: $0[1], updatedAt: TicketRow.date($0[2])!)
            }
        }
    }

    public func discardDraft(ticket id: Int64, agent: String) throws {
        try write { db in
            try db.execute(sql: "DELETE FROM draft WHERE ticket_id = ? AND agent = ?", arguments: [id, agent])
        }
    }
}
