import AftercareCore
import Foundation
import TerminalKit

/// How tickets' clocks, dates and labels are written on screen. Pure: dates are shown in the
/// desk's business time zone (from the SLA calendar), never the process's.
enum DisplayFormat {
    /// Short SLA text and its role for one clock: "LATE 2h10m" (breached), "1h05m" (near),
    /// "5h20m" (fine), "paused 3h" (pending/on hold), "met"/"late" once answered.
    static func clock(_ state: SLAClockState) -> (text: String, role: ThemeRole) {
        switch state {
        case let .running(_, left):
            if left < 0 { return ("LATE " + DurationText.short(seconds: -left), .slaBreached) }
            return (DurationText.short(seconds: left), left < SLACell.nearBreachSeconds ? .slaNear : .slaOK)
        case let .paused(left):
            if left < 0 { return ("LATE " + DurationText.short(seconds: -left) + " paused", .slaBreached) }
            return ("paused " + DurationText.short(seconds: left), .slaPaused)
        case let .met(_, _, breached):
            return breached ? ("met late", .dim) : ("met", .dim)
        case .none:
            return ("–", .dim)
        }
    }

    /// The next-reply clock while the customer waits; otherwise how the next replies went
    /// ("2 met", "1 of 3 late"), or "–" when the customer never wrote again.
    static func nextReplyClock(_ state: SLAClockState, record: NextReplyRecord) -> (text: String, role: ThemeRole) {
        if case .running = state { return clock(state) }
        guard record.count > 0 else { return ("–", .dim) }
        if record.late == 0 { return ("\(record.count) met", .dim) }
        return ("\(record.late) of \(record.count) late", .dim)
    }

    /// The inbox SLA cell (see `SLACell`) and the role it is drawn in.
    static func slaCell(_ ticket: Ticket, policy: SLAPolicy, now: Date) -> (text: String, role: ThemeRole) {
        let cell = SLACell(ticket: ticket, policy: policy, now: now)
        let role: ThemeRole = switch cell.urgency {
        case .breached: .slaBreached
        case .near: .slaNear
        case .onTrack: .slaOK
        case .paused: .slaPaused
        case .finished: .dim
        }
        return (cell.text, role)
    }

    static func priorityRole(_ p: Priority) -> ThemeRole {
        switch p {
        case .urgent: .priorityUrgent
        case .high: .priorityHigh
        case .normal: .normal
        case .low: .dim
        }
    }

    static func status(_ s: TicketStatus) -> String {
        s == .onHold ? "on hold" : s.rawValue
    }

    /// "张伟 ★" for VIP customers.
    static func customer(_ name: String, tier: LoyaltyTier) -> String {
        tier.isVIP ? name + " ★" : name
    }

    static func tier(_ tier: LoyaltyTier) -> String {
        switch tier {
        case .none: "no purchases"
        case .silver: "silver"
        case .gold: "gold ★ VIP"
        case .platinum: "platinum ★ VIP"
        }
    }

    /// Wall-clock age: "45m", "3h20m", "2d4h".
    static func age(since date: Date, now: Date) -> String {
        DurationText.short(seconds: max(0, Int64(now.timeIntervalSince(date))))
    }

    /// "just now", "2m ago", "1d3h ago": when something happened, in wall-clock time.
    static func ago(_ date: Date, now: Date) -> String {
        let seconds = Int64(now.timeIntervalSince(date))
        return seconds < 60 ? "just now" : DurationText.short(seconds: seconds) + " ago"
    }

    /// "11-20 09:12" on the desk's wall clock.
    static func dateTime(_ date: Date, policy: SLAPolicy) -> String {
        DeskLocalTime(policy: policy).shortDateTime(date)
    }

    /// "2026-11-20"
    static func date(_ date: Date, policy: SLAPolicy) -> String {
        DeskLocalTime(policy: policy).date(date)
    }

    static func milestone(_ kind: MilestoneKind) -> String {
        switch kind {
        case .labelCreated: "label created"
        case .inTransit: "in transit"
        case .customs: "customs"
        case .outForDelivery: "out for delivery"
        case .delivered: "delivered"
        case .failedDelivery: "delivery failed"
        }
    }

    static func touchpoint(_ kind: TouchpointKind) -> String {
        kind.rawValue.replacingOccurrences(of: "_", with: " ")
    }

    /// "return refund", "not received": short enough for a column.
    static func category(_ c: TicketCategory) -> String { c.rawValue.replacingOccurrences(of: "_", with: " ") }
}
