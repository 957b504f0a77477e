import Foundation

/// The per-order follow-up schedule of domain.md and the rules that gate it (the desk's settings
/// hold one: `DeskSettings.followUps`).
public struct FollowUpPolicy: Sendable, Hashable {
    /// One step: its touchpoint kind and the window, in whole days since the order was placed,
    /// `[fromDay, toDay)`, during which it may be sent.
    public struct Step: Sendable, Hashable {
        public var kind: TouchpointKind
        public var fromDay: Int
        public var toDay: Int

        public init(kind: TouchpointKind, fromDay: Int, toDay: Int) {
            self.kind = kind
            self.fromDay = fromDay
            self.toDay = toDay
        }
    }

    public var steps: [Step]
    /// At most this many proactive touchpoints of the `countedKinds` per customer within
    /// `capWindowDays` (domain.md: one or two messages a month).
    public var maxTouchpoints: Int
    public var capWindowDays: Int
    /// The kinds that count toward the cap. The welcome (order confirmation) is a service message
    /// and does not count by default.
    public var countedKinds: Set<TouchpointKind>

    public init(steps: [Step], maxTouchpoints: Int = 2, capWindowDays: Int = 30,
                countedKinds: Set<TouchpointKind> = Set(TouchpointKind.allCases).subtracting([.welcome])) {
        self.steps = steps
        self.maxTouchpoints = maxTouchpoints
        self.capWindowDays = capWindowDays
        self.countedKinds = countedKinds
    }

    /// Day 0 welcome · day 1–3 check-in · day 7 satisfaction check (sent until day 13) · day 14–30
    /// review request · day 30–60 offer · day 60–90 loyalty invitation · from day 90, still no
    /// newer order: re-engagement offer (once per order).
    public static let standard = FollowUpPolicy(steps: [
        Step(kind: .welcome, fromDay: 0, toDay: 1),
        Step(kind: .checkIn, fromDay: 1, toDay: 4),
        Step(kind: .satisfactionCheck, fromDay: 7, toDay: 14),
        Step(kind: .reviewRequest, fromDay: 14, toDay: 31),
        Step(kind: .offer, fromDay: 31, toDay: 61),
        Step(kind: .loyaltyInvite, fromDay: 61, toDay: 91),
        Step(kind: .reengagement, fromDay: 91, toDay: Int.max),
    ])
}

/// What the planner says about one order at `now`.
public enum FollowUpDecision: Sendable, Hashable {
    /// Send `kind` now. `step` is the schedule step it comes from: a review request for a
    /// customer with an open problem is sent as a satisfaction (feedback) check instead.
    case send(kind: TouchpointKind, step: TouchpointKind, newCustomer: Bool)
    case nothing(FollowUpSkipReason)
}

public enum FollowUpSkipReason: String, Sendable, Hashable, Codable {
    /// No step's window contains today (between steps).
    case noStepDue = "no_step_due"
    /// Today's step was already sent for this order.
    case alreadySent = "already_sent"
    /// The customer opted out of marketing follow-ups.
    case optedOut = "opted_out"
    /// The customer already had the maximum proactive touchpoints this month.
    case frequencyCap = "frequency_cap"
    /// Re-engagement is only for customers with no newer order.
    case notInactive = "not_inactive"
}

public enum FollowUpPlanner {
    /// The follow-up due for `order` at `now`.
    ///
    /// - `touchpoints`: the customer's logged touchpoints (any order; the last `capWindowDays`
    ///   are enough).
    /// - `hasOpenProblem`: the customer has an active ticket; they are asked for feedback, not for
    ///   a public review.
    /// - `lastOrderPlacedAt`: the customer's most recent order (re-engagement needs this order to
    ///   be the latest); nil means this order is the latest.
    public static func decide(
        order: Order, customer: Customer, touchpoints: [Touchpoint], hasOpenProblem: Bool,
        lastOrderPlacedAt: Date? = nil, at now: Date, policy: FollowUpPolicy = .standard
    ) -> FollowUpDecision {
        let elapsed = now.timeIntervalSince(order.placedAt)
        guard elapsed >= 0 else { return .nothing(.noStepDue) }
        let day = Int(elapsed / 86_400)
        guard let step = policy.steps.first(where: { day >= $0.fromDay && day < $0.toDay }) else {
            return .nothing(.noStepDue)
        }
        let isService = !policy.countedKinds.contains(step.kind)
        if customer.optedOut && step.kind != .welcome { return .nothing(.optedOut) }
        let sentForOrder = touchpoints.contains {
            $0.orderExternalId == order.externalId && ($0.kind == step.kind
                || (step.kind == .reviewRequest && $0.kind == .satisfactionCheck && $0.at >= step.windowStart(order)))
        }
        if sentForOrder { return .nothing(.alreadySent) }
        if step.kind == .reengagement, let latest = lastOrderPlacedAt, latest > order.placedAt {
            return .nothing(.notInactive)
        }
        if !isService {
            let since = now.addingTimeInterval(-Double(policy.capWindowDays) * 86_400)
            let recent = touchpoints.filter { policy.countedKinds.contains($0.kind) && $0.at > since && $0.at <= now }.count
            if recent >= policy.maxTouchpoints { return .nothing(.frequencyCap) }
        }
        let kind: TouchpointKind = step.kind == .reviewRequest && hasOpenProblem ? .satisfactionCheck : step.kind
        return .send(kind: kind, step: step.kind, newCustomer: customer.orderCount <= 1)
    }
}

extension FollowUpPolicy.Step {
    func windowStart(_ order: Order) -> Date { order.placedAt.addingTimeInterval(Double(fromDay) * 86_400) }
}
