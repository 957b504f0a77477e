import Foundation

// INTERIM: signatures are fixed (the store and CLI are written against them); the bodies are a
// 24/7 first cut that the domain-rules work replaces with the business-hours calendar.

/// Opening hours used by SLA clocks.
public struct BusinessCalendar: Codable, Sendable, Hashable {
    public var timeZoneIdentifier: String
    /// ISO weekdays that are working days: 1 = Monday … 7 = Sunday.
    public var workdays: Set<Int>
    /// Minutes after midnight, local time.
    public var opensAtMinute: Int
    public var closesAtMinute: Int
    /// Local dates ("2026-10-01") that are not working days.
    public var holidays: Set<String>

    public init(timeZoneIdentifier: String, workdays: Set<Int>, opensAtMinute: Int, closesAtMinute: Int, holidays: Set<String>) {
        self.timeZoneIdentifier = timeZoneIdentifier
        self.workdays = workdays
        self.opensAtMinute = opensAtMinute
        self.closesAtMinute = closesAtMinute
        self.holidays = holidays
    }

    public static let standard = BusinessCalendar(
        timeZoneIdentifier: "Asia/Shanghai", workdays: [1, 2, 3, 4, 5, 6, 7], opensAtMinute: 0, closesAtMinute: 24 * 60,
        holidays: []
    )

    /// The instant when `seconds` of business time have passed after `start`.
    public func adding(businessSeconds seconds: Int64, to start: Date) -> Date {
        start.addingTimeInterval(TimeInterval(seconds))
    }

    /// Business seconds between two instants (0 if `end` is not after `start`).
    public func businessSeconds(from start: Date, to end: Date) -> Int64 {
        max(0, Int64(end.timeIntervalSince(start)))
    }
}

/// First-response and resolution targets for one priority, in business seconds.
public struct SLATargets: Codable, Sendable, Hashable {
    public var firstResponseSeconds: Int64
    public var resolutionSeconds: Int64

    public init(firstResponseSeconds: Int64, resolutionSeconds: Int64) {
        self.firstResponseSeconds = firstResponseSeconds
        self.resolutionSeconds = resolutionSeconds
    }
}

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

/// Service-level targets per priority on a business calendar.
public struct SLAPolicy: Codable, Sendable, Hashable {
    public var calendar: BusinessCalendar
    public var targets: [Priority: SLATargets]

    public init(calendar: BusinessCalendar, targets: [Priority: SLATargets]) {
        self.calendar = calendar
        self.targets = targets
    }

    public static let standard = SLAPolicy(calendar: .standard, targets: [
        .urgent: SLATargets(firstResponseSeconds: 2 * 3600, resolutionSeconds: 24 * 3600),
        .high: SLATargets(firstResponseSeconds: 4 * 3600, resolutionSeconds: 48 * 3600),
        .normal: SLATargets(firstResponseSeconds: 12 * 3600, resolutionSeconds: 72 * 3600),
        .low: SLATargets(firstResponseSeconds: 24 * 3600, resolutionSeconds: 120 * 3600),
    ])

    public func targets(for priority: Priority) -> SLATargets {
        targets[priority] ?? SLATargets(firstResponseSeconds: 24 * 3600, resolutionSeconds: 120 * 3600)
    }

    public func firstResponseDue(for ticket: Ticket) -> Date {
        calendar.adding(businessSeconds: targets(for: ticket.priority).firstResponseSeconds, to: ticket.createdAt)
    }

    /// When the resolution clock breaches if it keeps running; nil while it is paused.
    public func resolutionDue(for ticket: Ticket) -> Date? {
        guard let since = ticket.resolutionClock.runningSince else { return nil }
        let left = targets(for: ticket.priority).resolutionSeconds - ticket.resolutionClock.usedSeconds
        return calendar.adding(businessSeconds: left, to: since)
    }

    /// The instant the inbox sorts by: the first-response due time while unanswered, then the
    /// resolution due time; nil when no clock is running (paused or finished).
    public func nextDue(for ticket: Ticket) -> Date? {
        guard ticket.status.isActive else { return nil }
        if ticket.firstRespondedAt == nil { return firstResponseDue(for: ticket) }
        return resolutionDue(for: ticket)
    }

    public func state(of ticket: Ticket, at now: Date) -> SLAState {
        let firstDue = firstResponseDue(for: ticket)
        let first: SLAClockState
        if let answered = ticket.firstRespondedAt {
            first = .met(at: answered, due: firstDue, breached: answered > firstDue)
        } else if ticket.status.isActive {
            first = .running(due: firstDue, businessSecondsLeft: signedBusinessSeconds(from: now, to: firstDue))
        } else {
            first = .none
        }
        let target = targets(for: ticket.priority).resolutionSeconds
        let resolution: SLAClockState
        if let solved = ticket.solvedAt, !ticket.status.isActive {
            let used = ticket.resolutionClock.usedSeconds
            let due = calendar.adding(businessSeconds: target, to: ticket.createdAt)
            resolution = .met(at: solved, due: due, breached: used > target)
        } else if let due = resolutionDue(for: ticket) {
            resolution = .running(due: due, businessSecondsLeft: signedBusinessSeconds(from: now, to: due))
        } else {
            resolution = .paused(businessSecondsLeft: target - ticket.resolutionClock.usedSeconds)
        }
        return SLAState(firstResponse: first, resolution: resolution)
    }

    /// Business seconds from `now` to `due`, negative when `due` has passed.
    public func signedBusinessSeconds(from now: Date, to due: Date) -> Int64 {
        due >= now ? calendar.businessSeconds(from: now, to: due) : -calendar.businessSeconds(from: due, to: now)
    }

    /// The resolution clock after the ticket moves to `status` at `now`: paused states stop it
    /// (banking the time used), active ones restart it.
    public func clock(_ clock: ResolutionClock, afterMovingTo status: TicketStatus, at now: Date) -> ResolutionClock {
        var next = clock
        if status.pausesResolutionClock {
            if let since = clock.runningSince {
                next.usedSeconds += calendar.businessSeconds(from: since, to: now)
                next.runningSince = nil
            }
        } else if clock.runningSince == nil {
            next.runningSince = now
        }
        return next
    }
}
