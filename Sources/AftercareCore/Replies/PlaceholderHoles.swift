import Foundation

/// Placeholder holes a reply must not carry to the customer, found in the text itself, whatever
/// path it took (the template picker, a restored draft, `$EDITOR`, `reply --body`):
///
/// - a canned reply's hole as Aftercare writes it, `«product.name»`, or with either mark deleted
///   (`«product.name`, `product.name»`);
/// - a template tag left in, `{{customer.name}}` or a lone `{{`;
/// - for text that came from a template, the names of the placeholders it could not fill, even
///   with both marks deleted (`knownUnfilled`).
///
/// A hole's name is ASCII letters, digits, `_` and `.`: Chinese text does not use «» (it writes
/// 《》 and “”), so a real «quote» of words is left alone.
public enum PlaceholderHoles {
    public static func find(in text: String, knownUnfilled: [String] = []) -> [String] {
        var found: [String] = []
        func add(_ name: String) { if !found.contains(name) { found.append(name) } }
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "«" {
                let name = identifier(in: scalars, from: index + 1)
                if !name.isEmpty { add(name) }
            } else if scalar == "»" {
                let name = identifier(in: scalars, endingBefore: index)
                if !name.isEmpty { add(name) }
            } else if scalar == "{", index + 1 < scalars.count, scalars[index + 1] == "{" {
                var end = index + 2
                while end + 1 < scalars.count, !(scalars[end] == "}" && scalars[end + 1] == "}") { end += 1 }
                guard end + 1 < scalars.count else {
                    add("{{")  // an opening tag never closed
                    break
                }
                let inside = String(String.UnicodeScalarView(scalars[(index + 2)..<end])).trimmingCharacters(in: .whitespaces)
                add(inside.isEmpty ? "{{}}" : inside)
                index = end + 1
            }
            index += 1
        }
        for name in knownUnfilled where text.contains(name) { add(name) }
        return found
    }

    private static func isNameScalar(_ s: Unicode.Scalar) -> Bool {
        (s >= "a" && s <= "z") || (s >= "A" && s <= "Z") || (s >= "0" && s <= "9") || s == "_" || s == "."
    }

    private static func identifier(in scalars: [Unicode.Scalar], from start: Int) -> String {
        var end = start
        while end < scalars.count, isNameScalar(scalars[end]) { end += 1 }
        return name(scalars[start..<end])
    }

    private static func identifier(in scalars: [Unicode.Scalar], endingBefore end: Int) -> String {
        var start = end
        while start > 0, isNameScalar(scalars[start - 1]) { start -= 1 }
        return name(scalars[start..<end])
    }

    /// A name starts with a letter or `_` ("«2»" or "«...»" is not a hole).
    private static func name(_ slice: ArraySlice<Unicode.Scalar>) -> String {
        let text = String(String.UnicodeScalarView(slice)).trimmingCharacters(in: CharacterSet(charactersIn: "."))
        guard let first = text.unicodeScalars.first, (first >= "a" && first <= "z") || (first >= "A" && first <= "Z") || first == "_" else {
            return ""
        }
        return text
    }

    /// Refuses a reply to the customer that still holds a hole; notes (internal) may.
    public static func checkSendable(_ body: String, kind: MessageKind, knownUnfilled: [String] = []) throws {
        guard kind == .reply else { return }
        let holes = find(in: body, knownUnfilled: knownUnfilled)
        if !holes.isEmpty { throw DomainError.placeholdersLeft(names: holes) }
    }
}
