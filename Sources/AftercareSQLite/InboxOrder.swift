import AftercareCore
import AftercareStore
import Foundation

/// The inbox order as one integer per ticket (`ticket.inbox_key`), so a single index serves the
/// queue and keyset paging (`ORDER BY inbox_key, priority, id`):
///
/// - a running SLA clock: its due time in Unix seconds, so breached (past) first, then nearest;
/// - paused (pending, on-hold) past its resolution target: still breached, so keyed by when it
///   breached, among the other breached tickets (the breached view is `inbox_key < now`);
/// - paused within its target: after every running one, least time left first;
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
            return Int64(saturating: due.timeIntervalSince1970.rounded(.down))
        }
        let left = policy.targets(for: ticket).resolutionSeconds - ticket.resolutionClock.usedSeconds
        if left < 0 {
            // The breach instant, counted back in business time from when the clock stopped. The
            // ticket's last change stands for that moment (pausing is a change; the key is
            // recomputed on every change), so the key stays put while the ticket waits.
            let breachedAt = policy.calendar.adding(businessSeconds: left, to: ticket.updatedAt)
            return min(Int64(saturating: breachedAt.timeIntervalSince1970.rounded(.down)), pausedBase - 1)
        }
        return pausedBase + min(left, 999_999_999)
    }
}
