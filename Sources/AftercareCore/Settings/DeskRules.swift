import Foundation

/// The domain rules the store needs while writing.
public struct DeskRules: Sendable, Hashable {
    public var sla: SLAPolicy
    public var loyalty: LoyaltyProgram
    public var triage: TriageRules

    public init(sla: SLAPolicy, loyalty: LoyaltyProgram, triage: TriageRules) {
        self.sla = sla
        self.loyalty = loyalty
        self.triage = triage
    }

    public static let standard = DeskRules(sla: .standard, loyalty: .standard, triage: .standard)
}
