/// Everything a shop decides about how its desk runs, one set for the whole desk: every agent and
/// every process computes the same SLA from it. The store keeps it (versioned and audited); the
/// settings file (TOML) is its written form.
public struct DeskSettings: Sendable, Hashable {
    /// Loyalty counts in the shop's currency, so changing one changes the other.
    public var shop: ShopSettings { didSet { loyalty.currency = shop.currency } }
    public var calendar: CalendarSettings { didSet { sla = Self.policy(calendar, serviceLevels) } }
    public var serviceLevels: ServiceLevels { didSet { sla = Self.policy(calendar, serviceLevels) } }
    public var loyalty: LoyaltyProgram
    public var followUps: FollowUpPolicy
    public var triage: TriageRules
    /// The SLA policy the calendar and targets make (derived, kept so clocks never rebuild it).
    public private(set) var sla: SLAPolicy

    public init(shop: ShopSettings, calendar: CalendarSettings, serviceLevels: ServiceLevels, loyalty: LoyaltyProgram,
                followUps: FollowUpPolicy, triage: TriageRules) {
        self.shop = shop
        self.calendar = calendar
        self.serviceLevels = serviceLevels
        var loyalty = loyalty
        loyalty.currency = shop.currency
        self.loyalty = loyalty
        self.followUps = followUps
        self.triage = triage
        sla = Self.policy(calendar, serviceLevels)
    }

    /// What a new desk starts with: the behaviour Aftercare had before settings existed.
    public static let standard = DeskSettings(
        shop: .standard, calendar: .standard, serviceLevels: .standard, loyalty: .standard, followUps: .standard,
        triage: .standard)

    private static func policy(_ calendar: CalendarSettings, _ levels: ServiceLevels) -> SLAPolicy {
        SLAPolicy(calendar: calendar.businessCalendar, targets: levels.targets, categoryCaps: levels.categoryCaps)
    }

    /// True when the two settings put tickets in a different inbox order (calendar or targets
    /// changed): the store then recomputes the order of every active ticket.
    public func changesInboxOrder(comparedTo other: DeskSettings) -> Bool {
        calendar != other.calendar || serviceLevels != other.serviceLevels
    }
}
