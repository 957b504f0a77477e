import Foundation
import AftercareCore

/// A problem in a template file, with the file line it is on.
public struct TemplateFileError: Error, Equatable, Sendable, CustomStringConvertible {
    /// 1-based line in the file.
    public var line: Int
    public var problem: String

    public init(line: Int, problem: String) {
        self.line = line
        self.problem = problem
    }

    public var description: String { "line \(line): \(problem)" }
}

/// The plain-text file agents write and edit in `$EDITOR`:
///
///     name: damaged
///     language: en
///     situation: damaged
///     categories: damaged, wrong_or_missing
///     title: Arrived damaged: replacement on the way
///     ---
///     Hi {{customer.first_name}},
///     …
///
/// Header: one `key: value` per line; keys `name` and `language` (zh or en) are required,
/// `situation` (a `TemplateSituation` raw value, default `general`), `categories` (comma list of
/// `TicketCategory` raw values, default none) and `title` (default: the name) are optional.
/// Blank lines and lines starting with `#` are ignored in the header. The first line that is
/// exactly `---` ends the header; everything after it is the body, byte for byte.
/// `format` then `parse` gives back the same template whenever its header values are single-line
/// and carry no leading or trailing spaces (true of every template `parse` produces).
public enum TemplateFile {
    public static let keys = ["name", "language", "situation", "categories", "title"]
    public static let separator = "---"

    /// A parsed file and the placeholders in it that nothing will fill unless passed as extras.
    public struct Checked: Sendable, Hashable {
        public var template: ReplyTemplate
        /// Line numbers are file lines.
        public var undeclaredPlaceholders: [UndeclaredPlaceholder]
    }

    /// - Throws: `TemplateFileError` naming the line and the problem (header or body syntax).
    public static func parse(_ text: String, isBuiltIn: Bool = false) throws(TemplateFileError) -> ReplyTemplate {
        try check(text, isBuiltIn: isBuiltIn).template
    }

    /// Parses and also lists placeholder names that are neither in the vocabulary nor declared
    /// extras (likely typos), for the editor to show before the template is saved.
    public static func check(_ text: String, isBuiltIn: Bool = false) throws(TemplateFileError) -> Checked {
        var fields: [String: (value: String, line: Int)] = [:]
        var lineNumber = 0
        var index = text.startIndex
        var body: String?
        var separatorLine = 0

        while index < text.endIndex {
            lineNumber += 1
            let newline = text[index...].firstIndex(where: \.isNewline)
            let lineEnd = newline ?? text.endIndex
            let line = text[index..<lineEnd]
            let next = newline.map { text.index(after: $0) } ?? text.endIndex
            if line.trimmingTrailingWhitespace() == separator {
                body = String(text[next...])
                separatorLine = lineNumber
                break
            }
            index = next
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            guard let colon = trimmed.firstIndex(of: ":") else {
                throw TemplateFileError(line: lineNumber, problem: "expected 'key: value' or '---', found '\(trimmed)'")
            }
            let key = trimmed[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = trimmed[trimmed.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            guard keys.contains(key) else {
                throw TemplateFileError(line: lineNumber, problem: "unknown key '\(key)' (expected one of: \(keys.joined(separator: ", ")))")
            }
            if let earlier = fields[key] {
                throw TemplateFileError(line: lineNumber, problem: "'\(key)' is already set on line \(earlier.line)")
            }
            fields[key] = (value, lineNumber)
        }

        guard let body else {
            throw TemplateFileError(line: max(lineNumber, 1), problem: "no '---' line: the header must end with a line '---' before the body")
        }
        guard let name = fields["name"] else {
            throw TemplateFileError(line: separatorLine, problem: "missing 'name:' in the header")
        }
        guard !name.value.isEmpty, !name.value.contains(where: \.isWhitespace) else {
            throw TemplateFileError(line: name.line, problem: "name must be one word such as 'damaged' or 'refund-issued', not '\(name.value)'")
        }
        guard let languageField = fields["language"] else {
            throw TemplateFileError(line: separatorLine, problem: "missing 'language:' (zh or en) in the header")
        }
        guard let language = Language(rawValue: languageField.value.lowercased()) else {
            throw TemplateFileError(line: languageField.line, problem: "language must be zh or en, not '\(languageField.value)'")
        }
        var situation = TemplateSituation.general
        if let field = fields["situation"] {
            guard let parsed = TemplateSituation(rawValue: normalized(field.value)) else {
                throw TemplateFileError(line: field.line, problem: "unknown situation '\(field.value)' (expected one of: \(TemplateSituation.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            situation = parsed
        }
        var categories: [TicketCategory] = []
        if let field = fields["categories"] {
            for part in field.value.split(separator: ",") {
                let raw = part.trimmingCharacters(in: .whitespaces)
                if raw.isEmpty { continue }
                guard let category = TicketCategory(rawValue: normalized(raw)) else {
                    throw TemplateFileError(line: field.line, problem: "unknown category '\(raw)' (expected: \(TicketCategory.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
                categories.append(category)
            }
        }
        let title = fields["title"]?.value ?? name.value

        // The body: syntax and placeholder names, on file line numbers.
        let bodyOffset = separatorLine
        let undeclared: [UndeclaredPlaceholder]
        do {
            try TemplateRenderer.validate(body: body, templateName: name.value)
            undeclared = try PlaceholderVocabulary.undeclared(inBody: body, template: name.value).map {
                var u = $0
                u.line += bodyOffset
                return u
            }
        } catch {
            throw TemplateFileError(line: error.line + bodyOffset, problem: "column \(error.column): \(error.problem)")
        }

        let template = ReplyTemplate(
            name: name.value, language: language, situation: situation, categories: categories, title: title,
            body: body, isBuiltIn: isBuiltIn)
        return Checked(template: template, undeclaredPlaceholders: undeclared)
    }

    /// The file text for `t` (header, `---`, body verbatim). Newlines in header values become spaces.
    public static func format(_ t: ReplyTemplate) -> String {
        func oneLine(_ s: String) -> String {
            s.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).joined(separator: " ")
        }
        return """
            name: \(oneLine(t.name))
            language: \(t.language.rawValue)
            situation: \(t.situation.rawValue)
            categories: \(t.categories.map(\.rawValue).joined(separator: ", "))
            title: \(oneLine(t.title))
            \(separator)

            """ + t.body
    }

    /// "check-in" and "Check_In" both read as "check_in".
    private static func normalized(_ s: String) -> String {
        s.lowercased().replacingOccurrences(of: "-", with: "_").replacingOccurrences(of: " ", with: "_")
    }
}

extension Substring {
    fileprivate func trimmingTrailingWhitespace() -> Substring {
        var s = self
        while let last = s.last, last == " " || last == "\t" { s.removeLast() }
        return s
    }
}
