/// An amount in minor units (fen, cents) with its ISO currency code; never a floating-point value.
public struct Money: Codable, Sendable, Hashable, Comparable {
    public var minorUnits: Int64
    public var currency: String

    public init(minorUnits: Int64, currency: String = "CNY") {
        self.minorUnits = minorUnits
        self.currency = currency
    }

    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.minorUnits < rhs.minorUnits }

    /// "¥128.00", "$19.90", "EUR 5.00".
    public var formatted: String {
        let sign = minorUnits < 0 ? "-" : ""
        let magnitude = minorUnits.magnitude
        let whole = magnitude / 100
        let cents = magnitude % 100
        let number = "\(whole).\(cents < 10 ? "0" : "")\(cents)"
        switch currency {
        case "CNY": return "\(sign)¥\(number)"
        case "USD": return "\(sign)$\(number)"
        default: return "\(sign)\(currency) \(number)"
        }
    }
}

extension Money {
    /// Reference rates to the shop currency (CNY) per unit. Loyalty tiers need lifetime spend to
    /// the nearest order of magnitude, not the day's exchange rate, so they are fixed.
    public static let referenceCNYRates: [String: Double] = ["CNY": 1, "USD": 7.2, "EUR": 7.7, "GBP": 9.0, "HKD": 0.92, "JPY": 0.047]

    /// This amount in CNY minor units at the reference rate (unknown currencies count 1:1).
    public var approximateCNYMinorUnits: Int64 {
        Int64(saturating: (Double(minorUnits) * (Money.referenceCNYRates[currency] ?? 1)).rounded())
    }
}
