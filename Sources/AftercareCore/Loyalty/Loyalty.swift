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

/// The shop's loyalty scheme (domain.md's example as the default): tier thresholds, points per
/// unit of the desk currency, what a point is worth, and the referral discount.
public struct LoyaltyProgram: Sendable, Hashable {
    /// A tier is reached by order count OR lifetime spend; either may be left out.
    public struct Threshold: Sendable, Hashable {
        public var tier: LoyaltyTier
        public var minOrders: Int?
        /// Lifetime spend in minor units of `LoyaltyProgram.currency`.
        public var minSpendMinor: Int64?

        public init(tier: LoyaltyTier, minOrders: Int?, minSpendMinor: Int64?) {
            self.tier = tier
            self.minOrders = minOrders
            self.minSpendMinor = minSpendMinor
        }
    }

    /// Lowest tier first; tiers left out are never reached.
    public var thresholds: [Threshold] { didSet { spendCNY = Self.referenceSpends(thresholds, currency) } }
    /// The desk currency thresholds and points are counted in.
    public var currency: String { didSet { spendCNY = Self.referenceSpends(thresholds, currency) } }
    /// Points per whole unit of the desk currency spent.
    public var pointsPerUnit: Int
    /// What one point is worth when redeemed, in minor units of the desk currency.
    public var pointValueMinor: Int64
    /// Discount both sides of a referral get, in percent.
    public var referralDiscountPercent: Int

    /// Thresholds in CNY minor units: lifetime spend is kept at the reference rates (orders come in
    /// several currencies), so the comparison happens there.
    private var spendCNY: [Int64?]

    public init(thresholds: [Threshold], currency: String = "CNY", pointsPerUnit: Int = 1, pointValueMinor: Int64 = 1,
                referralDiscountPercent: Int = 15) {
        self.thresholds = thresholds
        self.currency = currency
        self.pointsPerUnit = pointsPerUnit
        self.pointValueMinor = pointValueMinor
        self.referralDiscountPercent = referralDiscountPercent
        spendCNY = Self.referenceSpends(thresholds, currency)
    }

    /// Silver: any purchase. Gold: 3+ orders or ¥500+. Platinum: 10+ orders or ¥2000+. One point
    /// per ¥1, a point worth ¥0.01, 15 % off for both sides of a referral.
    public static let standard = LoyaltyProgram(thresholds: [
        Threshold(tier: .silver, minOrders: 1, minSpendMinor: nil),
        Threshold(tier: .gold, minOrders: 3, minSpendMinor: 500_00),
        Threshold(tier: .platinum, minOrders: 10, minSpendMinor: 2000_00),
    ])

    /// The tier for an order count and a lifetime spend in CNY minor units (the store's unit).
    public func tier(orderCount: Int, lifetimeSpendMinor: Int64) -> LoyaltyTier {
        var best = LoyaltyTier.none
        for (threshold, spend) in zip(thresholds, spendCNY) {
            let byOrders = threshold.minOrders.map { orderCount >= $0 } ?? false
            let bySpend = spend.map { lifetimeSpendMinor >= $0 } ?? false
            if byOrders || bySpend { best = max(best, threshold.tier) }
        }
        return best
    }

    public func tier(of customer: Customer) -> LoyaltyTier {
        tier(orderCount: customer.orderCount, lifetimeSpendMinor: customer.lifetimeSpend.minorUnits)
    }

    /// Points earned for a spend in minor units of the desk currency; refunds and negative
    /// amounts earn none.
    public func points(forSpendMinor minorUnits: Int64) -> Int64 {
        guard minorUnits > 0 else { return 0 }
        let (product, overflow) = (minorUnits / 100).multipliedReportingOverflow(by: Int64(pointsPerUnit))
        return overflow ? .max : product
    }

    private static func referenceSpends(_ thresholds: [Threshold], _ currency: String) -> [Int64?] {
        thresholds.map { threshold in threshold.minSpendMinor.map { Money(minorUnits: $0, currency: currency).approximateCNYMinorUnits } }
    }
}
