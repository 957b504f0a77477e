import AftercareCore
import Foundation
internal import TOMLKit

/// One thing wrong with a settings file: the key, its line when there is a text, and why.
public struct SettingsProblem: Sendable, Hashable, CustomStringConvertible {
    public var line: Int?
    public var key: String
    public var message: String

    public init(line: Int?, key: String, message: String) {
        self.line = line
        self.key = key
        self.message = message
    }

    /// "line 12: `calendar.timezone`: unknown time zone …"
    public var description: String {
        (line.map { "line \($0): " } ?? "") + (key.isEmpty ? "" : "`\(key)`: ") + message
    }
}

/// Every problem of a settings text (nothing is applied while there is one).
public struct SettingsFileError: Error, Sendable, Hashable, CustomStringConvertible {
    public var problems: [SettingsProblem]

    public init(problems: [SettingsProblem]) { self.problems = problems }

    public var description: String { problems.map(\.description).joined(separator: "\n") }
}

/// The desk settings' written form: TOML, the same text for `settings export`, `import`, `edit`
/// and the store's own copy. `render` → `parse` → `render` gives the same bytes.
public enum SettingsFile {
    /// The canonical text of `settings`.
    public static func render(_ settings: DeskSettings) -> String { SettingsWriter.write(settings) }

    /// Reads a settings text over `defaults`: keys left out keep the values they have there (an
    /// import over the desk's current settings changes only what the file says; the store reads
    /// its own complete copies over the standard settings). Every problem is reported, with its line.
    public static func parse(_ text: String, defaults: DeskSettings = .standard) -> Result<DeskSettings, SettingsFileError> {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            return .failure(SettingsFileError(problems: [
                SettingsProblem(line: error.source.begin.line, key: "", message: "not valid TOML: \(error.description)"),
            ]))
        } catch {
            return .failure(SettingsFileError(problems: [SettingsProblem(line: nil, key: "", message: "not valid TOML: \(error)")]))
        }
        var reader = SettingsReader(lines: KeyLines(text))
        let settings = reader.read(table, over: defaults)
        if !reader.problems.isEmpty { return .failure(SettingsFileError(problems: reader.problems.sorted { ($0.line ?? 0) < ($1.line ?? 0) })) }
        return .success(settings)
    }

    /// `settings` with one key changed (`calendar.timezone`, `sla.urgent.first_response`,
    /// `calendar.hours.sat`…). `value` is read as a TOML value when it is one (`true`, `3`,
    /// `["2026-12-25"]`, `"text"`), else as a string, so `Asia/Shanghai` needs no quotes.
    public static func setting(_ key: String, to value: String, in settings: DeskSettings) -> Result<DeskSettings, SettingsFileError> {
        let path = key.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard path.count >= 2, path.allSatisfy({ !$0.isEmpty && !$0.contains("[") }) else {
            return .failure(SettingsFileError(problems: [SettingsProblem(
                line: nil, key: key, message: "expected a dotted key such as calendar.timezone or sla.urgent.first_response "
                    + "(lists of tables such as triage.rules are changed with `aftercare settings edit`)")]))
        }
        guard let root = try? TOMLTable(string: render(settings)) else {
            return .failure(SettingsFileError(problems: [SettingsProblem(line: nil, key: key, message: "the current settings could not be read")]))
        }
        var table = root
        for name in path.dropLast() {
            if let existing = table[name]?.table {
                table = existing
            } else if table[name] != nil {
                return .failure(SettingsFileError(problems: [SettingsProblem(line: nil, key: key, message: "\(name) is not a table")]))
            } else {
                let created = TOMLTable()
                table[name] = created
                guard let inserted = table[name]?.table else { break }
                table = inserted
            }
        }
        table[path.last!] = parseValue(value)
        var reader = SettingsReader(lines: nil)
        let updated = reader.read(root, over: .standard)
        if !reader.problems.isEmpty { return .failure(SettingsFileError(problems: reader.problems)) }
        return .success(updated)
    }

    /// What differs between two settings, key by key as the file writes them (`calendar.timezone`,
    /// `sla.urgent.first_response`, `followups.steps[2]`, `triage.rules[0].keywords`), in file order.
    public static func differences(from old: DeskSettings, to new: DeskSettings) -> [(key: String, old: String?, new: String?)] {
        let before = KeyLines(render(old)).values, after = KeyLines(render(new)).values
        let oldValues = Dictionary(before.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
        let newValues = Dictionary(after.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
        var result: [(key: String, old: String?, new: String?)] = []
        for (key, value) in after where oldValues[key] != value { result.append((key, oldValues[key], value)) }
        for (key, value) in before where newValues[key] == nil { result.append((key, value, nil)) }
        return result
    }

    /// A value typed on the command line: TOML when it parses as one, else the text itself.
    static func parseValue(_ text: String) -> TOMLValueConvertible {
        if let table = try? TOMLTable(string: "value = " + text), let value = table["value"] { return value }
        return text
    }
}
