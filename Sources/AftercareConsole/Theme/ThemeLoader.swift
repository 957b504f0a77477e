import Foundation
import TOMLKit
import TerminalKit

/// Why a theme could not be loaded; `description` names the file and, where known, the line.
public struct ThemeError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Reason: Hashable, Sendable {
        /// No file and no built-in theme by that name; `searched` lists what was tried.
        case notFound(searched: [String])
        case unreadable(String)
        /// TOML syntax error (from the parser).
        case syntax(String)
        /// `[roles.<name>]` with a name that is not a `ThemeRole`.
        case unknownRole(String)
        /// A key inside a role other than fg, bg, bold, dim, underline, reverse.
        case unknownKey(role: String, key: String)
        case badColor(role: String, key: String, value: String)
        case badAttribute(role: String, key: String, value: String)
        /// `roles` or a role that is not a table; or a top-level key other than name/description/roles.
        case badStructure(String)
    }

    public var file: String
    public var line: Int?
    public var reason: Reason

    public init(file: String, line: Int?, reason: Reason) {
        self.file = file
        self.line = line
        self.reason = reason
    }

    public var description: String {
        let place = line.map { "\(file):\($0)" } ?? file
        switch reason {
        case let .notFound(searched):
            return "theme \(file) not found (looked for \(searched.joined(separator: ", ")); built-in themes: "
                + BuiltInThemes.names.joined(separator: ", ")
        case let .unreadable(message):
            return "\(place): cannot read theme: \(message)"
        case let .syntax(message):
            return "\(place): TOML syntax error: \(message)"
        case let .unknownRole(role):
            return "\(place): unknown role \"\(role)\" (roles: "
                + ThemeRole.allCases.map(\.rawValue).joined(separator: ", ") + ")"
        case let .unknownKey(role, key):
            return "\(place): unknown key \"\(key)\" in role \(role) (keys: fg, bg, bold, dim, underline, reverse)"
        case let .badColor(role, key, value):
            return "\(place): bad colour \(value) for \(role).\(key): use 0–255 or a name ("
                + ThemeColorName.names.joined(separator: ", ") + ")"
        case let .badAttribute(role, key, value):
            return "\(place): \(role).\(key) must be true or false, not \(value)"
        case let .badStructure(message):
            return "\(place): \(message)"
        }
    }
}

/// Colour names a theme file may use instead of palette indexes.
public enum ThemeColorName {
    public static let names = [
        "default", "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white", "bright_black",
        "bright_red", "bright_green", "bright_yellow", "bright_blue", "bright_magenta", "bright_cyan", "bright_white",
    ]

    /// The colour for a name ("grey"/"gray" are bright_black); nil when unknown.
    public static func color(named raw: String) -> TerminalColor? {
        let name = raw.lowercased().replacingOccurrences(of: "-", with: "_").replacingOccurrences(of: " ", with: "_")
        if name == "default" { return .default }
        if name == "grey" || name == "gray" { return .indexed(8) }
        guard let i = names.firstIndex(of: name) else { return nil }
        return .indexed(UInt8(i - 1))
    }
}

extension Theme {
    /// Loads a theme by name or path.
    ///
    /// `nameOrPath` containing "/" or ending in ".toml" is a file path; otherwise it is a name looked
    /// up as `<themesDirectory>/<name>.toml`, then among the built-in themes (so the console works
    /// without the Themes directory). Roles the file leaves out come from the built-in default
    /// theme and are listed in `inheritedRoles`.
    /// - Throws: `ThemeError` naming the file and line: not found, TOML syntax, unknown role or
    ///   key, bad colour, bad attribute.
    public static func load(nameOrPath: String, themesDirectory: String) throws -> Theme {
        let isPath = nameOrPath.contains("/") || nameOrPath.hasSuffix(".toml")
        let path = isPath ? nameOrPath : (themesDirectory as NSString).appendingPathComponent(nameOrPath + ".toml")
        if FileManager.default.fileExists(atPath: path) {
            let text: String
            do {
                text = try String(contentsOfFile: path, encoding: .utf8)
            } catch {
                throw ThemeError(file: path, line: nil, reason: .unreadable(error.localizedDescription))
            }
            return try parse(text, file: path, inheritingFrom: BuiltInThemes.default)
        }
        if !isPath, let builtIn = BuiltInThemes.theme(named: nameOrPath) { return builtIn }
        throw ThemeError(file: nameOrPath, line: nil, reason: .notFound(searched: [path]))
    }

    /// Parses theme TOML. `file` is only used in error messages. Roles missing from the text come
    /// from `base` (plain when `base` is nil) and are listed in `inheritedRoles`.
    public static func parse(_ text: String, file: String, inheritingFrom base: Theme?) throws -> Theme {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ThemeError(file: file, line: error.source.begin.line, reason: .syntax(error.description))
        } catch {
            throw ThemeError(file: file, line: nil, reason: .syntax("\(error)"))
        }
        let lines = SourceLines(text)
        var name = (file as NSString).lastPathComponent
        if name.hasSuffix(".toml") { name = String(name.dropLast(5)) }
        for key in table.keys {
            switch key {
            case "name":
                guard let s = table[key]?.string else {
                    throw ThemeError(file: file, line: lines.line(ofKey: key, in: nil), reason: .badStructure("name must be a string"))
                }
                name = s
            case "description", "roles":
                break
            default:
                throw ThemeError(
                    file: file, line: lines.line(ofKey: key, in: nil),
                    reason: .badStructure("unknown top-level key \"\(key)\" (expected name, description, [roles.*])"))
            }
        }
        var styles: [ThemeRole: Style] = [:]
        if let rolesValue = table["roles"] {
            guard let roles = rolesValue.table else {
                throw ThemeError(file: file, line: lines.line(ofKey: "roles", in: nil), reason: .badStructure("roles must be a table"))
            }
            for roleName in roles.keys {
                let roleLine = lines.line(ofTable: "roles." + roleName) ?? lines.line(ofKey: roleName, in: "roles")
                guard let role = ThemeRole(rawValue: roleName) else {
                    throw ThemeError(file: file, line: roleLine, reason: .unknownRole(roleName))
                }
                guard let entry = roles[roleName]?.table else {
                    throw ThemeError(file: file, line: roleLine, reason: .badStructure("role \(roleName) must be a table"))
                }
                styles[role] = try style(entry, role: roleName, file: file, lines: lines, roleLine: roleLine)
            }
        }
        var inherited: [ThemeRole] = []
        for role in ThemeRole.allCases where styles[role] == nil {
            inherited.append(role)
            styles[role] = base?[role] ?? .plain
        }
        return Theme(name: name, styles: styles, inheritedRoles: inherited)
    }

    private static func style(_ entry: TOMLTable, role: String, file: String, lines: SourceLines, roleLine: Int?) throws -> Style {
        var style = Style()
        for key in entry.keys {
            let value = entry[key]!
            let line = lines.line(ofKey: key, in: "roles." + role) ?? roleLine
            switch key {
            case "fg", "bg":
                let color: TerminalColor
                if let n = value.int {
                    guard (0...255).contains(n) else {
                        throw ThemeError(file: file, line: line, reason: .badColor(role: role, key: key, value: String(n)))
                    }
                    color = .indexed(UInt8(n))
                } else if let s = value.string, let c = ThemeColorName.color(named: s) {
                    color = c
                } else {
                    throw ThemeError(file: file, line: line, reason: .badColor(role: role, key: key, value: value.debugDescription))
                }
                if key == "fg" { style.foreground = color } else { style.background = color }
            case "bold", "dim", "underline", "reverse":
                guard let flag = value.bool else {
                    throw ThemeError(file: file, line: line, reason: .badAttribute(role: role, key: key, value: value.debugDescription))
                }
                switch key {
                case "bold": style.bold = flag
                case "dim": style.dim = flag
                case "underline": style.underline = flag
                default: style.reverse = flag
                }
            default:
                throw ThemeError(file: file, line: line, reason: .unknownKey(role: role, key: key))
            }
        }
        return style
    }
}

/// Finds where a table header or key sits in TOML text, for error messages (TOMLKit reports
/// positions for syntax errors only).
struct SourceLines {
    /// (line number, current table, trimmed text)
    private var entries: [(Int, String?, String)] = []

    init(_ text: String) {
        var table: String? = nil
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("["), !line.hasPrefix("[["), let close = line.firstIndex(of: "]") {
                table = String(line[line.index(after: line.startIndex)..<close]).replacingOccurrences(of: " ", with: "")
                    .replacingOccurrences(of: "\"", with: "")
            }
            entries.append((i + 1, table, line))
        }
    }

    func line(ofTable name: String) -> Int? {
        entries.first { $0.2.hasPrefix("[") && $0.1 == name }?.0
    }

    /// The line of `key = …` inside table `table` (nil: top level), or of a dotted/inline form.
    func line(ofKey key: String, in table: String?) -> Int? {
        func isKey(_ text: String, _ k: String) -> Bool {
            for candidate in [k, "\"\(k)\""] where text.hasPrefix(candidate) {
                let rest = text.dropFirst(candidate.count).drop { $0 == " " || $0 == "\t" }
                if rest.first == "=" { return true }
            }
            return false
        }
        if let hit = entries.first(where: { $0.1 == table && isKey($0.2, key) }) { return hit.0 }
        // `roles.x = {…}` or `x.fg = …` written with dotted keys.
        if let table, let hit = entries.first(where: { $0.1 == nil && isKey($0.2, table + "." + key) }) { return hit.0 }
        return nil
    }
}
