import AftercareCore

/// Loyalty tiers count lifetime spend in the shop's currency (CNY). Cross-border orders in other
/// currencies are converted at a fixed reference rate: tiers need an order of magnitude, not
/// the day's exchange rate.
enum ShopCurrency {
    static let cnyPerUnit: [String: Double] = ["CNY": 1, "USD": 7.1, "EUR": 7.7, "GBP": 9.0, "HKD": 0.91, "JPY": 0.047]

    static func cnyMinorUnits(_ money: Money) -> Int64 {
        let rate = cnyPerUnit[money.currency] ?? 1
        return Int64((Double(money.minorUnits) * rate).rounded())
    }
}
