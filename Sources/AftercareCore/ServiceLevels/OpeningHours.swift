/// Days of the week as ISO numbers them (Monday = 1), with the short keys the settings file uses.
public enum Weekday: Int, CaseIterable, Sendable, Hashable, Comparable {
    case monday = 1, tuesday, wednesday, thursday, friday, saturday, sunday

    /// "mon" … "sun"
    public var key: String {
        switch self {
        case .monday: "mon"
        case .tuesday: "tue"
        case .wednesday: "wed"
        case .thursday: "thu"
        case .friday: "fri"
        case .saturday: "sat"
        case .sunday: "sun"
        }
    }

    public init?(key: String) {
        guard let day = Weekday.allCases.first(where: { $0.key == key }) else { return nil }
        self = day
    }

    public static func < (lhs: Weekday, rhs: Weekday) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// One stretch of opening hours in a day, `[start, end)` in minutes after local midnight.
public struct OpeningSpan: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let startMinute: Int
    public let endMinute: Int

    /// Nil unless `0 <= start < end <= 24:00`.
    public init?(startMinute: Int, endMinute: Int) {
        guard startMinute >= 0, endMinute <= 24 * 60, startMinute < endMinute else { return nil }
        self.startMinute = startMinute
        self.endMinute = endMinute
    }

    public var minutes: Int { endMinute - startMinute }

    /// "09:00-18:00"
    public var description: String { Self.clock(startMinute) + "-" + Self.clock(endMinute) }

    public static func < (lhs: OpeningSpan, rhs: OpeningSpan) -> Bool {
        (lhs.startMinute, lhs.endMinute) < (rhs.startMinute, rhs.endMinute)
    }

    static func clock(_ minute: Int) -> String {
        let h = minute / 60, m = minute % 60
        return (h < 10 ? "0" : "") + String(h) + ":" + (m < 10 ? "0" : "") + String(m)
    }
}

/// A day's opening hours: spans in order, none overlapping ("09:00-12:00,13:00-18:00" is a day
/// with a lunch break). Empty means closed.
public struct DayHours: Sendable, Hashable, CustomStringConvertible {
    public let spans: [OpeningSpan]

    public static let closed = DayHours(validated: [])

    private init(validated spans: [OpeningSpan]) { self.spans = spans }

    /// Sorted; throws when two spans overlap or touch (write them as one).
    public init(_ spans: [OpeningSpan]) throws {
        let sorted = spans.sorted()
        for (a, b) in zip(sorted, sorted.dropFirst()) where b.startMinute <= a.endMinute {
            throw DomainError.invalidValue(field: "hours", value: "\(a),\(b)", expected: "spans that do not overlap or touch")
        }
        self.spans = sorted
    }

    /// Parses "09:00-18:00" or "09:00-12:00,13:00-18:00" ("24:00" ends a day).
    public init(parsing text: String) throws {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        var spans: [OpeningSpan] = []
        for part in parts {
            let ends = part.split(separator: "-", omittingEmptySubsequences: false)
            guard ends.count == 2, let start = Self.minute(String(ends[0])), let end = Self.minute(String(ends[1])),
                  let span = OpeningSpan(startMinute: start, endMinute: end) else {
                throw DomainError.invalidValue(field: "hours", value: text,
                                               expected: "HH:MM-HH:MM spans, comma-separated, each ending after it starts")
            }
            spans.append(span)
        }
        try self.init(spans)
    }

    public var isClosed: Bool { spans.isEmpty }
    public var minutes: Int { spans.reduce(0) { $0 + $1.minutes } }

    /// "09:00-12:00,13:00-18:00"
    public var description: String { spans.map(\.description).joined(separator: ",") }

    /// "09:00" → 540; "24:00" → 1440. Two digits each side.
    static func minute(_ text: String) -> Int? {
        let bytes = Array(text.utf8)
        guard bytes.count == 5, bytes[2] == UInt8(ascii: ":"),
              bytes.enumerated().allSatisfy({ $0.offset == 2 || ($0.element >= 0x30 && $0.element <= 0x39) }) else { return nil }
        let h = Int(bytes[0] - 0x30) * 10 + Int(bytes[1] - 0x30)
        let m = Int(bytes[3] - 0x30) * 10 + Int(bytes[4] - 0x30)
        guard m < 60, h < 24 || (h == 24 && m == 0) else { return nil }
        return h * 60 + m
    }
}
