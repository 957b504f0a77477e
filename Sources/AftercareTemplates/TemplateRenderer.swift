import AftercareCore
import Mustache

/// A rendered reply: the text, and every placeholder that could not be filled, by name.
public struct RenderedReply: Sendable, Hashable {
    public enum Segment: Sendable, Hashable {
        case text(String)
        /// A hole: the placeholder `name` had no value.
        case missing(String)
    }

    /// Name of the template it came from (used in the refusal error).
    public var templateName: String
    /// The reply in order: text runs (merged) and holes, for the console to highlight.
    public var segments: [Segment]
    /// Unfilled placeholder names, each once, in order of first appearance.
    public var missing: [String]

    public init(templateName: String, segments: [Segment]) {
        self.templateName = templateName
        self.segments = segments
        var seen = Set<String>()
        self.missing = segments.compactMap { segment in
            if case .missing(let name) = segment, seen.insert(name).inserted { return name }
            return nil
        }
    }

    /// The reply with holes shown as «name», for previews and the editor seed.
    public var text: String {
        segments.map { segment in
            switch segment {
            case .text(let s): s
            case .missing(let name): "«\(name)»"
            }
        }.joined()
    }

    /// True when every placeholder was filled.
    public var isSendable: Bool { missing.isEmpty }

    /// The text to send; refuses while anything is unfilled.
    /// - Throws: `DomainError.unfillablePlaceholders(template:names:)` naming every hole.
    public func sendableText() throws -> String {
        guard isSendable else {
            throw DomainError.unfillablePlaceholders(template: templateName, names: missing)
        }
        return text
    }
}

/// Renders reply templates strictly with swift-mustache: plain text (no HTML escaping), and any
/// placeholder without a value comes back as a named hole, never as an empty string.
///
/// How: the root object is a `PlaceholderScope`. The library splits `{{a.b}}` and asks each scope
/// for one part at a time; a filled name yields its string, anything else yields another scope,
/// which is "null" for sections (so `{{#coupon.code}}…{{/coupon.code}}` is simply left out) and
/// renders as a private-use marker around its dotted name. The output is then cut at the markers.
public enum TemplateRenderer {
    public static func render(_ template: ReplyTemplate, with context: PlaceholderContext) throws(TemplateSyntaxError) -> RenderedReply {
        try render(body: template.body, templateName: template.name, with: context)
    }

    /// - Throws: `TemplateSyntaxError` naming the template, line and problem.
    public static func render(body: String, templateName: String, with context: PlaceholderContext) throws(TemplateSyntaxError) -> RenderedReply {
        let cleanBody = body.replacingOccurrences(of: RenderMarker.open, with: "")
            .replacingOccurrences(of: RenderMarker.close, with: "")
        let compiled = try TemplateSyntax.compile(cleanBody, template: templateName)
        let output = compiled.render(PlaceholderScope(path: "", values: context.values))
        return RenderedReply(templateName: templateName, segments: RenderMarker.segments(of: output))
    }

    /// Checks a body without rendering it.
    public static func validate(body: String, templateName: String) throws(TemplateSyntaxError) {
        _ = try TemplateSyntax.compile(body, template: templateName)
    }
}

extension ReplyTemplate {
    /// Renders this template; see `TemplateRenderer`.
    public func render(with context: PlaceholderContext) throws(TemplateSyntaxError) -> RenderedReply {
        try TemplateRenderer.render(self, with: context)
    }
}

/// Private-use characters around a hole's name in the library's raw output.
enum RenderMarker {
    static let open = "\u{E000}"
    static let close = "\u{E001}"

    static func segments(of output: String) -> [RenderedReply.Segment] {
        var segments: [RenderedReply.Segment] = []
        var text = ""
        var rest = Substring(output)
        while let start = rest.range(of: open) {
            text += rest[..<start.lowerBound]
            let afterOpen = rest[start.upperBound...]
            guard let end = afterOpen.range(of: close) else {
                rest = afterOpen
                break
            }
            if !text.isEmpty { segments.append(.text(text)); text = "" }
            segments.append(.missing(String(afterOpen[..<end.lowerBound])))
            rest = afterOpen[end.upperBound...]
        }
        text += rest
        if !text.isEmpty { segments.append(.text(text)) }
        return segments
    }
}

/// One level of the dotted name space. `path` is the dotted prefix so far ("" at the root).
struct PlaceholderScope: MustacheParent, MustacheCustomRenderable {
    let path: String
    let values: [String: String]

    func child(named name: String) -> Any? {
        PlaceholderScope.resolve(path.isEmpty ? name : path + "." + name, in: values)
    }

    /// A filled name is its plain string (a section over it pushes the string, so names inside the
    /// section still resolve from the root). A name that is filled AND the prefix of other filled
    /// names (`coupon` and `coupon.code` both passed as extras) becomes a `FilledScope`. Anything
    /// else is a hole.
    static func resolve(_ full: String, in values: [String: String]) -> Any {
        if let value = values[full] {
            let prefix = full + "."
            return values.keys.contains { $0.hasPrefix(prefix) } ? FilledScope(path: full, value: value, values: values) : value
        }
        return PlaceholderScope(path: full, values: values)
    }

    /// Rendered where a value was expected: a marked hole (`{{.}}` at the root is a hole named ".").
    var renderText: String { RenderMarker.open + (path.isEmpty ? "." : path) + RenderMarker.close }
    /// A hole is false for `{{#…}}` and true for `{{^…}}`.
    var isNull: Bool { true }
}

/// A filled name that is also a dotted prefix of other filled names. Renders as its value; as a
/// section it is a one-element sequence, so the section pushes the plain string (not this scope)
/// and lookups inside the section still start from the root.
struct FilledScope: MustacheParent, MustacheCustomRenderable, MustacheSequence {
    let path: String
    let value: String
    let values: [String: String]

    func child(named name: String) -> Any? { PlaceholderScope.resolve(path + "." + name, in: values) }
    var renderText: String { value }
    var isNull: Bool { false }
    func makeIterator() -> IndexingIterator<[String]> { [value].makeIterator() }
}
