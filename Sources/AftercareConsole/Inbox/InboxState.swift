import AftercareCore
import Foundation

/// One page of rows currently held in `InboxState.rows`.
public struct PageSpan: Hashable, Sendable {
    /// The cursor it was loaded after (nil: the top of the list).
    public var start: InboxCursor?
    public var count: Int

    public init(start: InboxCursor?, count: Int) {
        self.start = start
        self.count = count
    }
}

/// The inbox list: a window of at most `InboxState.maxPages` loaded pages, never the whole table.
public struct InboxState: Equatable, Sendable {
    /// Rows per page request.
    public static let pageSize = 100
    /// Pages kept in memory; the farthest is dropped when another one loads.
    public static let maxPages = 3

    public var view: InboxView = .allOpen
    /// Text typed after `/` (kept when the search line closes; empty: no search).
    public var search: TextEditor = TextEditor(singleLine: true)
    /// The loaded window, in list order.
    public var rows: [TicketSummary] = []
    /// Index into `rows` of the highlighted row.
    public var selected: Int = 0
    /// Index into `rows` of the first row on screen.
    public var offset: Int = 0
    /// The pages in `rows`, in order.
    public var pages: [PageSpan] = []
    /// Start cursors of pages dropped above the window (the last one is the previous page).
    public var earlierPages: [InboxCursor?] = []
    /// Rows above the window (for "row N of M").
    public var rowsAbove: Int = 0
    /// Where the page after the window starts; nil when the window reaches the end.
    public var nextCursor: InboxCursor?
    /// Every new query bumps it; page results for an older generation are dropped.
    public var generation: Int = 0
    /// The page request in flight, if any (one at a time per generation).
    public var pending: PageRequest?
    /// Has the first page of the current query arrived?
    public var loaded: Bool = false
    /// Ticket counts per view, for the status bar.
    public var counts: [InboxView: Int] = [:]
    /// Tickets marked for a bulk action (by id, so they survive paging and reloads).
    public var bulk: Set<Int64> = []

    public init() {}

    /// The filter for the current view and search text.
    public func filter(for agent: Agent) -> InboxFilter {
        var f = view.filter(for: agent)
        let q = search.text.trimmingCharacters(in: .whitespaces)
        if !q.isEmpty { f.search = q }
        return f
    }

    public var selectedRow: TicketSummary? { rows.indices.contains(selected) ? rows[selected] : nil }
}
