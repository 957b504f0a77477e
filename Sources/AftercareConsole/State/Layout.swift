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
