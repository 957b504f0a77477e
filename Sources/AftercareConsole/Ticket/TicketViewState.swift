import AftercareCore

/// Which pane of the ticket screen has the focus.
public enum TicketPane: Hashable, Sendable {
    case thread
    case history
}

public struct TicketViewState: Equatable, Sendable {
    public var ticketId: Int64
    /// nil until loaded.
    public var detail: TicketDetail?
    public var pane: TicketPane = .thread
    /// First thread line on screen (lines as the view wraps them; the view clamps).
    public var threadScroll: Int = 0
    /// First history line on screen.
    public var historyScroll: Int = 0
    /// Highlighted entry of `detail.otherTickets` in the history pane (Enter opens it).
    public var historySelected: Int = 0
    /// "Changed by someone else" notice shown in the ticket header.
    public var notice: String?
    /// The version this console last wrote or read; a newer one on reload is someone else's.
    public var knownVersion: Int64?
    /// Where the thread pane was when the ticket opened: the thread starts at its end.
    public var scrolledToEnd: Bool = true

    public init(ticketId: Int64) { self.ticketId = ticketId }
}
