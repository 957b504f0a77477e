/// The desk's SLA targets: per priority, and caps per category.
public struct ServiceLevels: Sendable, Hashable {
    public var targets: [Priority: SLATargets]
    public var categoryCaps: [TicketCategory: SLACap]

    public init(targets: [Priority: SLATargets], categoryCaps: [TicketCategory: SLACap]) {
        self.targets = targets
        self.categoryCaps = categoryCaps
    }

    public static let standard = ServiceLevels(targets: SLAPolicy.standardTargets, categoryCaps: SLAPolicy.standardCategoryCaps)
}
