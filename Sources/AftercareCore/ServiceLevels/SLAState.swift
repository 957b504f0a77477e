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
    public var resolution: SLAClockState

    public init(firstResponse: SLAClockState, resolution: SLAClockState) {
        self.firstResponse = firstResponse
        self.resolution = resolution
    }

    /// The clock the agent must beat next (first response while unanswered, then resolution).
    public var current: SLAClockState {
        if case .running = firstResponse { return firstResponse }
        return resolution
    }

    /// Breached now: an open clock past due, or a running one overdue.
    public var isBreached: Bool {
        if case .running = firstResponse, firstResponse.isBreached { return true }
        switch resolution {
        case .running, .paused: return resolution.isBreached
        default: return false
        }
    }
}
