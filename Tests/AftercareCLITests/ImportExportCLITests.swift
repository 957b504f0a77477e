import Foundation
import Testing

@Suite struct ImportExportCLITests {
    func write(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("aftercare-import-\(UUID().uuidString).jsonl").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func exportImportExportIsIdentical() throws {
        let source = SeededStore.shared
        let first = try source.run(["export"])
        #expect(first.status == 0)
        let file = try write(first.stdout)
        let target = CLIRunner(store: CLIRunner.temporaryStorePath(), environment: ["AFTERCARE_NOW": SeededStore.now])
        let imported = try target.run(["import", file])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("tickets +300"))
        let second = try target.run(["export"])
        #expect(second.stdout == first.stdout)

        let again = try target.run(["import", file, "--json"])
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(again.stdout.utf8)) as? [String: Int])
        #expect(summary["tickets_added"] == 0 && summary["messages_added"] == 0 && summary["customers_added"] == 0)
        #expect(try target.run(["export"]).stdout == first.stdout, "a second import changes nothing")
    }

    @Test func badLinesAreAllReportedAndNothingIsImported() throws {
        let export = try SeededStore.shared.run(["export"]).stdout
        var lines = export.split(separator: "\n").map(String.init)
        lines[2] = "{not json"
        lines[5] = lines[5].replacingOccurrences(of: "\"type\":\"customer\"", with: "\"type\":\"alien\"")
        let file = try write(lines.joined(separator: "\n") + "\n")
        let target = CLIRunner(store: CLIRunner.temporaryStorePath())
        let result = try target.run(["import", file])
        #expect(result.status == 65)
        #expect(result.stderr.contains("line 3:"))
        #expect(result.stderr.contains("line 6:"))
        #expect(result.stderr.contains("nothing imported"))
        #expect(try target.run(["list"]).status == 4, "no store was even created")
    }
}
