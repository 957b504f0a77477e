/// Public holiday schedules a desk can adopt by name (`[calendar] preset = "…"`), so a shop does
/// not type every date. The desk's own `holidays` and `extra_workdays` are added on top (and win
/// where they disagree with the preset).
public enum HolidayPreset: String, CaseIterable, Sendable, Hashable {
    /// No public holidays: a cross-border desk that keeps its own hours and dates.
    case none
    /// Mainland China, 2026 and 2027.
    case chinaMainland2026And2027 = "cn-2026-2027"

    public var holidays: Set<LocalDate> {
        switch self {
        case .none: []
        case .chinaMainland2026And2027: Self.dates(Self.china2026Holidays + Self.china2027Holidays)
        }
    }

    /// Make-up working days (调休上班): weekends the desk works because a holiday was bridged.
    public var extraWorkdays: Set<LocalDate> {
        switch self {
        case .none: []
        case .chinaMainland2026And2027: Self.dates(Self.china2026MakeUpDays)
        }
    }

    /// `calendar` with this preset's dates, then `holidays` and `extraWorkdays` of the desk's own
    /// (a date the desk lists wins over the preset's opposite).
    public func applied(to calendar: BusinessCalendar, holidays: Set<LocalDate> = [], extraWorkdays: Set<LocalDate> = []) -> BusinessCalendar {
        let off = self.holidays.subtracting(extraWorkdays).union(holidays)
        let on = self.extraWorkdays.subtracting(holidays).union(extraWorkdays)
        return calendar.with(holidays: off, extraWorkdays: on)
    }

    // The State Council's notice on the 2026 holidays (国办发明电, 4 November 2025): every day off,
    // bridge days included, and the weekends worked in exchange.
    static let china2026Holidays: [String] = [
        "2026-01-01", "2026-01-02", "2026-01-03",                                            // 元旦
        "2026-02-15", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19",
        "2026-02-20", "2026-02-21", "2026-02-22", "2026-02-23",                              // 春节
        "2026-04-04", "2026-04-05", "2026-04-06",                                            // 清明节
        "2026-05-01", "2026-05-02", "2026-05-03", "2026-05-04", "2026-05-05",                // 劳动节
        "2026-06-19", "2026-06-20", "2026-06-21",                                            // 端午节
        "2026-09-25", "2026-09-26", "2026-09-27",                                            // 中秋节
        "2026-10-01", "2026-10-02", "2026-10-03", "2026-10-04", "2026-10-05",
        "2026-10-06", "2026-10-07",                                                          // 国庆节
    ]
    static let china2026MakeUpDays: [String] = [
        "2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10",
    ]

    // 2027 until the State Council publishes its notice (usually in November of the year before):
    // the statutory days (元旦 1, 春节 4 from New Year's Eve, 清明 1, 劳动节 2, 端午 1, 中秋 1,
    // 国庆 3), the weekend days they join, and a weekday in lieu for each statutory day that falls
    // on a weekend, as the holiday regulation provides. No make-up weekends are guessed; a desk
    // adds the notice's dates with `holidays` and `extra_workdays` until a release updates this.
    static let china2027Holidays: [String] = [
        "2027-01-01", "2027-01-02", "2027-01-03",                                            // 元旦 (Fri) + weekend
        "2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08", "2027-02-09", "2027-02-10",  // 春节: 除夕–初三, 2 in lieu
        "2027-04-03", "2027-04-04", "2027-04-05",                                            // 清明节 (Mon) + weekend
        "2027-05-01", "2027-05-02", "2027-05-03", "2027-05-04",                              // 劳动节 (Sat, Sun), 2 in lieu
        "2027-06-09",                                                                        // 端午节 (Wed)
        "2027-09-15",                                                                        // 中秋节 (Wed)
        "2027-10-01", "2027-10-02", "2027-10-03", "2027-10-04", "2027-10-05",                // 国庆节 (Fri–Sun), 2 in lieu
    ]

    private static func dates(_ texts: [String]) -> Set<LocalDate> { Set(texts.compactMap(LocalDate.init(parsing:))) }
}
