/// Loyalty tiers, lowest first. `none` is a customer who has not bought yet.
public enum LoyaltyTier: String, Codable, CaseIterable, Sendable, Hashable, Comparable {
    case none
    case silver
    case gold
    case platinum

    public var level: Int { LoyaltyTier.allCases.firstIndex(of: self)! }
    public static func < (lhs: LoyaltyTier, rhs: LoyaltyTier) -> Bool { lhs.level < rhs.level }
    /// Gold and above get priority support.
    public var isVIP: Bool { self >= .gold }
}

/// Thresholds for each tier: reached by order count OR lifetime spend (domain.md's example as default).
public struct LoyaltyProgram: Codable, Sendable, Hashable {
    public struct Threshold: Codable, Sendable, Hashable {
        public var tier: LoyaltyTier
        public var minOrders: Int
        /// Lifetime spend in minor units of the shop currency.
        public var minSpendMinor: Int64

        public init(tier: LoyaltyTier, minOrders: Int, minSpendMinor: Int64) {
            self.tier = tier
            self.minOrders = minOrders
            self.minSpendMinor = minSpendMinor
        }
    }

    public var thresholds: [Threshold]

    public init(thresholds: [Threshold]) { self.thresholds = thresholds }

    /// Silver: any purchase. Gold: 3+ orders or ¥500+. Platinum: 10+ orders or ¥2000+.
    public static let standard = LoyaltyProgram(thresholds: [
        Threshold(tier: .silver, minOrders: 1, minSpendMinor: Int64.max),
        Threshold(tier: .gold, minOrders: 3, minSpendMinor: 500_00),
        Threshold(tier: .platinum, minOrders: 10, minSpendMinor: 2000_00),
    ])

    public func tier(orderCount: Int, lifetimeSpendMinor: Int64) -> LoyaltyTier {
        var best = LoyaltyTier.none
        for threshold in thresholds where orderCount >= threshold.minOrders || lifetimeSpendMinor >= threshold.minSpendMinor {
            best = max(best, threshold.tier)
        }
        return best
    }

    public func tier(of customer: Customer) -> LoyaltyTier {
        tier(orderCount: customer.orderCount, lifetimeSpendMinor: customer.lifetimeSpend.minorUnits)
    }
}

extension LoyaltyProgram {
    /// Loyalty points for a spend: 1 point per whole ¥1 (per whole unit of the shop currency).
    /// Refunds and negative amounts earn none.
    public static func points(forSpendMinor minorUnits: Int64) -> Int64 { max(0, minorUnits / 100) }
}
