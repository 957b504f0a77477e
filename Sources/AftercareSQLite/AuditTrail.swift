import AftercareCore
import AftercareStore
import Foundation
import GRDB

/// Which agent-visible fields differ between two states of a ticket.
enum AuditDiff {
    static func changes(from old: Ticket, to new: Ticket) -> [AuditChange] {
        var changes: [AuditChange] = []
        func compare(_ field: String, _ a: String?, _ b: String?) {
            if a != b { changes.append(AuditChange(field: field, old: a, new: b)) }
        }
        compare("status", old.status.rawValue, new.status.rawValue)
        compare("priority", old.priority.rawValue, new.priority.rawValue)
        compare("category", old.category.rawValue, new.category.rawValue)
        compare("assignee", old.assignee, new.assignee)
        compare("department", old.department, new.department)
        compare("tags", old.tags.joined(separator: ","), new.tags.joined(separator: ","))
        compare("subject", old.subject, new.subject)
        compare("merged_into", old.mergedInto.map { "#\($0)" }, new.mergedInto.map { "#\($0)" })
        compare("order", old.orderExternalId, new.orderExternalId)
        compare("csat", old.csat.map(String.init), new.csat.map(String.init))
        compare("nps", old.nps.map(String.init), new.nps.map(String.init))
        return changes
    }
}

/// The append-only audit table (triggers in the schema refuse UPDATE and DELETE).
enum AuditTrail {
    static func record(_ db: Database, ticket: Int64, agent: Agent, at: Date, version: Int64, changes: [AuditChange]) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO audit (ticket_id, agent, at, field, old_value, new_value, version) VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        for change in changes {
            try statement.execute(arguments: [ticket, agent.login, TicketRow.seconds(at), change.field, change.old, change.new, version])
        }
    }
}

extension AppDatabase {
    /// A ticket's audit trail, oldest first.
    public func auditTrail(ticket id: Int64) throws -> [AuditEntry] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT ticket_id, agent, at, field, old_value, new_value, version FROM audit WHERE ticket_id = ? ORDER BY id
                """, arguments: [id]).map { row in
                AuditEntry(ticketId: row[0], agent: row[1], at: TicketRow.date(row[2])!,
                           change: AuditChange(field: row[3], old: row[4], new: row[5]), version: row[6])
            }
        }
    }
}
