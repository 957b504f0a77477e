import Foundation

/// Opening hours used by SLA clocks: a time zone, opening hours per weekday (several spans a day
/// allowed), holidays, and make-up working days with the hours they keep.
///
/// Business time is measured on the local wall clock. Both directions of the clock cost a few
/// table lookups plus binary searches over the special dates, whatever the span: no per-minute
/// loops, no `DateFormatter` and no `Calendar` in the hot path (seeding computes millions of due
/// times). Everything derived from the stored fields is worked out once, when the calendar is built.
public struct BusinessCalendar: Sendable, Hashable {
    public let timeZoneIdentifier: String
    /// Opening hours per weekday; a weekday left out is closed.
    public let weeklyHours: [Weekday: DayHours]
    /// Local dates the desk is closed although their weekday is open.
    public let holidays: Set<LocalDate>
    /// Local dates the desk works although their weekday is closed (China's make-up working
    /// weekends), with `extraWorkdayHours`. A date that is also a holiday is a holiday.
    public let extraWorkdays: Set<LocalDate>
    public let extraWorkdayHours: DayHours

    private let cache: Cache

    /// `extraWorkdayHours` defaults to the hours of the first open weekday (Monday's, usually).
    public init(timeZoneIdentifier: String, weeklyHours: [Weekday: DayHours], holidays: Set<LocalDate> = [],
                extraWorkdays: Set<LocalDate> = [], extraWorkdayHours: DayHours? = nil) {
        self.timeZoneIdentifier = timeZoneIdentifier
        self.weeklyHours = weeklyHours.filter { !$0.value.isClosed }
        self.holidays = holidays
        self.extraWorkdays = extraWorkdays.subtracting(holidays)
        let firstOpen = Weekday.allCases.lazy.compactMap { weeklyHours[$0] }.first { !$0.isClosed }
        self.extraWorkdayHours = extraWorkdayHours ?? firstOpen ?? .closed
        cache = Cache(timeZoneIdentifier: timeZoneIdentifier, weeklyHours: self.weeklyHours, holidays: holidays,
                      extraWorkdays: self.extraWorkdays, extraWorkdayHours: self.extraWorkdayHours)
    }

    /// The same hours every listed weekday: `[opens, closes)` in minutes after midnight.
    public init(timeZoneIdentifier: String, workdays: Set<Weekday>, opensAtMinute: Int, closesAtMinute: Int,
                holidays: Set<LocalDate> = [], extraWorkdays: Set<LocalDate> = []) {
        let hours = OpeningSpan(startMinute: opensAtMinute, endMinute: closesAtMinute).map { DayHours.single($0) } ?? .closed
        self.init(timeZoneIdentifier: timeZoneIdentifier,
                  weeklyHours: Dictionary(uniqueKeysWithValues: workdays.map { ($0, hours) }),
                  holidays: holidays, extraWorkdays: extraWorkdays)
    }

    /// Asia/Shanghai, Monday–Saturday 09:00–21:00 (e-commerce desks work Saturdays), on mainland
    /// China's 2026–2027 holiday schedule (`HolidayPreset.chinaMainland2026And2027`).
    public static let standard = HolidayPreset.chinaMainland2026And2027.applied(to: BusinessCalendar(
        timeZoneIdentifier: "Asia/Shanghai", workdays: Set(Weekday.allCases.filter { $0 != .sunday }),
        opensAtMinute: 9 * 60, closesAtMinute: 21 * 60))

    /// Every instant counts; handy in tests and for 24/7 desks.
    public static let always = BusinessCalendar(
        timeZoneIdentifier: "UTC", workdays: Set(Weekday.allCases), opensAtMinute: 0, closesAtMinute: 24 * 60)

    /// The same calendar with other special dates (a preset applied, a desk's own dates added).
    public func with(holidays: Set<LocalDate>, extraWorkdays: Set<LocalDate>) -> BusinessCalendar {
        BusinessCalendar(timeZoneIdentifier: timeZoneIdentifier, weeklyHours: weeklyHours, holidays: holidays,
                         extraWorkdays: extraWorkdays, extraWorkdayHours: extraWorkdayHours)
    }

    /// The opening hours of one local date (holidays closed, make-up days with their hours).
    public func hours(on date: LocalDate) -> DayHours {
        if holidays.contains(date) { return .closed }
        let regular = weeklyHours[Weekday(rawValue: date.isoWeekday)!] ?? .closed
        if regular.isClosed && extraWorkdays.contains(date) { return extraWorkdayHours }
        return regular
    }

    /// Business seconds in an ordinary week.
    public var businessSecondsPerWeek: Int64 { Int64(cache.weekSeconds) }

    /// The instant when `seconds` of business time have passed after `start`.
    ///
    /// A start outside hours counts from the next opening; a result that lands exactly on the end
    /// of an opening span is that closing instant (not the next opening). Zero returns `start`.
    /// Negative `seconds` count backwards (a due time that already passed while a clock was
    /// paused). With no working time ahead the answer is `Date.distantFuture`.
    public func adding(businessSeconds seconds: Int64, to start: Date) -> Date {
        if seconds == 0 { return start }
        let c = cache
        let local = c.local(start)
        let result = seconds > 0 ? c.forward(from: local, seconds: Double(seconds))
                                 : c.backward(from: local, seconds: Double(-seconds))
        guard let result else { return seconds > 0 ? .distantFuture : .distantPast }
        return c.instant(local: result)
    }

    /// Business seconds between two instants (0 if `end` is not after `start`), rounded to the
    /// nearest second.
    public func businessSeconds(from start: Date, to end: Date) -> Int64 {
        guard end > start else { return 0 }
        let c = cache
        return Int64(c.seconds(from: c.local(start), to: c.local(end)).rounded())
    }

    /// True when `date` falls inside opening hours.
    public func isOpen(at date: Date) -> Bool {
        let c = cache
        let local = c.local(date)
        let day = Cache.day(of: local)
        let tod = Int((local - Double(day) * 86_400).rounded(.down))
        return c.spanRange(on: day).contains { tod >= c.spanStart[$0] && tod < c.spanEnd[$0] }
    }

    /// The first instant at or after `date` when the desk is open (`date` itself when open).
    public func nextOpening(atOrAfter date: Date) -> Date {
        if isOpen(at: date) { return date }
        // One business second later, minus that second, lands on the opening instant.
        let later = adding(businessSeconds: 1, to: date)
        return later == .distantFuture ? later : later.addingTimeInterval(-1)
    }

    /// True when the local date of `date` has opening hours.
    public func isWorkingDay(_ date: Date) -> Bool {
        !cache.spanRange(on: Cache.day(of: cache.local(date))).isEmpty
    }

    // MARK: Hashable (the cache is derived, never compared)

    public static func == (lhs: BusinessCalendar, rhs: BusinessCalendar) -> Bool {
        lhs.timeZoneIdentifier == rhs.timeZoneIdentifier && lhs.weeklyHours == rhs.weeklyHours
            && lhs.holidays == rhs.holidays && lhs.extraWorkdays == rhs.extraWorkdays
            && lhs.extraWorkdayHours == rhs.extraWorkdayHours
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(timeZoneIdentifier)
        hasher.combine(weeklyHours)
        hasher.combine(holidays)
        hasher.combine(extraWorkdays)
        hasher.combine(extraWorkdayHours)
    }

    /// Everything the clock arithmetic needs, derived once. Times are "local seconds": Unix
    /// seconds shifted by the zone's offset, so local day `d` is `[d * 86400, (d + 1) * 86400)`.
    private final class Cache: Sendable {
        /// A date whose hours differ from its weekday's.
        struct Special: Sendable {
            let day: Int
            /// Its spans in `spanStart`/`spanEnd`.
            let spans: Range<Int>
            /// Its seconds minus its weekday's.
            let delta: Int
        }

        let timeZone: TimeZone
        /// Set when the zone has had no offset change since 2000 (Asia/Shanghai): no lookups.
        let fixedOffset: Double?
        /// Every opening span of every weekday and special date, in seconds after local midnight,
        /// one flat table: the clock arithmetic walks index ranges, never arrays of arrays (which
        /// would be retained and released on every day it looks at).
        let spanStart: [Int]
        let spanEnd: [Int]
        /// Index 1…7 by ISO weekday: its spans in the table.
        let weekdaySpans: [Range<Int>]
        let weekdaySeconds: [Int]
        let weekSeconds: Int
        /// Ascending by day.
        let specials: [Special]
        /// `deltaPrefix[i]` = sum of `specials[0..<i].delta`.
        let deltaPrefix: [Int]
        let specialIndex: [Int: Int]

        init(timeZoneIdentifier: String, weeklyHours: [Weekday: DayHours], holidays: Set<LocalDate>,
             extraWorkdays: Set<LocalDate>, extraWorkdayHours: DayHours) {
            let zone = TimeZone(identifier: timeZoneIdentifier) ?? TimeZone(identifier: "UTC")!
            timeZone = zone
            let y2000 = Date(timeIntervalSince1970: 946_684_800)
            fixedOffset = zone.nextDaylightSavingTimeTransition(after: y2000) == nil
                ? Double(zone.secondsFromGMT(for: y2000)) : nil
            var starts: [Int] = [], ends: [Int] = []
            func add(_ hours: DayHours) -> Range<Int> {
                let first = starts.count
                for span in hours.spans {
                    starts.append(span.startMinute * 60)
                    ends.append(span.endMinute * 60)
                }
                return first..<starts.count
            }
            var perWeekday = [Range<Int>](repeating: 0..<0, count: 8)
            for day in Weekday.allCases { perWeekday[day.rawValue] = add(weeklyHours[day] ?? .closed) }
            let extra = add(extraWorkdayHours)
            spanStart = starts
            spanEnd = ends
            weekdaySpans = perWeekday
            weekdaySeconds = perWeekday.map { range in range.reduce(0) { $0 + ends[$1] - starts[$1] } }
            weekSeconds = weekdaySeconds.reduce(0, +)
            var specials: [Special] = []
            for date in holidays {
                let regular = weekdaySeconds[date.isoWeekday]
                if regular > 0 { specials.append(Special(day: date.dayNumber, spans: 0..<0, delta: -regular)) }
            }
            let extraSeconds = extra.reduce(0) { $0 + ends[$1] - starts[$1] }
            for date in extraWorkdays where weekdaySeconds[date.isoWeekday] == 0 && extraSeconds > 0 {
                specials.append(Special(day: date.dayNumber, spans: extra, delta: extraSeconds))
            }
            specials.sort { $0.day < $1.day }
            self.specials = specials
            var prefix = [0]
            prefix.reserveCapacity(specials.count + 1)
            for special in specials { prefix.append(prefix.last! + special.delta) }
            deltaPrefix = prefix
            specialIndex = Dictionary(uniqueKeysWithValues: specials.enumerated().map { ($1.day, $0) })
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

        // MARK: Days

        /// The day's spans, as indexes into `spanStart`/`spanEnd`.
        func spanRange(on day: Int) -> Range<Int> {
            if !specials.isEmpty, let index = specialIndex[day] { return specials[index].spans }
            return weekdaySpans[Cache.isoWeekday(day)]
        }

        func secondsOn(_ day: Int) -> Int {
            if !specials.isEmpty, let index = specialIndex[day] { return weekdaySeconds[Cache.isoWeekday(day)] + specials[index].delta }
            return weekdaySeconds[Cache.isoWeekday(day)]
        }

        /// Index of the first special at or after `day`.
        private func firstSpecial(atOrAfter day: Int) -> Int {
            var lo = 0, hi = specials.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if specials[mid].day < day { lo = mid + 1 } else { hi = mid }
            }
            return lo
        }

        /// Business seconds in the whole days `[a, b)`.
        func secondsInDays(_ a: Int, _ b: Int) -> Int {
            guard b > a else { return 0 }
            let span = b - a
            var total = (span / 7) * weekSeconds
            var day = a + (span / 7) * 7
            while day < b {
                total += weekdaySeconds[Cache.isoWeekday(day)]
                day += 1
            }
            if !specials.isEmpty { total += deltaPrefix[firstSpecial(atOrAfter: b)] - deltaPrefix[firstSpecial(atOrAfter: a)] }
            return total
        }

        /// The last day with any opening hours, when the calendar has no regular hours (only
        /// make-up days); nil when it has regular hours (time never runs out).
        var lastWorkingDay: Int? {
            guard weekSeconds == 0 else { return nil }
            return specials.last(where: { !$0.spans.isEmpty })?.day ?? Int.min
        }

        var firstWorkingDay: Int? {
            guard weekSeconds == 0 else { return nil }
            return specials.first(where: { !$0.spans.isEmpty })?.day ?? Int.max
        }

        // MARK: Clock arithmetic in local seconds

        private func overlap(day: Int, from: Double, to: Double) -> Double {
            var total = 0.0
            for i in spanRange(on: day) {
                total += max(0, min(Double(spanEnd[i]), to) - max(Double(spanStart[i]), from))
            }
            return total
        }

        func seconds(from start: Double, to end: Double) -> Double {
            let ds = Cache.day(of: start), de = Cache.day(of: end)
            let ts = start - Double(ds) * 86_400, te = end - Double(de) * 86_400
            if ds == de { return overlap(day: ds, from: ts, to: te) }
            return overlap(day: ds, from: ts, to: 86_400) + overlap(day: de, from: 0, to: te)
                + Double(secondsInDays(ds + 1, de))
        }

        /// Consumes `seconds` of the day's spans from time of day `from`; nil when the day has
        /// fewer left.
        private func locateForward(day: Int, from: Double, seconds: Double) -> Double? {
            var remaining = seconds
            for i in spanRange(on: day) where Double(spanEnd[i]) > from {
                let begin = max(from, Double(spanStart[i]))
                let available = Double(spanEnd[i]) - begin
                if remaining <= available { return Double(day) * 86_400 + begin + remaining }
                remaining -= available
            }
            return nil
        }

        private func locateBackward(day: Int, from: Double, seconds: Double) -> Double? {
            var remaining = seconds
            for i in spanRange(on: day).reversed() where Double(spanStart[i]) < from {
                let end = min(from, Double(spanEnd[i]))
                let available = end - Double(spanStart[i])
                if remaining <= available { return Double(day) * 86_400 + end - remaining }
                remaining -= available
            }
            return nil
        }

        func forward(from start: Double, seconds: Double) -> Double? {
            let first = Cache.day(of: start)
            let tod = start - Double(first) * 86_400
            if let within = locateForward(day: first, from: tod, seconds: seconds) { return within }
            let remaining = seconds - overlap(day: first, from: tod, to: 86_400)
            let from = first + 1
            let limit = lastWorkingDay
            if let limit, limit < from { return nil }
            // Skip whole weeks while they stay short of the target, then walk day by day: the
            // walk crosses at most a week plus any run of holidays.
            var day = from
            if weekSeconds > 0 {
                var weeks = max(0, Int((remaining / Double(weekSeconds)).rounded(.down)) - 1)
                while weeks > 0 && Double(secondsInDays(from, from + weeks * 7)) >= remaining { weeks /= 2 }
                day = from + weeks * 7
            } else if let start = firstWorkingDay {
                day = max(from, start)
            }
            var used = Double(secondsInDays(from, day))
            while true {
                let available = Double(secondsOn(day))
                if used + available >= remaining, available > 0 {
                    return locateForward(day: day, from: 0, seconds: remaining - used)
                }
                used += available
                day += 1
                if let limit, day > limit { return nil }
            }
        }

        func backward(from start: Double, seconds: Double) -> Double? {
            let first = Cache.day(of: start)
            let tod = start - Double(first) * 86_400
            if let within = locateBackward(day: first, from: tod, seconds: seconds) { return within }
            let remaining = seconds - overlap(day: first, from: 0, to: tod)
            let from = first - 1
            let limit = firstWorkingDay
            if let limit, limit > from { return nil }
            var day = from
            if weekSeconds > 0 {
                var weeks = max(0, Int((remaining / Double(weekSeconds)).rounded(.down)) - 1)
                while weeks > 0 && Double(secondsInDays(from - weeks * 7 + 1, from + 1)) >= remaining { weeks /= 2 }
                day = from - weeks * 7
            } else if let end = lastWorkingDay {
                day = min(from, end)
            }
            var used = Double(secondsInDays(day + 1, from + 1))
            while true {
                let available = Double(secondsOn(day))
                if used + available >= remaining, available > 0 {
                    return locateBackward(day: day, from: 86_400, seconds: remaining - used)
                }
                used += available
                day -= 1
                if let limit, day < limit { return nil }
            }
        }
    }
}

extension DayHours {
    /// One span a day.
    static func single(_ span: OpeningSpan) -> DayHours { try! DayHours([span]) }
}
