import Foundation
import Testing
@testable import AftercareCore

@Suite struct BusinessCalendarTests {
    let cal = BusinessCalendar.standard

    func day(_ text: String) -> LocalDate { LocalDate(parsing: text)! }

    @Test func standardIsShanghaiMondayToSaturdayNineToNine() {
        #expect(cal.timeZoneIdentifier == "Asia/Shanghai")
        #expect(Set(cal.weeklyHours.keys) == Set(Weekday.allCases.filter { $0 != .sunday }))
        #expect(cal.weeklyHours[.monday]?.description == "09:00-21:00")
        #expect(cal.businessSecondsPerWeek == 6 * 12 * hour)
        #expect(cal.holidays.contains(day("2026-10-01")))
        #expect(cal.holidays.contains(day("2026-02-17")))
        #expect(cal.holidays.contains(day("2027-02-06")))
        #expect(cal.holidays.contains(day("2027-10-03")))
        #expect(!cal.holidays.contains(day("2026-02-14")))  // make-up working Saturday
        // Make-up working Sundays (调休上班) are worked, with Monday's hours.
        #expect(cal.extraWorkdays.contains(day("2026-01-04")) && cal.extraWorkdays.contains(day("2026-09-20")))
        #expect(cal.hours(on: day("2026-09-20")).description == "09:00-21:00")
        #expect(cal.hours(on: day("2026-09-27")).isClosed)  // 中秋 Sunday
    }

    @Test func aMakeUpSundayCountsAsAWorkingDay() {
        // Saturday 19 Sep 2026 20:00 + 2h: 1h Saturday, Sunday 20 Sep is a make-up working day → 10:00.
        #expect(cal.adding(businessSeconds: 2 * hour, to: SH.date(2026, 9, 19, 20)) == SH.date(2026, 9, 20, 10))
        #expect(cal.businessSeconds(from: SH.date(2026, 9, 19, 20), to: SH.date(2026, 9, 20, 10)) == 2 * hour)
        // An ordinary Sunday is not.
        #expect(cal.adding(businessSeconds: 2 * hour, to: SH.date(2026, 9, 12, 20)) == SH.date(2026, 9, 14, 10))
    }

    @Test func aLunchBreakIsNotBusinessTime() {
        let office = BusinessCalendar(timeZoneIdentifier: "Asia/Shanghai", weeklyHours: [
            .monday: try! DayHours(parsing: "09:00-12:00,13:00-18:00"), .tuesday: try! DayHours(parsing: "09:00-12:00,13:00-18:00"),
        ])
        // Monday 11:30 + 1h: 30 min before lunch, 30 min after.
        #expect(office.adding(businessSeconds: hour, to: SH.date(2026, 3, 2, 11, 30)) == SH.date(2026, 3, 2, 13, 30))
        // Ending exactly at the start of lunch is that instant, not 13:00.
        #expect(office.adding(businessSeconds: hour, to: SH.date(2026, 3, 2, 11)) == SH.date(2026, 3, 2, 12))
        // Starting during lunch counts from 13:00.
        #expect(office.adding(businessSeconds: hour, to: SH.date(2026, 3, 2, 12, 20)) == SH.date(2026, 3, 2, 14))
        #expect(!office.isOpen(at: SH.date(2026, 3, 2, 12, 30)))
        #expect(office.nextOpening(atOrAfter: SH.date(2026, 3, 2, 12, 30)) == SH.date(2026, 3, 2, 13))
        // 8h days: Monday 17:00 + 10h = 1h Monday, 8h Tuesday, then the next Monday 10:00.
        #expect(office.adding(businessSeconds: 10 * hour, to: SH.date(2026, 3, 2, 17)) == SH.date(2026, 3, 9, 10))
        #expect(office.businessSeconds(from: SH.date(2026, 3, 2, 11, 30), to: SH.date(2026, 3, 2, 13, 30)) == hour)
        // Backwards over lunch.
        #expect(office.adding(businessSeconds: -hour, to: SH.date(2026, 3, 2, 13, 30)) == SH.date(2026, 3, 2, 11, 30))
    }

    @Test func aCrossBorderDeskFollowsItsZoneAcrossDaylightSaving() {
        let la = HolidayPreset.none.applied(to: BusinessCalendar(
            timeZoneIdentifier: "America/Los_Angeles", workdays: [.monday, .tuesday, .wednesday, .thursday, .friday],
            opensAtMinute: 9 * 60, closesAtMinute: 18 * 60), holidays: [day("2026-12-25")])
        var pacific = Calendar(identifier: .gregorian)
        pacific.timeZone = TimeZone(identifier: "America/Los_Angeles")!
        func at(_ m: Int, _ d: Int, _ h: Int, _ min: Int = 0) -> Date {
            pacific.date(from: DateComponents(year: 2026, month: m, day: d, hour: h, minute: min))!
        }
        // Friday 30 Oct 17:00 PDT + 2h: 1h Friday, DST ends Sunday 1 Nov, Monday 2 Nov 10:00 PST.
        #expect(la.adding(businessSeconds: 2 * hour, to: at(10, 30, 17)) == at(11, 2, 10))
        #expect(la.businessSeconds(from: at(10, 30, 17), to: at(11, 2, 10)) == 2 * hour)
        // Christmas Eve 09:00 + 9h is that evening's close; + 10h crosses Christmas and the weekend.
        #expect(la.adding(businessSeconds: 9 * hour, to: at(12, 24, 9)) == at(12, 24, 18))
        #expect(la.adding(businessSeconds: 10 * hour, to: at(12, 24, 9)) == at(12, 28, 10))
        #expect(la.businessSecondsPerWeek == 45 * hour)
    }

    @Test func startBeforeOpeningCountsFromNine() {
        // Monday 2 March 2026, 07:30.
        #expect(cal.adding(businessSeconds: hour, to: SH.date(2026, 3, 2, 7, 30)) == SH.date(2026, 3, 2, 10))
        #expect(cal.businessSeconds(from: SH.date(2026, 3, 2, 7, 30), to: SH.date(2026, 3, 2, 10)) == hour)
        #expect(cal.businessSeconds(from: SH.date(2026, 3, 2, 0), to: SH.date(2026, 3, 2, 9)) == 0)
    }

    @Test func weekendStartWaitsForMondayButSaturdayWorks() {
        // Sunday 8 March 14:00 → Monday 9 March 11:00.
        #expect(cal.adding(businessSeconds: 2 * hour, to: SH.date(2026, 3, 8, 14)) == SH.date(2026, 3, 9, 11))
        // Saturday is a working day for the desk.
        #expect(cal.adding(businessSeconds: hour, to: SH.date(2026, 3, 7, 10)) == SH.date(2026, 3, 7, 11))
        // Saturday 20:00 + 3h: 1h Saturday, Sunday closed, 2h Monday.
        #expect(cal.adding(businessSeconds: 3 * hour, to: SH.date(2026, 3, 7, 20)) == SH.date(2026, 3, 9, 11))
        #expect(cal.businessSeconds(from: SH.date(2026, 3, 7, 20), to: SH.date(2026, 3, 9, 11)) == 3 * hour)
    }

    @Test func exactlyAtClose() {
        // Ending exactly at close is that closing instant, not the next opening.
        #expect(cal.adding(businessSeconds: hour, to: SH.date(2026, 3, 2, 20)) == SH.date(2026, 3, 2, 21))
        // Starting exactly at close counts from the next opening.
        #expect(cal.adding(businessSeconds: hour, to: SH.date(2026, 3, 2, 21)) == SH.date(2026, 3, 3, 10))
        #expect(cal.businessSeconds(from: SH.date(2026, 3, 2, 21), to: SH.date(2026, 3, 3, 9)) == 0)
        #expect(cal.businessSeconds(from: SH.date(2026, 3, 2, 20, 59, 59), to: SH.date(2026, 3, 3, 9, 0, 1)) == 2)
        #expect(cal.isOpen(at: SH.date(2026, 3, 2, 9)))
        #expect(!cal.isOpen(at: SH.date(2026, 3, 2, 21)))
    }

    @Test func multiDaySpan() {
        // Monday 10:00 + 48 business hours: 11 + 12 + 12 + 12 = 47 by Thursday close, 1 on Friday.
        #expect(cal.adding(businessSeconds: 48 * hour, to: SH.date(2026, 3, 2, 10)) == SH.date(2026, 3, 6, 10))
        #expect(cal.businessSeconds(from: SH.date(2026, 3, 2, 10), to: SH.date(2026, 3, 6, 10)) == 48 * hour)
        // Exactly whole days lands on a close.
        #expect(cal.adding(businessSeconds: 24 * hour, to: SH.date(2026, 3, 2, 9)) == SH.date(2026, 3, 3, 21))
    }

    @Test func spanningHolidays() {
        // Friday 3 April 2026, 20:00 + 2h: Qingming is 4–6 April (Sat–Mon), so Tuesday 10:00.
        #expect(cal.adding(businessSeconds: 2 * hour, to: SH.date(2026, 4, 3, 20)) == SH.date(2026, 4, 7, 10))
        #expect(cal.businessSeconds(from: SH.date(2026, 4, 3, 20), to: SH.date(2026, 4, 7, 10)) == 2 * hour)
        // Spring Festival: Fri 13 Feb 09:00 + 36h = Fri 12 + Sat 14 (working) 12 + Tue 24 Feb 12.
        #expect(cal.adding(businessSeconds: 36 * hour, to: SH.date(2026, 2, 13, 9)) == SH.date(2026, 2, 24, 21))
        // National Day week: start on a holiday.
        #expect(cal.adding(businessSeconds: hour, to: SH.date(2026, 10, 3, 12)) == SH.date(2026, 10, 8, 10))
        #expect(!cal.isWorkingDay(SH.date(2026, 10, 3, 12)))
        #expect(cal.nextOpening(atOrAfter: SH.date(2026, 10, 1, 8)) == SH.date(2026, 10, 8, 9))
    }

    @Test func negativeAndZero() {
        let start = SH.date(2026, 3, 9, 10)  // Monday 10:00
        #expect(cal.adding(businessSeconds: 0, to: SH.date(2026, 3, 8, 3)) == SH.date(2026, 3, 8, 3))
        // Backwards: 1h Monday morning, then Saturday 21:00 − 1h.
        #expect(cal.adding(businessSeconds: -2 * hour, to: start) == SH.date(2026, 3, 7, 20))
        #expect(cal.adding(businessSeconds: -hour, to: start) == SH.date(2026, 3, 9, 9))
        #expect(cal.businessSeconds(from: start, to: SH.date(2026, 3, 7, 20)) == 0)
    }

    @Test func roundTripsAgainstAnIndependentDayByDayReference() {
        var rng = SplitMix64(seed: 42)
        let base = SH.date(2025, 12, 20).timeIntervalSince1970
        for _ in 0..<400 {
            let start = Date(timeIntervalSince1970: base + Double(rng.next() % (400 * 86_400)))
            let span = Int64(rng.next() % UInt64(30 * 12 * 3600)) + 1
            let due = cal.adding(businessSeconds: span, to: start)
            #expect(cal.businessSeconds(from: start, to: due) == span)
            #expect(referenceSeconds(from: start, to: due) == span)
            let back = cal.adding(businessSeconds: -span, to: start)
            #expect(cal.businessSeconds(from: back, to: start) == span)
            let end = Date(timeIntervalSince1970: start.timeIntervalSince1970 + Double(rng.next() % (20 * 86_400)))
            #expect(cal.businessSeconds(from: start, to: end) == referenceSeconds(from: start, to: end))
        }
    }

    /// Slow, obviously-correct reference: walk local days with Foundation's Calendar.
    func referenceSeconds(from start: Date, to end: Date) -> Int64 {
        var total: Int64 = 0
        var day = SH.calendar.startOfDay(for: start)
        let formatter = DateFormatter()
        formatter.calendar = SH.calendar
        formatter.timeZone = SH.calendar.timeZone
        formatter.dateFormat = "yyyy-MM-dd"
        while day < end {
            let weekday = SH.calendar.component(.weekday, from: day)  // 1 = Sunday
            let iso = weekday == 1 ? 7 : weekday - 1
            let local = LocalDate(parsing: formatter.string(from: day))!
            let hours = cal.hours(on: local)
            #expect(iso == local.isoWeekday)
            if !hours.isClosed {
                #expect(hours.description == "09:00-21:00")
                let open = day.addingTimeInterval(9 * 3600), close = day.addingTimeInterval(21 * 3600)
                let a = max(open, start), b = min(close, end)
                if b > a { total += Int64(b.timeIntervalSince(a).rounded()) }
            }
            day = SH.calendar.date(byAdding: .day, value: 1, to: day)!
        }
        return total
    }

    @Test func customCalendarWithAHoliday() throws {
        let weekdays = BusinessCalendar(timeZoneIdentifier: "Europe/Berlin", workdays: [.monday, .tuesday, .wednesday, .thursday, .friday],
                                        opensAtMinute: 8 * 60, closesAtMinute: 16 * 60, holidays: [day("2026-12-25")])
        // Thursday 24 Dec 2026 15:00 Berlin + 2h: 1h Thu, Fri 25 holiday, weekend → Mon 28 Dec 09:00.
        var berlin = Calendar(identifier: .gregorian)
        berlin.timeZone = TimeZone(identifier: "Europe/Berlin")!
        let start = berlin.date(from: DateComponents(year: 2026, month: 12, day: 24, hour: 15))!
        #expect(weekdays.adding(businessSeconds: 2 * hour, to: start)
            == berlin.date(from: DateComponents(year: 2026, month: 12, day: 28, hour: 9)))
        // Without the holiday: Friday 09:00.
        let ordinary = weekdays.with(holidays: [], extraWorkdays: [])
        #expect(ordinary.adding(businessSeconds: 2 * hour, to: start)
            == berlin.date(from: DateComponents(year: 2026, month: 12, day: 25, hour: 9)))
        #expect(ordinary != weekdays)
    }

    @Test func onlyMakeUpDaysRunOutOfWorkingTime() {
        let rare = BusinessCalendar(timeZoneIdentifier: "UTC", weeklyHours: [:], extraWorkdays: [day("2026-03-07")],
                                    extraWorkdayHours: try! DayHours(parsing: "10:00-12:00"))
        let utc = { (d: Int, h: Int) in Date(timeIntervalSince1970: Double(LocalDate(year: 2026, month: 3, day: d)!.dayNumber) * 86_400 + Double(h) * 3600) }
        #expect(rare.adding(businessSeconds: hour, to: utc(2, 9)) == utc(7, 11))
        #expect(rare.adding(businessSeconds: 3 * hour, to: utc(2, 9)) == .distantFuture)
        #expect(rare.adding(businessSeconds: -hour, to: utc(9, 9)) == utc(7, 11))
        #expect(rare.adding(businessSeconds: -3 * hour, to: utc(9, 9)) == .distantPast)
    }

    @Test func noWorkingTimeNeverComesDue() {
        let closed = BusinessCalendar(timeZoneIdentifier: "UTC", workdays: [], opensAtMinute: 540, closesAtMinute: 1260)
        #expect(closed.adding(businessSeconds: 60, to: SH.date(2026, 3, 2)) == .distantFuture)
        #expect(closed.businessSeconds(from: SH.date(2026, 3, 2), to: SH.date(2026, 4, 2)) == 0)
    }
}
