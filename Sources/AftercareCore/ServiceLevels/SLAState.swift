import Foundation

/// The state of one SLA clock at a given `now`.
public enum SLAClockState: Sendable, Hashable {
    /// Done in time (or late: `breached` says which).
    case met(at: Date, due: Date, breached: Bool)
    /// Running: `businessSecondsLeft` may be negative once breached.
    case running(due: Date, businessSecondsLeft: Int64)
    /// Paused (pending / on-hold): time left is kept.
    case paused(businessSecondsLeft: Int64)
    /// Not applicable (e.g. resolution of a closed ticket that never ran).
    case none

    public var isBreached: Bool {
        switch self {
        case let .met(_, _, breached): breached
        case let .running(_, left): left < 0
        case let .paused(left): left < 0
        case .none: false
        }
    }
}

public struct SLAState: Sendable, Hashable {
    public var firstResponse: SLAClockState
    /// The customer wrote again after being answered and waits for the next reply.
    public var nextReply: SLAClockState
    public var resolution: SLAClockState

    public init(firstResponse: SLAClockState, nextReply: SLAClockState = .none, resolution: SLAClockState) {
        self.firstResponse = firstResponse
        self.nextReply = nextReply
        self.resolution = resolution
    }

    /// The clock the agent must beat next: first response while unanswered, then the earlier of
    /// a running next-reply clock and the resolution clock.
    public var current: SLAClockState {
        if case .running = firstResponse { return firstResponse }
        if case let .running(due, _) = nextReply {
            if case let .running(resolutionDue, _) = resolution, resolutionDue < due { return resolution }
            return nextReply
        }
        return resolution
    }

    /// Breached now: a running clock past due, or a paused resolution clock already over.
    public var isBreached: Bool {
        if case .running = firstResponse, firstResponse.isBreached { return true }
        if case .running = nextReply, nextReply.isBreached { return true }
        switch resolution {
        case .running, .paused: return resolution.isBreached
        default: return false
        }
    }
}
