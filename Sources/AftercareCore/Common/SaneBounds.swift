/// The largest values Aftercare takes from outside (imports, settings, the command line): far
/// beyond any shop's, yet small enough that sums over millions of tickets cannot overflow an
/// Int64. Values read back from the store are clamped into them (`clamp`), so a store edited by
/// hand cannot crash the arithmetic either.
public enum SaneBounds {
    /// Money in minor units: 0 to 10,000,000,000.00.
    public static let money: ClosedRange<Int64> = 0...1_000_000_000_000
    /// A clock's business seconds: up to a hundred years.
    public static let seconds: ClosedRange<Int64> = 0...3_155_760_000
    /// Items of one line of an order.
    public static let quantity: ClosedRange<Int64> = 1...1_000_000
    /// Counts kept per record (a customer's orders).
    public static let count: ClosedRange<Int64> = 0...100_000_000
    /// Ticket numbers: what a JSON reader in any language reads exactly (2^53 − 1).
    public static let ticketNumber: ClosedRange<Int64> = 1...9_007_199_254_740_991
}

extension ClosedRange where Bound == Int64 {
    /// `value` moved into the range.
    public func clamp(_ value: Int64) -> Int64 { Swift.min(Swift.max(value, lowerBound), upperBound) }
}

extension Int64 {
    /// The Int64 nearest to `value` (0 for NaN): converting a Double out of range traps.
    public init(saturating value: Double) {
        if value.isNaN {
            self = 0
        } else if value >= 9_223_372_036_854_775_807 {
            self = .max
        } else if value <= -9_223_372_036_854_775_808 {
            self = .min
        } else {
            self = Int64(value)
        }
    }

    /// `self + other`, held at the bounds of Int64 instead of trapping.
    public func addingSaturating(_ other: Int64) -> Int64 {
        let (sum, overflow) = addingReportingOverflow(other)
        return overflow ? (other > 0 ? .max : .min) : sum
    }
}
