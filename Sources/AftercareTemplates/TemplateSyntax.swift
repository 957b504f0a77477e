import Foundation
import Mustache

/// A template body that cannot be used, with where and why. Reads as one line an agent understands:
/// `template damaged: line 3, column 12: {{#coupon.code}} opened on line 3 is never closed (add {{/coupon.code}})`.
public struct TemplateSyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The template's name (or the file it came from).
    public var template: String
    /// 1-based line and column inside the body.
    public var line: Int
    public var column: Int
    public var problem: String

    public init(template: String, line: Int, column: Int, problem: String) {
        self.template = template
        self.line = line
        self.column = column
        self.problem = problem
    }

    public var description: String { "template \(template): line \(line), column \(column): \(problem)" }
}

/// One `{{…}}` tag of a template body.
public struct TemplateTag: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// `{{name}}`
        case variable
        /// `{{{name}}}` or `{{&name}}`: the same as `variable` here, replies are never escaped.
        case unescapedVariable
        /// `{{#name}}`: shown when the placeholder has a value.
        case section
        /// `{{^name}}`: shown when the placeholder has no value.
        case invertedSection
        /// `{{/name}}`
        case sectionEnd
        /// `{{! … }}`: a note for agents, never sent.
        case comment
    }

    public var kind: Kind
    /// The placeholder name (the comment text for comments).
    public var name: String
    /// 1-based position of the opening `{{` in the body.
    public var line: Int
    public var column: Int

    /// Tags that read a named placeholder (section ends, comments and `{{.}}` do not).
    public var usesPlaceholder: Bool { kind != .sectionEnd && kind != .comment && name != "." }
}

/// The subset of Mustache reply templates use, checked with messages agents can act on.
///
/// Supported: `{{name}}`, `{{{name}}}`, `{{&name}}`, `{{#name}}…{{/name}}` (optional part, shown
/// only when `name` has a value), `{{^name}}…{{/name}}` (shown only when it has none), `{{! note }}`.
/// Rejected, because each would let a reply go out with a silent hole or HTML escaping: partials,
/// inheritance, changed delimiters, pragmas and transforms such as `uppercased(x)`.
public enum TemplateSyntax {
    /// All tags of `body`, in order; throws the first problem found.
    public static func tags(in body: String, template: String) throws(TemplateSyntaxError) -> [TemplateTag] {
        let chars = Array(body)
        var tags: [TemplateTag] = []
        var open: [TemplateTag] = []
        var i = 0
        var line = 1
        var column = 1

        func fail(_ problem: String, _ l: Int, _ c: Int) -> TemplateSyntaxError {
            TemplateSyntaxError(template: template, line: l, column: c, problem: problem)
        }

        while i < chars.count {
            guard chars[i] == "{", i + 1 < chars.count, chars[i + 1] == "{" else {
                if chars[i].isNewline { line += 1; column = 1 } else { column += 1 }
                i += 1
                continue
            }
            let tagLine = line, tagColumn = column
            let triple = i + 2 < chars.count && chars[i + 2] == "{"
            let contentStart = i + (triple ? 3 : 2)
            let closer: [Character] = triple ? ["}", "}", "}"] : ["}", "}"]
            guard let closeAt = find(closer, in: chars, from: contentStart) else {
                throw fail("'\(triple ? "{{{" : "{{")' is never closed with '\(String(closer))'", tagLine, tagColumn)
            }
            let content = String(chars[contentStart..<closeAt])
            let raw = String(chars[i..<(closeAt + closer.count)])
            // advance position over the whole tag
            for ch in chars[i..<(closeAt + closer.count)] {
                if ch.isNewline { line += 1; column = 1 } else { column += 1 }
            }
            i = closeAt + closer.count

            var kind: TemplateTag.Kind
            var nameText = content
            if triple {
                kind = .unescapedVariable
            } else {
                switch content.first {
                case "#": kind = .section; nameText.removeFirst()
                case "^": kind = .invertedSection; nameText.removeFirst()
                case "/": kind = .sectionEnd; nameText.removeFirst()
                case "&": kind = .unescapedVariable; nameText.removeFirst()
                case "!":
                    tags.append(TemplateTag(kind: .comment, name: String(content.dropFirst()), line: tagLine, column: tagColumn))
                    continue
                case ">":
                    throw fail("\(raw): partials (other templates pulled in) are not supported in replies", tagLine, tagColumn)
                case "<", "$":
                    throw fail("\(raw): template inheritance is not supported in replies", tagLine, tagColumn)
                case "=":
                    throw fail("\(raw): changing the {{ }} delimiters is not supported in replies", tagLine, tagColumn)
                case "%":
                    throw fail("\(raw): pragmas are not supported (replies are always plain text)", tagLine, tagColumn)
                default: kind = .variable
                }
            }
            let name = nameText.trimmingCharacters(in: .whitespacesAndNewlines)
            if name.isEmpty {
                throw fail("\(raw) has no placeholder name", tagLine, tagColumn)
            }
            if name.contains("(") || name.contains(")") {
                throw fail("\(raw): transforms such as uppercased(…) are not supported; write the placeholder on its own", tagLine, tagColumn)
            }
            guard isValidName(name) else {
                throw fail("\(raw): '\(name)' is not a placeholder name (use letters, digits, '_' and '-', with '.' between parts, e.g. order.number)", tagLine, tagColumn)
            }
            let tag = TemplateTag(kind: kind, name: name, line: tagLine, column: tagColumn)
            switch kind {
            case .section, .invertedSection:
                open.append(tag)
            case .sectionEnd:
                guard let top = open.popLast() else {
                    throw fail("{{/\(name)}} closes a section that was never opened", tagLine, tagColumn)
                }
                guard top.name == name else {
                    throw fail("{{/\(name)}} does not match {{\(top.kind == .section ? "#" : "^")\(top.name)}} opened on line \(top.line)", tagLine, tagColumn)
                }
            default:
                break
            }
            tags.append(tag)
        }
        if let unclosed = open.last {
            let sigil = unclosed.kind == .section ? "#" : "^"
            throw fail("{{\(sigil)\(unclosed.name)}} opened on line \(unclosed.line) is never closed (add {{/\(unclosed.name)}})", unclosed.line, unclosed.column)
        }
        return tags
    }

    /// `customer.first_name`, `refund.days`, `new_date`: parts of letters, digits, `_` and `-`, joined by dots.
    /// `.` (the value of the enclosing section) is valid too.
    public static func isValidName(_ name: String) -> Bool {
        if name == "." { return true }
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        return !parts.isEmpty && parts.allSatisfy { part in
            !part.isEmpty && part.unicodeScalars.allSatisfy { s in
                s.isASCII && (("a"..."z").contains(s) || ("A"..."Z").contains(s) || ("0"..."9").contains(s) || s == "_" || s == "-")
            }
        }
    }

    /// Checks `body` and compiles it for plain-text rendering (HTML escaping off).
    static func compile(_ body: String, template: String) throws(TemplateSyntaxError) -> MustacheTemplate {
        _ = try tags(in: body, template: template)
        // The pragma must stand on its own line so it is "standalone": the parser then consumes
        // its newline and still treats the body's first line as the start of a line.
        do {
            return try MustacheTemplate(string: "{{% CONTENT_TYPE: TEXT}}\n" + body)
        } catch {
            // Our own checks should have caught everything; report what the library found, on the
            // body's own line numbers.
            if let parserError = error as? MustacheTemplate.ParserError {
                throw TemplateSyntaxError(
                    template: template, line: max(1, parserError.context.lineNumber - 1),
                    column: parserError.context.columnNumber, problem: describe(parserError.error))
            }
            throw TemplateSyntaxError(template: template, line: 1, column: 1, problem: "\(error)")
        }
    }

    private static func describe(_ error: Error) -> String {
        guard let mustacheError = error as? MustacheTemplate.Error else { return "\(error)" }
        switch mustacheError {
        case .sectionCloseNameIncorrect: return "a section end does not match the section it closes"
        case .unfinishedName: return "a tag is not closed properly"
        case .expectedSectionEnd: return "a section is never closed"
        case .invalidSetDelimiter: return "bad delimiter change"
        case .transformAppliedToInheritanceSection, .illegalTokenInsideInheritSection, .textInsideInheritSection:
            return "template inheritance is not supported"
        case .invalidConfigVariableSyntax, .unrecognisedConfigVariable: return "pragmas are not supported"
        }
    }

    private static func find(_ needle: [Character], in chars: [Character], from start: Int) -> Int? {
        guard chars.count >= needle.count, start <= chars.count - needle.count else { return nil }
        var j = start
        while j <= chars.count - needle.count {
            if chars[j] == needle[0], Array(chars[j..<(j + needle.count)]) == needle { return j }
            j += 1
        }
        return nil
    }
}
