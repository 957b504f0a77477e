import Foundation
import Testing

/// `aftercare settings`: the desk's settings through the real binary, as an admin would use it.
@Suite struct SettingsCLITests {
    func write(_ text: String, suffix: String = ".toml") throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("aftercare-settings-\(UUID().uuidString)\(suffix)").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    static let losAngeles = """
        [calendar]
        timezone = "America/Los_Angeles"
        preset = "none"                      # or "cn-2026-2027"
        hours = { mon = "09:00-18:00", tue = "09:00-18:00", wed = "09:00-18:00", thu = "09:00-18:00", fri = "09:00-18:00" }
        # a day left out is closed; "09:00-12:00,13:00-18:00" is a day with a lunch break
        holidays = ["2026-12-25"]
        extra_workdays = []
        [sla.urgent]
        first_response = "1h"
        next_reply = "1h"
        resolution = "8h"
        """

    @Test func exportImportExportIsByteIdentical() throws {
        let store = try SeededStore.copy()
        let first = try store.run(["settings", "export"])
        #expect(first.status == 0)
        #expect(first.stdout.contains("[calendar]") && first.stdout.contains("preset = \"cn-2026-2027\""))
        let fresh = CLIRunner(store: CLIRunner.temporaryStorePath())
        #expect(try fresh.run(["init"]).status == 0)
        let imported = try fresh.run(["settings", "import", try write(first.stdout)])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(try fresh.run(["settings", "export"]).stdout == first.stdout)
        // Importing it again is no change at all: no new version.
        #expect(try fresh.run(["settings", "import", try write(first.stdout)]).stdout.contains("no changes"))
    }

    @Test func aBadFileNamesEachLineAndKeyAndChangesNothing() throws {
        let store = try SeededStore.copy()
        let before = try store.run(["settings", "export"]).stdout
        let bad = try write("""
            [calendar]
            timezone = "America/Los_Angles"
            hours = { mon = "09:00-18:00", tue = "9-18" }

            [sla.urgent]
            first_responce = "1h"
            [loyalty]
            points_per_unit = 99999999
            """)
        let result = try store.run(["settings", "import", bad])
        #expect(result.status == 65)
        #expect(result.stderr.contains("4 problems, nothing changed"))
        #expect(result.stderr.contains("line 2: `calendar.timezone`"))
        #expect(result.stderr.contains("line 3: `calendar.hours.tue`"))
        #expect(result.stderr.contains("line 6: `sla.urgent.first_responce`: unknown key; did you mean first_response?"))
        #expect(result.stderr.contains("line 8: `loyalty.points_per_unit`"))
        #expect(try store.run(["settings", "export"]).stdout == before)
        let syntax = try store.run(["settings", "import", try write("[calendar\ntimezone = 1\n")])
        #expect(syntax.status == 65 && syntax.stderr.contains("line 1:"))
    }

    @Test func oneKeyIsSetAndTheHistorySaysWhoChangedWhat() throws {
        let store = try SeededStore.copy()
        let set = try store.run(["settings", "set", "calendar.timezone", "Asia/Tokyo"])
        #expect(set.status == 0, "\(set.stderr)")
        #expect(set.stdout.contains("calendar.timezone: \"Asia/Shanghai\" → \"Asia/Tokyo\""))
        #expect(set.stdout.contains("inbox order recomputed"))
        let history = try #require(try store.json(["settings", "history"]) as? [[String: Any]])
        let latest = try #require(history.first)
        let changes = try #require(latest["changes"] as? [[String: Any]])
        #expect(changes.first?["key"] as? String == "calendar.timezone")
        #expect((latest["agent"] as? String)?.isEmpty == false)
        let unknown = try store.run(["settings", "set", "calendar.timezon", "UTC"])
        #expect(unknown.status == 65 && unknown.stderr.contains("did you mean timezone?"))
        let shown = try #require(try store.json(["settings", "show"]) as? [String: Any])
        #expect((shown["calendar"] as? [String: Any])?["timezone"] as? String == "Asia/Tokyo")
    }

    /// The issue's cross-border desk: every running clock comes due inside Monday–Friday
    /// 09:00–18:00 Los Angeles time, in `list --json` and `show --json`.
    @Test func aLosAngelesDeskComesDueInsideItsHours() throws {
        let store = try SeededStore.copy()
        let imported = try store.run(["settings", "import", try write(Self.losAngeles)])
        #expect(imported.status == 0, "\(imported.stderr)")
        var pacific = Calendar(identifier: .gregorian)
        pacific.timeZone = TimeZone(identifier: "America/Los_Angeles")!
        let iso = ISO8601DateFormatter()
        var checked = 0
        let rows = try #require(try store.json(["list", "--limit", "200"]) as? [[String: Any]])
        for row in rows {
            let sla = try #require(row["sla"] as? [String: Any])
            for clock in ["first_response", "next_reply", "resolution"] {
                guard let state = sla[clock] as? [String: Any], let due = (state["due"] as? String).flatMap(iso.date(from:)),
                      state["state"] as? String == "running" || state["state"] as? String == "breached" else { continue }
                let c = pacific.dateComponents([.weekday, .hour, .minute, .month, .day], from: due)
                let minute = c.hour! * 60 + c.minute!
                #expect((2...6).contains(c.weekday!), "due on a weekend: \(due) #\(row["id"]!)")
                #expect(minute > 9 * 60 && minute <= 18 * 60, "due outside 09:00–18:00: \(due) #\(row["id"]!)")
                #expect(!(c.month == 12 && c.day == 25))
                checked += 1
            }
        }
        #expect(checked > 20)
        let id = try #require(rows.first?["id"] as? Int)
        let shown = try store.run(["show", String(id)])
        #expect(shown.stdout.contains("next reply:"))
        let detail = try #require(try store.json(["show", String(id)]) as? [String: Any])
        let sla = try #require((detail["ticket"] as? [String: Any])?["sla"] as? [String: Any])
        #expect(sla["next_reply"] != nil)
    }

    @Test func editReopensWithTheProblemsOnTopUntilTheFileIsRight() throws {
        let store = try SeededStore.copy()
        // An "editor" that first breaks the time zone, then (seeing the problems block) fixes it.
        let editor = try write("""
            #!/bin/sh
            if grep -q 'this file has problems' "$1"; then
              # The line the problem names is the time zone's line in the file as reopened.
              n=$(grep -o 'line [0-9]*: .calendar.timezone' "$1" | grep -o '[0-9][0-9]*')
              sed -n "${n}p" "$1" | grep -q '^timezone = "Mars/Olympus"' || exit 3
              sed -i 's|"Mars/Olympus"|"Europe/Berlin"|' "$1"
            else
              sed -i 's|"Asia/Shanghai"|"Mars/Olympus"|' "$1"
            fi
            """, suffix: ".sh")
        chmod(editor, 0o755)
        var runner = store
        runner.environment["VISUAL"] = editor
        let result = try runner.run(["settings", "edit"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("calendar.timezone: \"Asia/Shanghai\" → \"Europe/Berlin\""))
        // An editor that saves the file unchanged gives up: nothing changes.
        runner.environment["VISUAL"] = "true"
        #expect(try runner.run(["settings", "edit"]).stdout.contains("no changes"))
    }
}
