import AftercareCore
import TerminalKit

/// The inline compose editor: a full-width box above the status bar over the ticket screen.
/// Text wraps by display width exactly as `TextEditor.wrappedRows` does (the reducer moves the
/// cursor with the same rows); «holes» left by a canned reply are in the placeholder role and the
/// box says sending is refused until they are filled.
enum ComposeModal {
    struct Geometry {
        var box: Rect
        var text: Rect
        var info: Int
    }

    static func geometry(for size: Size) -> Geometry {
        let textRows = Layout.composeTextRows(for: size)
        let textWidth = Layout.composeTextWidth(for: size)
        let height = min(textRows + 3, max(0, size.rows - Layout.footerRows))
        let y = max(0, size.rows - Layout.footerRows - height)
        let box = Rect(x: 0, y: y, width: textWidth + 2, height: height)
        let text = Rect(x: 1, y: y + 1, width: textWidth, height: min(textRows, max(0, height - 3)))
        return Geometry(box: box, text: text, info: text.maxY)
    }

    /// The first wrapped row shown: scrolled just enough to show the cursor.
    static func firstRow(cursorRow: Int, visibleRows: Int) -> Int {
        max(0, cursorRow - max(1, visibleRows) + 1)
    }

    static func title(_ compose: ComposeState, state: AppState) -> String {
        let who = state.ticket?.detail.map { $0.customer.name } ?? "customer"
        var title = compose.kind == .note ? "Internal note on #\(compose.ticketId)" : "Reply to \(who) · #\(compose.ticketId)"
        if let status = compose.statusOnSend { title += " · then \(DisplayFormat.status(status))" }
        if let template = compose.templateName { title += " · \(template)" }
        if compose.sending { title += " · sending…" }
        return title
    }

    static func draw(_ compose: ComposeState, state: AppState, theme: Theme, into buffer: inout ScreenBuffer) {
        let g = geometry(for: buffer.size)
        guard g.box.height >= 3 else { return }
        let kindRole: ThemeRole = compose.kind == .note ? .note : .outbound
        Box.draw(g.box, in: &buffer, border: theme.style(kindRole, on: .modal), fill: theme[.modal],
                 title: title(compose, state: state), titleStyle: theme.style(.modalTitle, on: .modal))
        let rows = compose.editor.wrappedRows(width: g.text.width)
        let cursor = compose.editor.cursorCell(width: g.text.width)
        let first = firstRow(cursorRow: cursor.row, visibleRows: g.text.height)
        var inHole = false
        var lastLine = -1
        for (i, row) in rows.enumerated() where i >= first && i < first + g.text.height {
            if row.line != lastLine { inHole = false; lastLine = row.line }
            let line = highlightHoles(row.text, inHole: &inHole, theme: theme)
            buffer.draw(line, x: g.text.x, y: g.text.y + i - first, width: g.text.width)
        }
        // Rows skipped above still decide whether a hole is open at the top; rare, ignored.
        if g.info < g.box.maxY - 1 {
            let unfilled = compose.unfilledPlaceholders
            let info: StyledLine
            if !unfilled.isEmpty {
                info = StyledLine([
                    Span(" " + unfilled.map { "«\($0)»" }.joined(separator: " "), theme[.placeholder]),
                    Span(" not filled: sending is refused until every placeholder is replaced", theme.style(.statusError, on: .modal)),
                ])
            } else {
                let count = compose.editor.text.count
                info = StyledLine(" \(compose.kind == .note ? "internal note (not sent to the customer)" : "reply to the customer") · \(count) characters"
                    + (compose.draftDirty ? " · unsaved" : " · draft saved"), theme.style(.dim, on: .modal))
            }
            buffer.draw(info, x: g.text.x, y: g.info, width: g.text.width)
        }
        if let position = cursorPosition(compose, size: buffer.size) {
            CursorCell.paint(x: position.x, y: position.y, theme: theme, buffer: &buffer)
        }
    }

    /// Where the terminal cursor goes, or nil when the box has no room for text.
    static func cursorPosition(_ compose: ComposeState, size: Size) -> (x: Int, y: Int)? {
        let g = geometry(for: size)
        guard g.text.height > 0, g.text.width > 0 else { return nil }
        let cursor = compose.editor.cursorCell(width: g.text.width)
        let first = firstRow(cursorRow: cursor.row, visibleRows: g.text.height)
        return (g.text.x + min(cursor.column, g.text.width - 1), g.text.y + cursor.row - first)
    }

    /// A row of compose text with «…» runs in the placeholder role.
    static func highlightHoles(_ text: String, inHole: inout Bool, theme: Theme) -> StyledLine {
        let normal = theme[.modal]
        let hole = theme[.placeholder]
        var spans: [Span] = []
        var current = ""
        func flush(_ style: Style) {
            if !current.isEmpty { spans.append(Span(current, style)); current = "" }
        }
        for c in text {
            if c == "«", !inHole {
                flush(normal)
                inHole = true
                current.append(c)
            } else if c == "»", inHole {
                current.append(c)
                flush(hole)
                inHole = false
            } else {
                current.append(c)
            }
        }
        flush(inHole ? hole : normal)
        return StyledLine(spans)
    }
}
