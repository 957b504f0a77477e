import AftercareCore
import AftercareStore
import Foundation
import GRDB

/// Which consoles are open, on which ticket, writing or not: rows every console rewrites every
/// `ConsolePresence.heartbeatInterval` (one small write) and reads every few seconds.
extension AppDatabase {
    /// This console is still here (and where it is). Rows of consoles gone for a day are cleared.
    public func heartbeat(_ presence: ConsolePresence) throws {
        try write { db in
            try db.execute(sql: """
                INSERT INTO console_session (session, agent, terminal, ticket_id, composing, seen_at) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT(session) DO UPDATE SET agent = excluded.agent, terminal = excluded.terminal, ticket_id = excluded.ticket_id,
                    composing = excluded.composing, seen_at = excluded.seen_at
                """, arguments: [presence.session, presence.agent, presence.terminal, presence.ticketId, presence.composing,
                                 TicketRow.seconds(presence.seenAt)])
            try db.execute(sql: "DELETE FROM console_session WHERE seen_at < ?",
                           arguments: [TicketRow.seconds(presence.seenAt.addingTimeInterval(-86_400))])
        }
    }

    /// The console closed: it stops showing at once, and its drafts are offered to the agent's next console.
    public func endSession(_ session: String) throws {
        try write { db in try db.execute(sql: "DELETE FROM console_session WHERE session = ?", arguments: [session]) }
    }

    /// Every console heard from within `ConsolePresence.liveWindow` of `now`.
    public func presence(at now: Date) throws -> [ConsolePresence] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT session, agent, terminal, ticket_id, composing, seen_at FROM console_session WHERE seen_at >= ? ORDER BY agent, session
                """, arguments: [TicketRow.seconds(now.addingTimeInterval(-ConsolePresence.liveWindow))]).map {
                ConsolePresence(session: $0[0], agent: $0[1], terminal: $0[2], ticketId: $0[3], composing: $0[4], seenAt: TicketRow.date($0[5])!)
            }
        }
    }
}
