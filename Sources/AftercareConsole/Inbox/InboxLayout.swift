import TerminalKit

extension Layout {
    /// Rows above the inbox list: title/tab bar and column headers.
    public static let inboxHeaderRows = 2

    /// Height of the preview pane under the inbox list (none on small terminals).
    public static func inboxPreviewRows(for size: Size) -> Int {
        size.rows >= 30 ? size.rows / 4 : 0
    }

    /// How many inbox rows are on screen.
    public static func inboxListRows(for size: Size) -> Int {
        max(1, size.rows - inboxHeaderRows - footerRows - inboxPreviewRows(for: size))
    }
}
