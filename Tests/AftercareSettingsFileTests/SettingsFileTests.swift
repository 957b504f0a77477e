import AftercareCore
import Foundation
import Testing
@testable import AftercareSettingsFile

@Suite struct SettingsFileTests {
    func parse(_ text: String) throws -> DeskSettings { try SettingsFile.parse(text).get() }

    func problems(_ text: String) -> [SettingsProblem] {
        if case let .failure(error) = SettingsFile.parse(text) { return error.problems }
        return []
    }

    @Test func standardSettingsRoundTripByteForByte() throws {
        let text = SettingsFile.render(.standard)
        let read = try parse(text)
        #expect(read == .standard)
        #expect(SettingsFile.render(read) == text)
    }

    @Test func changedSettingsRoundTripByteForByte() throws {
        var settings = DeskSettings.standard
        settings.shop = ShopSettings(name: "Ridge \"Outdoor\" \\ 户外 \u{202E}evil\u{200B}\u{1B}[31m\u{E0041}", signatures: [.en: "— Ridge team\nreply anytime", .zh: "岭上户外"],
                                     defaultLanguage: .en, currency: "USD")
        settings.calendar = CalendarSettings(
            timeZoneIdentifier: "America/Los_Angeles", preset: .none,
            hours: [.monday: try DayHours(parsing: "09:00-12:00,13:00-18:00"), .friday: try DayHours(parsing: "10:00-16:00")],
            holidays: [LocalDate(parsing: "2026-12-25")!, LocalDate(parsing: "2026-11-26")!], extraWorkdays: [LocalDate(parsing: "2026-12-19")!],
            extraWorkdayHours: try DayHours(parsing: "10:00-14:00"))
        settings.serviceLevels.targets[.urgent] = SLATargets(firstResponseSeconds: 1800, nextReplySeconds: 2700, resolutionSeconds: 9000)
        settings.serviceLevels.categoryCaps[.damaged] = SLACap(nextReplySeconds: 3600)
        settings.loyalty.thresholds[1].minSpendMinor = 123_45
        settings.loyalty.thresholds[0].minOrders = nil
        settings.followUps.maxTouchpoints = 1
        settings.followUps.countedKinds = [.offer, .reengagement]
        settings.triage.rules = [TriageRule(name: "battery", keywords: ["电池鼓包", "battery swelling"], category: .damaged, priority: .urgent)]
        let text = SettingsFile.render(settings)
        let read = try parse(text)
        #expect(read == settings)
        #expect(SettingsFile.render(read) == text)
        // Control and format characters are written as escapes: the file shows what it holds.
        #expect(text.contains("\\u202E") && text.contains("\\u200B") && text.contains("\\u001B") && text.contains("\\U000E0041"))
        #expect(!text.unicodeScalars.contains { $0.properties.generalCategory == .format || ($0.value < 0x20 && $0 != "\n") })
    }

    @Test func tooManyDatesAreRefused() {
        let dates = (0..<2001).map { "\"\(LocalDate(dayNumber: 20_000 + $0))\"" }.joined(separator: ", ")
        #expect(problems("[calendar]\nholidays = [\(dates)]\n").map(\.key) == ["calendar.holidays"])
    }

    @Test func theIssuesCrossBorderDeskReadsAsWritten() throws {
        let settings = try parse("""
            [calendar]
            timezone = "America/Los_Angeles"
            preset = "none"                      # or "cn-2026-2027"
            hours = { mon = "09:00-18:00", tue = "09:00-18:00", wed = "09:00-18:00", thu = "09:00-18:00", fri = "09:00-18:00" }
            holidays = ["2026-12-25"]
            extra_workdays = []
            [sla.urgent]
            first_response = "1h"
            next_reply = "1h"
            resolution = "8h"
            """)
        #expect(settings.calendar.timeZoneIdentifier == "America/Los_Angeles")
        #expect(settings.calendar.preset == .none)
        #expect(settings.calendar.hours.count == 5 && settings.calendar.hours[.saturday] == nil)
        let calendar = settings.sla.calendar
        var la = Calendar(identifier: .gregorian)
        la.timeZone = TimeZone(identifier: "America/Los_Angeles")!
        // Thursday 24 Dec 2026 17:30 + 1h: 30 min Thursday, Friday is Christmas, the weekend → Monday 09:30.
        let start = la.date(from: DateComponents(year: 2026, month: 12, day: 24, hour: 17, minute: 30))!
        #expect(calendar.adding(businessSeconds: 3600, to: start) == la.date(from: DateComponents(year: 2026, month: 12, day: 28, hour: 9, minute: 30)))
        // Keys left out keep the defaults.
        #expect(settings.serviceLevels.targets[.low] == SLAPolicy.standardTargets[.low])
        #expect(settings.shop == ShopSettings.standard)
    }

    @Test func everyBadKeyAndValueIsReportedWithItsLine() {
        let found = problems("""
            [calendar]
            timezone = "Mars/Olympus"
            hours = { mon = "18:00-09:00", tue = "09:00-18:00" }
            holidays = ["2026-02-30"]

            [sla.urgent]
            first_respons = "1h"
            resolution = "eight hours"

            [loyalty]
            points_per_unit = -1

            [followups]
            steps = [
                { kind = "welcome", from_day = 0, to_day = 1 },
                { kind = "postcard", from_day = 3 },
            ]
            """)
        let byKey = Dictionary(found.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        #expect(byKey["calendar.timezone"]?.line == 2)
        #expect(byKey["calendar.hours.mon"]?.line == 3)
        #expect(byKey["calendar.holidays[0]"]?.line == 4)
        #expect(byKey["sla.urgent.first_respons"]?.line == 7)
        #expect(byKey["sla.urgent.first_respons"]?.message.contains("did you mean first_response") == true)
        #expect(byKey["sla.urgent.resolution"]?.line == 8)
        #expect(byKey["loyalty.points_per_unit"]?.line == 11)
        #expect(byKey["followups.steps[1].kind"]?.line == 16)
        #expect(found.count == 7, "\(found)")
    }

    @Test func syntaxErrorsNameTheLine() {
        let found = problems("[shop]\nname = \"unterminated\n")
        #expect(found.count == 1)
        #expect(found.first?.line == 2)
    }

    @Test func unknownSectionsAndWrongTypesAreProblems() {
        let found = problems("""
            [sla]
            urgent = "1h"
            [calender]
            timezone = "UTC"
            [shop]
            currency = "usd"
            """)
        #expect(found.map(\.key).sorted() == ["calender", "shop.currency", "sla.urgent"])
        #expect(found.first { $0.key == "calender" }?.message.contains("did you mean calendar") == true)
    }

    @Test func aDeskThatIsNeverOpenIsRefused() {
        let found = problems("[calendar]\nhours = {}\n")
        #expect(found.map(\.key) == ["calendar.hours"])
    }

    @Test func numbersOutsideSaneBoundsAreRefused() {
        let found = problems("""
            [sla.low]
            resolution = "99999999h"
            [loyalty.gold]
            spend = 9223372036854775807
            [followups]
            monthly_cap = 1000
            """)
        #expect(Set(found.map(\.key)) == ["sla.low.resolution", "loyalty.gold.spend", "followups.monthly_cap"])
        // A well-formed but huge duration is called out of range, not malformed.
        #expect(found.first { $0.key == "sla.low.resolution" }?.message.contains("out of range") == true)
    }

    @Test func oneKeyIsSetWithoutQuotes() throws {
        let zone = try SettingsFile.setting("calendar.timezone", to: "Asia/Tokyo", in: .standard).get()
        #expect(zone.calendar.timeZoneIdentifier == "Asia/Tokyo")
        #expect(zone.serviceLevels == DeskSettings.standard.serviceLevels)
        let saturday = try SettingsFile.setting("calendar.hours.sat", to: "10:00-16:00", in: zone).get()
        #expect(saturday.calendar.hours[.saturday]?.description == "10:00-16:00")
        #expect(saturday.calendar.timeZoneIdentifier == "Asia/Tokyo")
        let cap = try SettingsFile.setting("sla.category.damaged.first_response", to: "30m", in: .standard).get()
        #expect(cap.serviceLevels.categoryCaps[.damaged] == SLACap(firstResponseSeconds: 1800))
        let holidays = try SettingsFile.setting("calendar.holidays", to: #"["2026-12-25", "2026-12-31"]"#, in: .standard).get()
        #expect(holidays.calendar.holidays.count == 2)
        let flag = try SettingsFile.setting("triage.shouting_raises_priority", to: "false", in: .standard).get()
        #expect(!flag.triage.shoutingRaisesPriority)
    }

    @Test func settingABadKeyOrValueSaysWhich() {
        guard case let .failure(unknown) = SettingsFile.setting("calendar.timezon", to: "UTC", in: .standard) else {
            Issue.record("an unknown key was accepted"); return
        }
        #expect(unknown.problems.map(\.key) == ["calendar.timezon"])
        guard case let .failure(bad) = SettingsFile.setting("sla.high.resolution", to: "soon", in: .standard) else {
            Issue.record("a bad duration was accepted"); return
        }
        #expect(bad.problems.map(\.key) == ["sla.high.resolution"])
        guard case .failure = SettingsFile.setting("timezone", to: "UTC", in: .standard) else {
            Issue.record("a key without a section was accepted"); return
        }
    }

    @Test func durationsAndMoneyHaveOneWrittenForm() {
        #expect(SettingValues.duration("2h30m") == 9000)
        #expect(SettingValues.duration("45m") == 2700)
        #expect(SettingValues.duration("1h") == 3600)
        for bad in ["", "h", "1", "1x", "1m2h", "1h1h", "-1h", "1.5h"] { #expect(SettingValues.duration(bad) == nil, "\(bad)") }
        #expect(SettingValues.duration(seconds: 9000) == "2h30m")
        #expect(SettingValues.duration(seconds: 172_800) == "48h")
        #expect(SettingValues.money("500") == 50000)
        #expect(SettingValues.money("0.5") == 50)
        #expect(SettingValues.money("19.99") == 1999)
        for bad in ["", ".5", "1.234", "1e3", "-1", "1,000"] { #expect(SettingValues.money(bad) == nil, "\(bad)") }
        #expect(SettingValues.money(minorUnits: 50) == "0.50")
    }
}
