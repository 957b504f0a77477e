import AftercareCore
import Foundation

/// The reply or note being written for a ticket.
public struct ComposeState: Equatable, Sendable {
    public var ticketId: Int64
    /// `.reply` (to the customer) or `.note` (internal).
    public var kind: MessageKind
    public var editor: TextEditor
    /// Status to set when sending (nil: leave it to the workflow).
    public var statusOnSend: TicketStatus?
    /// The canned reply inserted, if any.
    public var templateName: String?
    /// Placeholders the inserted reply could not fill; shown highlighted as «name» and sending is
    /// refused while any is still in the text.
    public var missingPlaceholders: [String]
    /// The text differs from the saved draft.
    public var draftDirty: Bool = false
    /// When the agent last typed (debounce for draft saves).
    public var lastEditAt: Date?
    /// A send is in flight: keys still edit, a second send is refused.
    public var sending: Bool = false
    /// The ticket's version when the agent started writing: sending is refused if anyone answered
    /// it after that (`WriteGuard.unansweredSince`). Nil: not known (the ticket never loaded).
    public var baseVersion: Int64?

    public init(ticketId: Int64, kind: MessageKind, text: String = "", statusOnSend: TicketStatus? = nil, baseVersion: Int64? = nil) {
        self.ticketId = ticketId
        self.kind = kind
        self.baseVersion = baseVersion
        editor = TextEditor(text: text)
        self.statusOnSend = statusOnSend
        templateName = nil
        missingPlaceholders = []
    }

    /// Placeholder holes still in a reply's text (see `PlaceholderHoles`: «name» with or without
    /// its marks, `{{…}}`, the inserted reply's unfilled names), wherever the text came from: the
    /// picker, a restored draft or `$EDITOR`. A note may keep them.
    public var unfilledPlaceholders: [String] {
        guard kind == .reply else { return [] }
        return PlaceholderHoles.find(in: editor.text, knownUnfilled: missingPlaceholders)
    }
}
