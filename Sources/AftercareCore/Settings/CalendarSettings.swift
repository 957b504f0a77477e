import Foundation

/// The business calendar as a desk configures it: a time zone, opening hours per weekday, a
/// public holiday preset and the desk's own dates. `businessCalendar` is what SLA clocks run on.
public struct CalendarSettings: Sendable, Hashable {
    public var timeZoneIdentifier: String
    public var preset: HolidayPreset
    /// A weekday left out is closed.
    public var hours: [Weekday: DayHours]
    public var holidays: Set<LocalDate>
    public var extraWorkdays: Set<LocalDate>
    /// Hours on a make-up working day; nil: the first open weekday's hours.
    public var extraWorkdayHours: DayHours?

    public init(timeZoneIdentifier: String, preset: HolidayPreset, hours: [Weekday: DayHours],
                holidays: Set<LocalDate> = [], extraWorkdays: Set<LocalDate> = [], extraWorkdayHours: DayHours? = nil) {
        self.timeZoneIdentifier = timeZoneIdentifier
        self.preset = preset
        self.hours = hours
        self.holidays = holidays
        self.extraWorkdays = extraWorkdays
        self.extraWorkdayHours = extraWorkdayHours
    }

    /// Asia/Shanghai, Monday–Saturday 09:00–21:00, mainland China's 2026–2027 holidays.
    public static let standard: CalendarSettings = {
        let day = try! DayHours(parsing: "09:00-21:00")
        return CalendarSettings(timeZoneIdentifier: "Asia/Shanghai", preset: .chinaMainland2026And2027,
                                hours: Dictionary(uniqueKeysWithValues: Weekday.allCases.filter { $0 != .sunday }.map { ($0, day) }))
    }()

    public var businessCalendar: BusinessCalendar {
        let base = BusinessCalendar(timeZoneIdentifier: timeZoneIdentifier, weeklyHours: hours, extraWorkdayHours: extraWorkdayHours)
        return preset.applied(to: base, holidays: holidays, extraWorkdays: extraWorkdays)
    }

    /// Whether `identifier` names a time zone this machine knows.
    public static func isKnownTimeZone(_ identifier: String) -> Bool { TimeZone(identifier: identifier) != nil }
}
