import Foundation

/// Opening hours used by SLA clocks: a time zone, the ISO weekdays the desk works, one daily
/// window `[opensAtMinute, closesAtMinute)` in local time, and local holiday dates.
///
/// Business time is measured on the local wall clock: each working day contributes exactly
/// `(closesAtMinute - opensAtMinute) * 60` seconds. Both directions of the clock are O(1) in the
/// span (plus a binary search over the holidays): no per-minute or per-day loops, no
/// `DateFormatter` and no `Calendar` in the hot path. Everything derived from the stored fields is
/// precomputed once, when the calendar is built or a field changes.
public struct BusinessCalendar: Codable, Sendable, Hashable {
    public var timeZoneIdentifier: String { didSet { rebuild() } }
    /// ISO weekdays that are working days: 1 = Monday … 7 = Sunday.
    public var workdays: Set<Int> { didSet { rebuild() } }
    /// Minutes after midnight, local time.
    public var opensAtMinute: Int { didSet { rebuild() } }
    public var closesAtMinute: Int { didSet { rebuild() } }
    /// Local dates ("2026-10-01") that are not working days. Malformed entries are ignored.
    public var holidays: Set<String> { didSet { rebuild() } }

    private var cache: Cache

    public init(timeZoneIdentifier: String, workdays: Set<Int>, opensAtMinute: Int, closesAtMinute: Int, holidays: Set<String>) {
        self.timeZoneIdentifier = timeZoneIdentifier
        self.workdays = workdays
        self.opensAtMinute = opensAtMinute
        self.closesAtMinute = closesAtMinute
        self.holidays = holidays
        cache = Cache(timeZoneIdentifier: timeZoneIdentifier, workdays: workdays, opensAtMinute: opensAtMinute,
                      closesAtMinute: closesAtMinute, holidays: holidays)
    }

    private mutating func rebuild() {
        cache = Cache(timeZoneIdentifier: timeZoneIdentifier, workdays: workdays, opensAtMinute: opensAtMinute,
                      closesAtMinute: closesAtMinute, holidays: holidays)
    }

    /// Mainland China public holidays (national days off) for 2026 and 2027.
    ///
    /// 2026 follows the State Council schedule (including the bridge days it gives off; the
    /// make-up working Sundays are not modelled: the desk's own rota covers them).
    /// 2027 lists the statutory days only (New Year 1, Spring Festival 4 from the eve, Qingming 1,
    /// Labour Day 2, Dragon Boat 1, Mid-Autumn 1, National Day 3) until the State Council
    /// publishes the 2027 schedule; add its bridge days then.
    public static let chinaPublicHolidays2026And2027: Set<String> = [
        // 2026
        "2026-01-01", "2026-01-02", "2026-01-03",                       // 元旦
        "2026-02-15", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19",
        "2026-02-20", "2026-02-21", "2026-02-22", "2026-02-23",         // 春节
        "2026-04-04", "2026-04-05", "2026-04-06",                       // 清明节
        "2026-05-01", "2026-05-02", "2026-05-03", "2026-05-04", "2026-05-05", // 劳动节
        "2026-06-19", "2026-06-20", "2026-06-21",                       // 端午节
        "2026-09-25", "2026-09-26", "2026-09-27",                       // 中秋节
        "2026-10-01", "2026-10-02", "2026-10-03", "2026-10-04", "2026-10-05",
        "2026-10-06", "2026-10-07",                                     // 国庆节
        // 2027 (statutory days)
        "2027-01-01",                                                   // 元旦
        "2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08",         // 春节 (除夕–初三)
        "2027-04-05",                                                   // 清明节
        "2027-05-01", "2027-05-02",                                     // 劳动节
        "2027-06-09",                                                   // 端午节
        "2027-09-15",                                                   // 中秋节
        "2027-10-01", "2027-10-02", "2027-10-03",                       // 国庆节
    ]

    /// Asia/Shanghai, Monday–Saturday 09:00–21:00 (e-commerce desks work Saturdays), closed on
    /// the mainland China public holidays of 2026 and 2027.
    public static let standard = BusinessCalendar(
        timeZoneIdentifier: "Asia/Shanghai", workdays: [1, 2, 3, 4, 5, 6], opensAtMinute: 9 * 60,
        closesAtMinute: 21 * 60, holidays: chinaPublicHolidays2026And2027
    )

    /// Every instant counts (the old interim behaviour); handy in tests and for 24/7 desks.
    public static let always = BusinessCalendar(
        timeZoneIdentifier: "UTC", workdays: [1, 2, 3, 4, 5, 6, 7], opensAtMinute: 0, closesAtMinute: 24 * 60,
        holidays: []
    )

    /// Business seconds in one full working day.
    public var businessSecondsPerDay: Int64 { Int64(cache.window) }

    /// The instant when `seconds` of business time have passed after `start`.
    ///
    /// A start outside hours counts from the next opening; a result that lands exactly on the
    /// end of a day's window is that closing instant (not the next opening). Zero returns `start`.
    /// Negative `seconds` count backwards (a due time that already passed while a clock was
    /// paused). With no working time at all the answer is `Date.distantFuture`.
    public func adding(businessSeconds seconds: Int64, to start: Date) -> Date {
        if seconds == 0 { return start }
        let c = cache
        guard c.hasWorkingTime else { return seconds > 0 ? .distantFuture : .distantPast }
        let local = c.local(start)
        let result = seconds > 0 ? c.forward(from: local, seconds: Double(seconds))
                                 : c.backward(from: local, seconds: Double(-seconds))
        return c.instant(local: result)
    }

    /// Business seconds between two instants (0 if `end` is not after `start`), rounded to the
    /// nearest second.
    public func businessSeconds(from start: Date, to end: Date) -> Int64 {
        guard end > start else { return 0 }
        let c = cache
        guard c.hasWorkingTime else { return 0 }
        return Int64(c.seconds(from: c.local(start), to: c.local(end)).rounded())
    }

    /// True when `date` falls inside a working day's opening hours.
    public func isOpen(at date: Date) -> Bool {
        let c = cache
        let local = c.local(date)
        let day = Cache.day(of: local)
        let tod = local - Double(day) * 86_400
        return c.isWorkday(day) && tod >= Double(c.open) && tod < Double(c.close)
    }

    /// The first instant at or after `date` when the desk is open (`date` itself when open).
    public func nextOpening(atOrAfter date: Date) -> Date {
        guard cache.hasWorkingTime else { return .distantFuture }
        if isOpen(at: date) { return date }
        // One business second later, minus that second, lands on the opening instant.
        return adding(businessSeconds: 1, to: date).addingTimeInterval(-1)
    }

    /// True when the local date of `date` is a working day (weekday and not a holiday).
    public func isWorkingDay(_ date: Date) -> Bool {
        cache.isWorkday(Cache.day(of: cache.local(date)))
    }

    // MARK: Codable and Hashable (the cache is derived, never stored or compared)

    private enum CodingKeys: String, CodingKey {
        case timeZoneIdentifier, workdays, opensAtMinute, closesAtMinute, holidays
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            timeZoneIdentifier: try c.decode(String.self, forKey: .timeZoneIdentifier),
            workdays: try c.decode(Set<Int>.self, forKey: .workdays),
            opensAtMinute: try c.decode(Int.self, forKey: .opensAtMinute),
            closesAtMinute: try c.decode(Int.self, forKey: .closesAtMinute),
            holidays: try c.decodeIfPresent(Set<String>.self, forKey: .holidays) ?? []
        )
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(timeZoneIdentifier, forKey: .timeZoneIdentifier)
        try c.encode(workdays.sorted(), forKey: .workdays)
        try c.encode(opensAtMinute, forKey: .opensAtMinute)
        try c.encode(closesAtMinute, forKey: .closesAtMinute)
        try c.encode(holidays.sorted(), forKey: .holidays)
    }

    public static func == (lhs: BusinessCalendar, rhs: BusinessCalendar) -> Bool {
        lhs.timeZoneIdentifier == rhs.timeZoneIdentifier && lhs.workdays == rhs.workdays
            && lhs.opensAtMinute == rhs.opensAtMinute && lhs.closesAtMinute == rhs.closesAtMinute
            && lhs.holidays == rhs.holidays
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(timeZoneIdentifier)
        hasher.combine(workdays)
        hasher.combine(opensAtMinute)
        hasher.combine(closesAtMinute)
        hasher.combine(holidays)
    }

    /// Everything the clock arithmetic needs, derived once. Times are "local seconds": Unix
    /// seconds shifted by the zone's offset, so local day `d` is `[d * 86400, (d + 1) * 86400)`.
    private final class Cache: Sendable {
        let timeZone: TimeZone
        /// Set when the zone has had no offset change since 2000 (Asia/Shanghai): no lookups.
        let fixedOffset: Double?
        /// Index 1…7: ISO weekday is a working day.
        let weekdayMask: [Bool]
        let workdaysPerWeek: Int
        /// Opening window in seconds after local midnight.
        let open: Int
        let close: Int
        let window: Int
        /// Holidays that fall on a working weekday, as local day numbers, ascending.
        let holidayDays: [Int]
        let holidaySet: Set<Int>

        var hasWorkingTime: Bool { workdaysPerWeek > 0 && window > 0 }

        init(timeZoneIdentifier: String, workdays: Set<Int>, opensAtMinute: Int, closesAtMinute: Int, holidays: Set<String>) {
            let zone = TimeZone(identifier: timeZoneIdentifier) ?? TimeZone(identifier: "UTC")!
            timeZone = zone
            let y2000 = Date(timeIntervalSince1970: 946_684_800)
            fixedOffset = zone.nextDaylightSavingTimeTransition(after: y2000) == nil
                ? Double(zone.secondsFromGMT(for: y2000)) : nil
            var mask = [Bool](repeating: false, count: 8)
            for day in workdays where (1...7).contains(day) { mask[day] = true }
            weekdayMask = mask
            workdaysPerWeek = mask.filter { $0 }.count
            open = min(max(opensAtMinute, 0), 24 * 60) * 60
            close = min(max(closesAtMinute, 0), 24 * 60) * 60
            window = max(0, close - open)
            var days: [Int] = []
            for text in holidays {
                guard let day = Cache.dayNumber(parsing: text) else { continue }
                if mask[Cache.isoWeekday(day)] { days.append(day) }
            }
            days.sort()
            holidayDays = days
            holidaySet = Set(days)
        }

        // MARK: Conversions

        func local(_ date: Date) -> Double {
            let t = date.timeIntervalSince1970
            if let fixedOffset { return t + fixedOffset }
            return t + Double(timeZone.secondsFromGMT(for: date))
        }

        func instant(local: Double) -> Date {
            if let fixedOffset { return Date(timeIntervalSince1970: local - fixedOffset) }
            // Offset at the guessed instant, then once more at the corrected one (DST edges).
            let guess = Date(timeIntervalSince1970: local - Double(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: local))))
            return Date(timeIntervalSince1970: local - Double(timeZone.secondsFromGMT(for: guess)))
        }

        static func day(of local: Double) -> Int { Int((local / 86_400).rounded(.down)) }

        /// 1970-01-01 (day 0) was a Thursday (ISO 4).
        static func isoWeekday(_ day: Int) -> Int { ((day + 3) % 7 + 7) % 7 + 1 }

        /// Days since 1970-01-01 for "yyyy-MM-dd" (proleptic Gregorian; Howard Hinnant's algorithm).
        static func dayNumber(parsing text: String) -> Int? {
            let parts = text.trimmingCharacters(in: .whitespaces).split(separator: "-")
            guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
                  (1...12).contains(m), (1...31).contains(d) else { return nil }
            return daysFromCivil(year: y, month: m, day: d)
        }

        static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
            Int(CivilDate.days(year: Int64(year), month: Int64(month), day: Int64(day)))
        }

        // MARK: Working days

        func isWorkday(_ day: Int) -> Bool { weekdayMask[Cache.isoWeekday(day)] && !holidaySet.contains(day) }

        /// Number of holiday (working-weekday) days in `[a, b)`.
        func holidayCount(_ a: Int, _ b: Int) -> Int {
            guard b > a, !holidayDays.isEmpty else { return 0 }
            return lowerBound(b) - lowerBound(a)
        }

        private func lowerBound(_ value: Int) -> Int {
            var lo = 0, hi = holidayDays.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if holidayDays[mid] < value { lo = mid + 1 } else { hi = mid }
            }
            return lo
        }

        /// Weekdays in the mask within `[a, b)`, holidays ignored.
        func maskedCount(_ a: Int, _ b: Int) -> Int {
            guard b > a else { return 0 }
            let span = b - a
            var count = (span / 7) * workdaysPerWeek
            var day = a + (span / 7) * 7
            while day < b {
                if weekdayMask[Cache.isoWeekday(day)] { count += 1 }
                day += 1
            }
            return count
        }

        /// Working days within `[a, b)`.
        func workdayCount(_ a: Int, _ b: Int) -> Int { maskedCount(a, b) - holidayCount(a, b) }

        /// The `n`-th (n ≥ 1) masked weekday at or after `start`, holidays ignored.
        private func nthMasked(from start: Int, _ n: Int) -> Int {
            let weeks = (n - 1) / workdaysPerWeek
            var remaining = n - weeks * workdaysPerWeek
            var day = start + weeks * 7 - 1
            while remaining > 0 {
                day += 1
                if weekdayMask[Cache.isoWeekday(day)] { remaining -= 1 }
            }
            return day
        }

        /// The `n`-th (n ≥ 1) working day at or after `start`.
        func nthWorkday(from start: Int, _ n: Int) -> Int {
            var from = start, need = n
            while true {
                let day = nthMasked(from: from, need)
                let skipped = holidayCount(from, day + 1)
                if skipped == 0 { return day }
                from = day + 1
                need = skipped
            }
        }

        /// The `n`-th (n ≥ 1) working day at or before `start`, counting backwards.
        func nthWorkdayBackward(from start: Int, _ n: Int) -> Int {
            var from = start, need = n
            while true {
                let weeks = (need - 1) / workdaysPerWeek
                var remaining = need - weeks * workdaysPerWeek
                var day = from - weeks * 7 + 1
                while remaining > 0 {
                    day -= 1
                    if weekdayMask[Cache.isoWeekday(day)] { remaining -= 1 }
                }
                let skipped = holidayCount(day, from + 1)
                if skipped == 0 { return day }
                from = day - 1
                need = skipped
            }
        }

        // MARK: Clock arithmetic in local seconds

        private func overlap(day: Int, from: Double, to: Double) -> Double {
            guard isWorkday(day) else { return 0 }
            return max(0, min(Double(close), to) - max(Double(open), from))
        }

        func seconds(from start: Double, to end: Double) -> Double {
            let ds = Cache.day(of: start), de = Cache.day(of: end)
            let ts = start - Double(ds) * 86_400, te = end - Double(de) * 86_400
            if ds == de { return overlap(day: ds, from: ts, to: te) }
            return overlap(day: ds, from: ts, to: 86_400) + overlap(day: de, from: 0, to: te)
                + Double(workdayCount(ds + 1, de)) * Double(window)
        }

        func forward(from start: Double, seconds: Double) -> Double {
            var remaining = seconds
            var day = Cache.day(of: start)
            let tod = start - Double(day) * 86_400
            if isWorkday(day), tod < Double(close) {
                let begin = max(tod, Double(open))
                let available = Double(close) - begin
                if remaining <= available { return Double(day) * 86_400 + begin + remaining }
                remaining -= available
            }
            day += 1
            // Whole windows consumed before the last working day, which takes (0, window].
            let w = Double(window)
            let whole = Int(((remaining / w).rounded(.up))) - 1
            let last = nthWorkday(from: day, whole + 1)
            let rest = remaining - Double(whole) * w
            return Double(last) * 86_400 + Double(open) + rest
        }

        func backward(from start: Double, seconds: Double) -> Double {
            var remaining = seconds
            var day = Cache.day(of: start)
            let tod = start - Double(day) * 86_400
            if isWorkday(day), tod > Double(open) {
                let end = min(tod, Double(close))
                let available = end - Double(open)
                if remaining <= available { return Double(day) * 86_400 + end - remaining }
                remaining -= available
            }
            day -= 1
            let w = Double(window)
            let whole = Int(((remaining / w).rounded(.up))) - 1
            let last = nthWorkdayBackward(from: day, whole + 1)
            let rest = remaining - Double(whole) * w
            return Double(last) * 86_400 + Double(close) - rest
        }
    }
}
