import Foundation

/// Instants as the desk reads them: on the wall clock of the desk's time zone (the SLA
/// calendar's), to the minute. One place for the command line, the console and reply templates.
public struct DeskLocalTime: Sendable {
    public let timeZone: TimeZone
    private let calendar: Calendar

    public init(timeZone: TimeZone) {
        self.timeZone = timeZone
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        self.calendar = calendar
    }

    public init(policy: SLAPolicy) {
        self.init(timeZone: TimeZone(identifier: policy.calendar.timeZoneIdentifier) ?? TimeZone(secondsFromGMT: 0)!)
    }

    /// Local calendar date and time of day.
    public func components(_ date: Date) -> (year: Int, month: Int, day: Int, hour: Int, minute: Int) {
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return (c.year ?? 1970, c.month ?? 1, c.day ?? 1, c.hour ?? 0, c.minute ?? 0)
    }

    /// "2026-11-20 09:12"
    public func dateTime(_ date: Date) -> String {
        let c = components(date)
        return Self.pad(c.year, 4) + "-" + Self.pad(c.month) + "-" + Self.pad(c.day) + " " + Self.pad(c.hour) + ":" + Self.pad(c.minute)
    }

    /// "2026-11-20"
    public func date(_ date: Date) -> String { String(dateTime(date).prefix(10)) }

    /// "11-20 09:12", for narrow places.
    public func shortDateTime(_ date: Date) -> String { String(dateTime(date).dropFirst(5)) }

    private static func pad(_ value: Int, _ width: Int = 2) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
