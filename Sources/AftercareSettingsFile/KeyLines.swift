import Foundation

/// Where each key of a settings file is written, so a problem names its line. TOMLKit (toml++)
/// reports lines for syntax errors only; for a bad value or an unknown key we find the line here,
/// from the same text the parser read.
///
/// Paths are dotted (`calendar.timezone`, `sla.urgent.first_response`); elements of arrays of
/// tables and of arrays of inline tables carry their index (`triage.rules[2].keywords`,
/// `followups.steps[0].kind`). Keys inside an inline table are found on the line that holds them.
struct KeyLines {
    private var lines: [String: Int] = [:]
    /// Each written key or array element with its value as written, in file order.
    private(set) var values: [(key: String, value: String)] = []

    init(_ text: String) {
        var table: [String] = []
        var arrayCounts: [String: Int] = [:]
        /// The array of inline tables being read (`steps = [` … `]`) and its next element index.
        var openArray: (path: String, next: Int)?
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = offset + 1
            let line = Self.strippingComment(String(raw)).trimmingCharacters(in: .whitespaces)
            if line.isEmpty { continue }
            if let array = openArray {
                if line.hasPrefix("]") { openArray = nil; continue }
                if line.hasPrefix("{") {
                    let element = array.path + "[\(array.next)]"
                    record(element, number)
                    values.append((element, line.hasSuffix(",") ? String(line.dropLast()) : line))
                    for key in Self.inlineKeys(line) { record(element + "." + key, number) }
                    openArray = (array.path, array.next + 1)
                }
                continue
            }
            if line.hasPrefix("[[") {
                let name = Self.unquote(String(line.dropFirst(2).prefix { $0 != "]" }))
                let index = arrayCounts[name, default: 0]
                arrayCounts[name] = index + 1
                table = [name + "[\(index)]"]
                record(name, number)
                record(table[0], number)
                continue
            }
            if line.hasPrefix("[") {
                let name = Self.unquote(String(line.dropFirst().prefix { $0 != "]" }))
                table = [Self.resolve(name, arrayCounts)]
                record(table[0], number)
                continue
            }
            guard let equals = line.firstIndex(of: "=") else { continue }
            let key = Self.unquote(String(line[..<equals]))
            let path = (table + [key]).joined(separator: ".")
            record(path, number)
            let value = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            if !(value == "[" || (value.hasPrefix("[") && !value.contains("]"))) { values.append((path, value)) }
            if value.hasPrefix("{") {
                for inner in Self.inlineKeys(value) { record(path + "." + inner, number) }
            } else if value == "[" || (value.hasPrefix("[") && !value.contains("]")) {
                openArray = (path, 0)
            }
        }
    }

    /// The line of `path`, else of the closest enclosing key or table that is written.
    func line(of path: String) -> Int? {
        var current = path
        while !current.isEmpty {
            if let line = lines[current] { return line }
            if current.hasSuffix("]"), let bracket = current.lastIndex(of: "[") {
                current = String(current[..<bracket])
            } else if let dot = current.lastIndex(of: ".") {
                current = String(current[..<dot])
            } else {
                return nil
            }
        }
        return nil
    }

    private mutating func record(_ path: String, _ line: Int) {
        if lines[path] == nil { lines[path] = line }
    }

    /// `[triage.rules.x]` inside the last `[[triage.rules]]` element refers to that element.
    private static func resolve(_ name: String, _ arrayCounts: [String: Int]) -> String {
        for (array, count) in arrayCounts where name.hasPrefix(array + ".") {
            return array + "[\(count - 1)]" + name.dropFirst(array.count)
        }
        return name
    }

    /// `mon = "09:00", tue = "10:00"` inside braces → ["mon", "tue"] (top level only).
    private static func inlineKeys(_ text: String) -> [String] {
        var keys: [String] = []
        var depth = 0
        var inString = false
        var current = ""
        for ch in text {
            if inString {
                if ch == "\"" { inString = false }
                continue
            }
            switch ch {
            case "\"": inString = true
            case "{", "[": depth += 1; current = ""
            case "}", "]": depth -= 1; current = ""
            case ",": current = ""
            case "=":
                if depth == 1 { keys.append(unquote(current)) }
                current = ""
            default: current.append(ch)
            }
        }
        return keys
    }

    /// The line without a trailing `# comment` (a `#` inside a string is kept).
    private static func strippingComment(_ line: String) -> String {
        var inString = false
        var escaped = false
        for (index, ch) in zip(line.indices, line) {
            if escaped { escaped = false; continue }
            if ch == "\\" && inString { escaped = true; continue }
            if ch == "\"" { inString.toggle() }
            if ch == "#" && !inString { return String(line[..<index]) }
        }
        return line
    }

    private static func unquote(_ key: String) -> String {
        key.trimmingCharacters(in: .whitespaces).split(separator: ".").map {
            $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
        }.joined(separator: ".")
    }
}
