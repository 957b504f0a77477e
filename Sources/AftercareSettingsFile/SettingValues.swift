import AftercareCore

/// The written forms of the settings file's values that TOML has no type for: business
/// durations ("1h", "30m", "2h30m") and money in the desk currency ("500.00").
enum SettingValues {
    /// Durations are whole minutes between 1 minute and 10,000 hours of business time.
    static let durationBounds: ClosedRange<Int64> = 60...(10_000 * 3600)
    /// Money from 0 to 10,000,000,000.00 in minor units.
    static let moneyBounds = SaneBounds.money

    /// "1h", "45m", "2h30m" (business time) → seconds; nil when malformed.
    static func duration(_ text: String) -> Int64? {
        var hours: Int64?
        var minutes: Int64?
        var number: Int64 = 0
        var digits = 0
        for ch in text.unicodeScalars {
            switch ch {
            case "0"..."9":
                guard digits < 12 else { return nil }  // 12 digits of hours cannot overflow; bounds are checked by the caller
                number = number * 10 + Int64(ch.value - 48)
                digits += 1
            case "h":
                guard digits > 0, hours == nil, minutes == nil else { return nil }
                hours = number
                number = 0
                digits = 0
            case "m":
                guard digits > 0, minutes == nil else { return nil }
                minutes = number
                number = 0
                digits = 0
            default:
                return nil
            }
        }
        guard digits == 0, hours != nil || minutes != nil else { return nil }
        return (hours ?? 0) * 3600 + (minutes ?? 0) * 60
    }

    /// Seconds → "48h", "2h30m", "45m" (whole minutes).
    static func duration(seconds: Int64) -> String {
        let minutes = seconds / 60
        let h = minutes / 60, m = minutes % 60
        if h == 0 { return "\(m)m" }
        return m == 0 ? "\(h)h" : "\(h)h\(m)m"
    }

    /// "500", "500.5", "500.00" → minor units (two decimals at most); nil when malformed.
    static func money(_ text: String) -> Int64? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !parts[0].isEmpty, parts[0].count <= 13,
              parts[0].allSatisfy({ $0.isASCII && $0.isNumber }), let whole = Int64(parts[0]) else { return nil }
        var fraction: Int64 = 0
        if parts.count == 2 {
            let f = parts[1]
            guard (1...2).contains(f.count), f.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int64(f) else { return nil }
            fraction = f.count == 1 ? value * 10 : value
        }
        return whole * 100 + fraction
    }

    /// Minor units → "500.00".
    static func money(minorUnits: Int64) -> String {
        let whole = minorUnits / 100, cents = minorUnits % 100
        return "\(whole)." + (cents < 10 ? "0" : "") + "\(cents)"
    }
}
