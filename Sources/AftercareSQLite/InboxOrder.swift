import AftercareCore
import AftercareStore
import Foundation

/// The inbox order as one integer per ticket (`ticket.inbox_key`), so a single index serves the
/// queue and keyset paging (`ORDER BY inbox_key, priority, id`):
///
/// - a running SLA clock: its due time in Unix seconds, so breached (past) first, then nearest;
/// - paused (pending, on-hold): after every running one, least time left first;
/// - solved and closed: after every active one, most recently updated first.
enum InboxOrder {
    static let pausedBase: Int64 = 3_000_000_000
    /// Every key below this is an active ticket.
    static let activeLimit: Int64 = 5_000_000_000
    static let inactiveBase: Int64 = 8_000_000_000

    static func key(for ticket: Ticket, policy: SLAPolicy) -> Int64 {
        guard ticket.status.isActive else {
            return inactiveBase - Int64(ticket.updatedAt.timeIntervalSince1970)
        }
        if let due = policy.nextDue(for: ticket) {
            return Int64(due.timeIntervalSince1970.rounded(.down))
        }
        let left = policy.targets(for: ticket).resolutionSeconds - ticket.resolutionClock.usedSeconds
        return pausedBase + min(max(left, 0), 999_999_999)
    }
}
