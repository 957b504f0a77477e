import AftercareCore
import TerminalKit

extension Layout {
    /// Lines the thread/history panes show (ticket header is 4 rows).
    public static func ticketPaneRows(for size: Size) -> Int {
        max(1, size.rows - 4 - footerRows)
    }

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
