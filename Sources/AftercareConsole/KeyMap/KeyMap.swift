import Foundation
import TerminalKit
import TOMLKit

/// Keys as data: which key runs which command in which context. The defaults are the tables the
/// features declare, merged into `KeyMap.defaultTable`; the user's TOML file is merged over them by
/// `load(userFileText:)`. Help (`?`) and the footer hints are generated from `bindings(for:)`.
public struct KeyMap: Equatable, Sendable {
    public private(set) var table: [KeyContext: [Key: Command]]

    public init(table: [KeyContext: [Key: Command]]) { self.table = table }

    /// The default bindings, one row per key: `(context, key name, command)`, as the features
    /// declare them (`FeatureCommands.defaultKeys`). Key names are those `Key(name:)` reads.
    /// mutt/aerc/tig/lazygit/less conventions.
    public static let defaultTable: [(KeyContext, String, Command)] = Features.all.flatMap { $0.defaultKeys }

    /// The defaults, with no user file.
    public static let defaults: KeyMap = {
        var table: [KeyContext: [Key: Command]] = [:]
        for (context, name, command) in defaultTable {
            guard let key = Key(name: name) else { preconditionFailure("bad default key name \(name)") }
            table[context, default: [:]][key] = command
        }
        return KeyMap(table: table)
    }()

    /// Conflicts inside the default table (a key listed twice in one context, or a context key
    /// shadowing a `global` one). Empty; a test keeps it that way.
    public static var defaultTableConflicts: [String] {
        var seen: [KeyContext: [Key: Command]] = [:]
        var problems: [String] = []
        for (context, name, command) in defaultTable {
            guard let key = Key(name: name) else { problems.append("\(context.rawValue): bad key name \(name)"); continue }
            if let other = seen[context]?[key] {
                problems.append("\(context.rawValue): \(key.name) bound to both \(other.rawValue) and \(command.rawValue)")
            }
            seen[context, default: [:]][key] = command
        }
        for context in KeyContext.allCases where context.inheritsGlobal {
            for (key, command) in seen[context] ?? [:] {
                if let g = seen[.global]?[key] {
                    problems.append("\(context.rawValue): \(key.name) (\(command.rawValue)) shadows global \(g.rawValue)")
                }
            }
        }
        return problems.sorted()
    }

    /// The command `key` runs in `context` (falling back to `global` where the context inherits it).
    public func command(for key: Key, in context: KeyContext) -> Command? {
        if let command = table[context]?[key] { return command }
        if context.inheritsGlobal { return table[.global]?[key] }
        return nil
    }

    /// Every binding active in `context` (its own, then inherited `global` ones not shadowed), in
    /// command order (`Command.allCases`), then by key name. Help and the footer use this.
    public func bindings(for context: KeyContext) -> [(Key, Command)] {
        var merged = table[context] ?? [:]
        if context.inheritsGlobal {
            for (key, command) in table[.global] ?? [:] where merged[key] == nil { merged[key] = command }
        }
        return Self.inCommandOrder(merged)
    }

    /// The context's own bindings (without inherited global ones), in command order.
    func ownBindings(for context: KeyContext) -> [(Key, Command)] {
        Self.inCommandOrder(table[context] ?? [:])
    }

    /// Bindings in `Command.allCases` order, then by key (help and the footer list them so).
    private static func inCommandOrder(_ bindings: [Key: Command]) -> [(Key, Command)] {
        bindings.sorted { a, b in
            let ia = Command.allCases.firstIndex(of: a.value)!, ib = Command.allCases.firstIndex(of: b.value)!
            if ia != ib { return ia < ib }
            return KeyMap.keyOrder(a.key) < KeyMap.keyOrder(b.key)
        }.map { ($0.key, $0.value) }
    }

    /// The keys that run `command` in `context` (for hints such as "C-s send").
    public func keys(for command: Command, in context: KeyContext) -> [Key] {
        bindings(for: context).filter { $0.1 == command }.map(\.0)
    }

    /// Footer hints for `context`: one entry per hinted command, its first key. "Enter open".
    public func footerHints(for context: KeyContext) -> [(key: String, label: String)] {
        var seen = Set<Command>()
        var hints: [(key: String, label: String)] = []
        for (key, command) in bindings(for: context) where command.isFooterHint && seen.insert(command).inserted {
            hints.append((key.name, command.description))
        }
        return hints
    }

    /// Single characters first, then named keys; stable.
    static func keyOrder(_ key: Key) -> String {
        switch key {
        case .char: "0" + key.name
        case .ctrl: "2" + key.name
        case .alt: "3" + key.name
        default: "1" + key.name
        }
    }

    /// The defaults merged with the user's keymap file (TOML, one table per context):
    ///
    /// ```toml
    /// [inbox]
    /// "C-n" = "move_down"
    /// "x" = "none"        # unbind
    /// ```
    ///
    /// Problems that don't stop the console come back as warnings to show on start: unknown
    /// contexts, key names or commands; two names for the same key in one context; a binding that
    /// replaces a default or shadows a `global` one.
    /// - Throws: `KeyMapError.syntax` when the text is not TOML.
    public static func load(userFileText: String?) throws -> (KeyMap, warnings: [String]) {
        var map = KeyMap.defaults
        guard let text = userFileText, !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            return (map, [])
        }
        let root: TOMLTable
        do {
            root = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw KeyMapError.syntax(line: error.source.begin.line, message: error.description)
        } catch {
            throw KeyMapError.syntax(line: 0, message: "\(error)")
        }
        var warnings: [String] = []
        for section in root.keys.sorted() {
            guard let context = KeyContext(rawValue: section) else {
                warnings.append("keymap: unknown section [\(section)] (known: \(KeyContext.allCases.map(\.rawValue).joined(separator: ", ")))")
                continue
            }
            guard let table = root[section]?.table else {
                warnings.append("keymap: [\(section)] should be a table of \"key\" = \"command\"")
                continue
            }
            var userBound: [Key: (name: String, command: Command?)] = [:]
            for name in table.keys.sorted() {
                guard let key = Key(name: name) else {
                    warnings.append("keymap [\(section)]: unknown key name \"\(name)\"")
                    continue
                }
                guard let value = table[name]?.string else {
                    warnings.append("keymap [\(section)]: \"\(name)\" should name a command in quotes")
                    continue
                }
                let command: Command?
                if value == "none" || value.isEmpty {
                    command = nil
                } else if let c = Command(rawValue: value) {
                    command = c
                } else {
                    warnings.append("keymap [\(section)]: \"\(name)\" = unknown command \"\(value)\"")
                    continue
                }
                if let earlier = userBound[key] {
                    if earlier.command != command {
                        warnings.append("keymap [\(section)]: \"\(earlier.name)\" and \"\(name)\" are the same key \(key.name), bound to \(earlier.command?.rawValue ?? "none") and \(command?.rawValue ?? "none"); using \(command?.rawValue ?? "none")")
                    }
                }
                userBound[key] = (name, command)
                if let old = map.table[context]?[key], old != command {
                    warnings.append("keymap [\(section)]: \(key.name) now \(command?.rawValue ?? "unbound"), replacing \(old.rawValue)")
                }
                if context.inheritsGlobal, let g = map.table[.global]?[key], command != nil, g != command {
                    warnings.append("keymap [\(section)]: \(key.name) (\(command!.rawValue)) shadows global \(g.rawValue) here")
                }
                map.table[context, default: [:]][key] = command
            }
        }
        return (map, warnings)
    }
}

public enum KeyMapError: Error, Equatable, Sendable, CustomStringConvertible {
    case syntax(line: Int, message: String)

    public var description: String {
        switch self {
        case let .syntax(line, message): "keymap: line \(line): \(message)"
        }
    }
}
