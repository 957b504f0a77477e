import TerminalKit

/// The few layout numbers the reducer needs (how many rows a page-down moves, where the compose
/// editor wraps). The views use the same functions so the reducer and the screen agree.
public enum Layout {
    /// Rows above the inbox list: title/tab bar and column headers.
    public static let inboxHeaderRows = 2
    /// Rows below: status line and key-hint footer.
    public static let footerRows = 2

    /// Height of the preview pane under the inbox list (none on small terminals).
    public static func inboxPreviewRows(for size: Size) -> Int {
        size.rows >= 30 ? size.rows / 4 : 0
    }

    /// How many inbox rows are on screen.
    public static func inboxListRows(for size: Size) -> Int {
        max(1, size.rows - inboxHeaderRows - footerRows - inboxPreviewRows(for: size))
    }

    /// Lines the thread/history panes show (ticket header is 4 rows).
    public static func ticketPaneRows(for size: Size) -> Int {
        max(1, size.rows - 4 - footerRows)
    }

    /// Width the compose editor wraps at: the full width minus a border cell each side.
    public static func composeTextWidth(for size: Size) -> Int {
        max(1, size.columns - 2)
    }

    /// Rows of the compose box's text area.
    public static func composeTextRows(for size: Size) -> Int {
        max(3, size.rows / 2 - 2)
    }
}

import AftercareCore

extension Layout {
    /// Width of the thread pane: the left 3/5 when the history pane sits beside it (≥ 120
    /// columns), else the whole width (history is then reached with Tab).
    public static func threadPaneWidth(for size: Size) -> Int {
        size.columns >= 120 ? size.columns * 3 / 5 : size.columns
    }

    /// Lines the thread takes at `width`: per message a header line, the body wrapped
    /// (`TextLayout.wrap`) at `width - 2` (one cell of indent each side), and a blank line.
    public static func threadLineCount(_ detail: TicketDetail, width: Int) -> Int {
        detail.messages.reduce(0) { $0 + 2 + TextLayout.wrap($1.body, width: max(1, width - 2)).count }
    }

    /// The largest useful `threadScroll`: the last screenful.
    public static func maxThreadScroll(_ detail: TicketDetail?, size: Size) -> Int {
        guard let detail else { return 0 }
        return max(0, threadLineCount(detail, width: threadPaneWidth(for: size)) - ticketPaneRows(for: size))
    }
}
