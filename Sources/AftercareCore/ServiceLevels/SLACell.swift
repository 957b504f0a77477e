import Foundation

/// How pressing a ticket's SLA is, for colouring and sorting the eye.
public enum SLAUrgency: Sendable, Hashable {
    case breached
    /// Less than `SLACell.nearBreachSeconds` of business time left.
    case near
    case onTrack
    case paused
    /// Solved or closed: no clock runs.
    case finished
}

/// The inbox's SLA column, the same on the command line and in the console: the clock the agent
/// must beat next ("LATE 2h10m", "1h05m", "paused"), or the final state of a finished ticket.
public struct SLACell: Sendable, Hashable {
    public var text: String
    public var urgency: SLAUrgency

    public static let nearBreachSeconds: Int64 = 2 * 3600

    public init(ticket: Ticket, policy: SLAPolicy, now: Date) {
        guard ticket.status.isActive else {
            self.init(text: ticket.status == .solved ? "solved" : "closed", urgency: .finished)
            return
        }
        switch policy.state(of: ticket, at: now).current {
        case let .running(_, left) where left < 0, let .paused(left) where left < 0:
            self.init(text: "LATE " + DurationText.short(seconds: -left), urgency: .breached)
        case let .running(_, left):
            self.init(text: DurationText.short(seconds: left), urgency: left < Self.nearBreachSeconds ? .near : .onTrack)
        case .paused:
            self.init(text: "paused", urgency: .paused)
        case let .met(_, _, breached):
            self.init(text: breached ? "met late" : "met", urgency: .finished)
        case .none:
            self.init(text: "–", urgency: .finished)
        }
    }

    public init(text: String, urgency: SLAUrgency) {
        self.text = text
        self.urgency = urgency
    }
}
