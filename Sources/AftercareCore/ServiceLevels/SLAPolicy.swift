import Foundation

/// Service-level targets per priority (and optionally per category) on a business calendar.
///
/// The targets for a ticket are the stricter, component by component, of its priority's targets
/// and its category's override (see `targets(for:)`). Standard targets, in business hours
/// (first response / resolution), from domain.md's "exceptional first response < 2 h" and the
/// return/exchange rule "respond within 2 h, decide within 48 h":
///
/// | priority | first response | resolution |
/// |----------|----------------|------------|
/// | urgent   | 1 h            | 8 h        |
/// | high     | 2 h            | 24 h       |
/// | normal   | 8 h            | 48 h       |
/// | low      | 24 h           | 72 h       |
///
/// and `returnRefund` at most 2 h / 48 h whatever the priority. With the standard calendar
/// (12 business hours a day) 24 h is two working days.
public struct SLAPolicy: Codable, Sendable, Hashable {
    public var calendar: BusinessCalendar
    public var targets: [Priority: SLATargets]
    /// Per-category targets; where one exists, the stricter of it and the priority's target wins.
    public var categoryTargets: [TicketCategory: SLATargets]

    public init(calendar: BusinessCalendar, targets: [Priority: SLATargets], categoryTargets: [TicketCategory: SLATargets] = [:]) {
        self.calendar = calendar
        self.targets = targets
        self.categoryTargets = categoryTargets
    }

    public static let standardTargets: [Priority: SLATargets] = [
        .urgent: .hours(firstResponse: 1, resolution: 8),
        .high: .hours(firstResponse: 2, resolution: 24),
        .normal: .hours(firstResponse: 8, resolution: 48),
        .low: .hours(firstResponse: 24, resolution: 72),
    ]

    public static let standardCategoryTargets: [TicketCategory: SLATargets] = [
        .returnRefund: .hours(firstResponse: 2, resolution: 48),
    ]

    public static let standard = SLAPolicy(calendar: .standard, targets: standardTargets,
                                           categoryTargets: standardCategoryTargets)

    /// Used for a priority missing from `targets`.
    public static let fallbackTargets = SLATargets.hours(firstResponse: 24, resolution: 120)

    public func targets(for priority: Priority) -> SLATargets {
        targets[priority] ?? SLAPolicy.fallbackTargets
    }

    /// The priority's targets, tightened by the category's override where there is one.
    public func targets(priority: Priority, category: TicketCategory) -> SLATargets {
        let base = targets(for: priority)
        guard let override = categoryTargets[category] else { return base }
        return base.stricter(override)
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

    /// The instant the inbox sorts by: the first-response due time while unanswered, then the
    /// resolution due time; nil when no clock is running (paused or finished).
    public func nextDue(for ticket: Ticket) -> Date? {
        guard ticket.status.isActive else { return nil }
        if ticket.firstRespondedAt == nil { return firstResponseDue(for: ticket) }
        return resolutionDue(for: ticket)
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

    // MARK: Codable: targets keyed by their raw names, so a config file reads naturally

    private enum CodingKeys: String, CodingKey {
        case calendar, targets, categoryTargets
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        calendar = try c.decodeIfPresent(BusinessCalendar.self, forKey: .calendar) ?? .standard
        let byPriority = try c.decodeIfPresent([String: SLATargets].self, forKey: .targets)
        let byCategory = try c.decodeIfPresent([String: SLATargets].self, forKey: .categoryTargets)
        targets = try SLAPolicy.keyed(byPriority, default: SLAPolicy.standardTargets, path: "targets")
        categoryTargets = try SLAPolicy.keyed(byCategory, default: [:], path: "categoryTargets")
    }

    private static func keyed<Key: RawRepresentable & Hashable>(
        _ raw: [String: SLATargets]?, default fallback: [Key: SLATargets], path: String
    ) throws -> [Key: SLATargets] where Key.RawValue == String {
        guard let raw else { return fallback }
        var result: [Key: SLATargets] = [:]
        for (name, value) in raw {
            guard let key = Key(rawValue: name) else {
                throw DomainError.invalidValue(field: path, value: name, expected: "a known name")
            }
            result[key] = value
        }
        return result
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(calendar, forKey: .calendar)
        try c.encode(Dictionary(uniqueKeysWithValues: targets.map { ($0.key.rawValue, $0.value) }), forKey: .targets)
        try c.encode(Dictionary(uniqueKeysWithValues: categoryTargets.map { ($0.key.rawValue, $0.value) }),
                     forKey: .categoryTargets)
    }
}
