import TerminalKit

/// Paints the cell under a text cursor in the cursor role, so the cursor shows even where the
/// terminal's own cursor is hidden.
enum CursorCell {
    static func paint(x: Int, y: Int, theme: Theme, buffer: inout ScreenBuffer) {
        guard x >= 0, y >= 0, x < buffer.size.columns, y < buffer.size.rows else { return }
        var cell = buffer[x, y]
        var cx = x
        if cell.isContinuation, x > 0 {
            cx = x - 1
            cell = buffer[cx, y]
        }
        let style = Theme.overlay(theme[.cursor], on: cell.style)
        // Blank first, then draw the cursor cell.
        buffer.fill(Rect(x: cx, y: y, width: max(1, cell.width), height: 1), style: style)
        buffer.put(cell.text.isEmpty ? " " : cell.text, x: cx, y: y, maxWidth: max(1, cell.width), style: style)
    }
}
