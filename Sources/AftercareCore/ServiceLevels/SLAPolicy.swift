import Foundation

/// Service-level targets per priority (and optionally capped per category) on a business
/// calendar. The desk's settings hold them (`DeskSettings.serviceLevels`).
///
/// The targets for a ticket are its priority's, each component capped by its category's cap where
/// there is one (see `targets(for:)`). Standard targets, in business hours (first response / next
/// reply / resolution), from domain.md's "exceptional first response < 2 h" and the
/// return/exchange rule "respond within 2 h, decide within 48 h":
///
/// | priority | first response | next reply | resolution |
/// |----------|----------------|------------|------------|
/// | urgent   | 1 h            | 1 h        | 8 h        |
/// | high     | 2 h            | 2 h        | 24 h       |
/// | normal   | 8 h            | 8 h        | 48 h       |
/// | low      | 24 h           | 24 h       | 72 h       |
///
/// and `returnRefund` capped at 2 h / 2 h / 48 h. With the standard calendar (12 business hours a day)
/// 24 h is two working days.
public struct SLAPolicy: Sendable, Hashable {
    public var calendar: BusinessCalendar
    public var targets: [Priority: SLATargets]
    /// Per-category caps on the priority's targets.
    public var categoryCaps: [TicketCategory: SLACap]

    public init(calendar: BusinessCalendar, targets: [Priority: SLATargets], categoryCaps: [TicketCategory: SLACap] = [:]) {
        self.calendar = calendar
        self.targets = targets
        self.categoryCaps = categoryCaps
    }

    public static let standardTargets: [Priority: SLATargets] = [
        .urgent: .hours(firstResponse: 1, resolution: 8),
        .high: .hours(firstResponse: 2, resolution: 24),
        .normal: .hours(firstResponse: 8, resolution: 48),
        .low: .hours(firstResponse: 24, resolution: 72),
    ]

    public static let standardCategoryCaps: [TicketCategory: SLACap] = [
        .returnRefund: .hours(firstResponse: 2, nextReply: 2, resolution: 48),
    ]

    public static let standard = SLAPolicy(calendar: .standard, targets: standardTargets, categoryCaps: standardCategoryCaps)

    /// Used for a priority missing from `targets`.
    public static let fallbackTargets = SLATargets.hours(firstResponse: 24, resolution: 120)

    public func targets(for priority: Priority) -> SLATargets {
        targets[priority] ?? SLAPolicy.fallbackTargets
    }

    /// The priority's targets, capped by the category's where it has a cap.
    public func targets(priority: Priority, category: TicketCategory) -> SLATargets {
        let base = targets(for: priority)
        guard let cap = categoryCaps[category] else { return base }
        return base.capped(by: cap)
    }

    public func targets(for ticket: Ticket) -> SLATargets {
        targets(priority: ticket.priority, category: ticket.category)
    }

    public func firstResponseDue(for ticket: Ticket) -> Date {
        calendar.adding(businessSeconds: targets(for: ticket).firstResponseSeconds, to: ticket.createdAt)
    }

    /// When the resolution clock breaches if it keeps running; nil while it is paused.
    public func resolutionDue(for ticket: Ticket) -> Date? {
        guard let since = ticket.resolutionClock.runningSince else { return nil }
        let left = targets(for: ticket).resolutionSeconds - ticket.resolutionClock.usedSeconds
        return calendar.adding(businessSeconds: left, to: since)
    }

    /// Business seconds of resolution time left at `now` (negative once breached), counting a
    /// running clock up to `now`.
    public func resolutionSecondsLeft(for ticket: Ticket, at now: Date) -> Int64 {
        targets(for: ticket).resolutionSeconds - resolutionUsedSeconds(for: ticket, at: now)
    }

    /// Business seconds the resolution clock has used by `now` (banked plus the running span).
    public func resolutionUsedSeconds(for ticket: Ticket, at now: Date) -> Int64 {
        var used = ticket.resolutionClock.usedSeconds
        if let since = ticket.resolutionClock.runningSince { used += calendar.businessSeconds(from: since, to: now) }
        return used
    }

    /// When the next reply is due, while the customer waits for one (see `Ticket.awaitingReplySince`).
    public func nextReplyDue(for ticket: Ticket) -> Date? {
        guard ticket.status.isActive, !ticket.status.pausesResolutionClock, let since = ticket.awaitingReplySince else { return nil }
        return calendar.adding(businessSeconds: targets(for: ticket).nextReplySeconds, to: since)
    }

    /// The instant the inbox sorts by: the first-response due time while unanswered, then the
    /// earlier of the next-reply and resolution due times; nil when no clock is running.
    public func nextDue(for ticket: Ticket) -> Date? {
        guard ticket.status.isActive else { return nil }
        if ticket.firstRespondedAt == nil { return firstResponseDue(for: ticket) }
        switch (nextReplyDue(for: ticket), resolutionDue(for: ticket)) {
        case let (reply?, resolution?): return min(reply, resolution)
        case let (reply, resolution): return reply ?? resolution
        }
    }

    public func state(of ticket: Ticket, at now: Date) -> SLAState {
        let goal = targets(for: ticket)
        let firstDue = calendar.adding(businessSeconds: goal.firstResponseSeconds, to: ticket.createdAt)
        let first: SLAClockState
        if let answered = ticket.firstRespondedAt {
            first = .met(at: answered, due: firstDue, breached: answered > firstDue)
        } else if ticket.status.isActive {
            first = .running(due: firstDue, businessSecondsLeft: signedBusinessSeconds(from: now, to: firstDue))
        } else {
            first = .none
        }
        let target = goal.resolutionSeconds
        let resolution: SLAClockState
        if !ticket.status.isActive {
            if let solved = ticket.solvedAt {
                let used = ticket.resolutionClock.usedSeconds
                // The due time the clock had when it stopped (pauses taken into account).
                let due = calendar.adding(businessSeconds: target - used, to: solved)
                resolution = .met(at: solved, due: due, breached: used > target)
            } else {
                resolution = .none
            }
        } else if let due = resolutionDue(for: ticket) {
            resolution = .running(due: due, businessSecondsLeft: signedBusinessSeconds(from: now, to: due))
        } else {
            resolution = .paused(businessSecondsLeft: target - ticket.resolutionClock.usedSeconds)
        }
        var nextReply = SLAClockState.none
        if let due = nextReplyDue(for: ticket) {
            nextReply = .running(due: due, businessSecondsLeft: signedBusinessSeconds(from: now, to: due))
        }
        return SLAState(firstResponse: first, nextReply: nextReply, resolution: resolution)
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
