import AftercareCore
import AftercareTemplates

/// The canned-reply picker: its query, the ranked matches and the highlighted reply filled in.
public struct TemplatePickerState: Equatable, Sendable {
    public var query: TextEditor = TextEditor(singleLine: true)
    /// Matches, ranked by `TemplateSuggestions.rank` (the ticket's category first).
    public var matches: [ReplyTemplate] = []
    public var selected: Int = 0
    /// The highlighted reply filled from the ticket, customer and order.
    public var preview: RenderedReply?
    /// Why there is no preview (template syntax error).
    public var previewError: String?

    public init() {}

    public var selectedTemplate: ReplyTemplate? { matches.indices.contains(selected) ? matches[selected] : nil }
}
