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
