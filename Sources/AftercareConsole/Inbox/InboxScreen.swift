import AftercareCore
import Foundation
import TerminalKit

/// The inbox: title bar, column headers, the list (SLA order, as loaded), a preview of the
/// selected ticket when there is room, status bar and key hints.
enum InboxScreen {
    enum Col: Hashable {
        case mark, sla, id, priority, customer, subject, status, age, assignee, category, channel
    }

    /// Width of the preview pane when it sits on the right (wide terminals that are not tall).
    static let sidePreviewWidth = 56
    static let sidePreviewMinColumns = 140

    static func draw(_ state: AppState, theme: Theme, into buffer: inout ScreenBuffer) {
        let size = buffer.size
        let screen = Rect(size: size)
        let (body, bottom) = screen.splitBottom(Layout.footerRows)
        TitleBar.draw(title: "Inbox · \(state.inbox.view.description)", state: state, y: 0, width: size.columns,
                      theme: theme, buffer: &buffer)
        var listArea = Rect(x: 0, y: Layout.inboxHeaderRows - 1, width: size.columns,
                            height: body.height - (Layout.inboxHeaderRows - 1))
        var preview: Rect? = nil
        let bottomPreview = Layout.inboxPreviewRows(for: size)
        if bottomPreview > 0 {
            let split = listArea.splitBottom(bottomPreview)
            listArea = split.rest
            preview = split.bottom
        } else if size.columns >= sidePreviewMinColumns {
            let split = listArea.splitLeft(size.columns - sidePreviewWidth - 1)
            listArea = split.left
            Box.verticalLine(x: split.rest.x, y: split.rest.y, height: split.rest.height, in: &buffer, style: theme[.border])
            preview = Rect(x: split.rest.x + 1, y: split.rest.y, width: split.rest.width - 1, height: split.rest.height)
        }
        drawList(state, theme: theme, in: listArea, buffer: &buffer)
        if let preview { PreviewPane.draw(state, theme: theme, in: preview, buffer: &buffer) }
        StatusBar.draw(state, theme: theme, y: bottom.y, width: size.columns, buffer: &buffer)
        KeyHintFooter.draw(state.keyMap, context: state.keyContext, y: bottom.y + 1, width: size.columns, theme: theme,
                           buffer: &buffer)
    }

    static func columns(width: Int) -> ColumnTable<Col> {
        ColumnTable(columns: [
            .init(.mark, "", width: 3),
            .init(.sla, "SLA", width: 11),
            .init(.id, "#", width: 6, align: .right),
            .init(.priority, "PRI", width: 6, dropRank: 4),
            .init(.customer, "CUSTOMER", width: 14, minWidth: 10),
            .init(.subject, "SUBJECT", width: 0, minWidth: 20, flexible: true),
            .init(.status, "STATUS", width: 7, dropRank: 5),
            .init(.age, "AGE", width: 6, dropRank: 6, align: .right),
            .init(.assignee, "ASSIGNEE", width: 9, dropRank: 7),
            .init(.category, "CATEGORY", width: 13, dropRank: 8),
            .init(.channel, "CH", width: 4, dropRank: 9),
        ], width: width)
    }

    /// The first row shown: the state's offset, moved so the selected row is on screen.
    static func visibleOffset(_ inbox: InboxState, rows: Int) -> Int {
        var offset = max(0, min(inbox.offset, max(0, inbox.rows.count - 1)))
        if inbox.selected < offset { offset = inbox.selected }
        if rows > 0, inbox.selected >= offset + rows { offset = inbox.selected - rows + 1 }
        return max(0, offset)
    }

    static func drawList(_ state: AppState, theme: Theme, in area: Rect, buffer: inout ScreenBuffer) {
        guard area.height > 0 else { return }
        let table = columns(width: area.width)
        table.drawHeader(x: area.x, y: area.y, width: area.width, style: theme[.header], buffer: &buffer)
        let rowsArea = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1)
        let inbox = state.inbox
        if inbox.rows.isEmpty {
            let message = inbox.loaded ? "No tickets in this view." : "Loading…"
            buffer.put(message, x: rowsArea.x + 2, y: rowsArea.y, maxWidth: max(0, rowsArea.width - 2), style: theme[.dim])
            return
        }
        let offset = visibleOffset(inbox, rows: rowsArea.height)
        for line in 0..<rowsArea.height {
            let index = offset + line
            guard index < inbox.rows.count else { break }
            let row = inbox.rows[index]
            let isSelected = index == inbox.selected
            let isMarked = inbox.bulk.contains(row.id)
            let base: ThemeRole = isSelected ? .selected : (isMarked ? .marked : .normal)
            let cells = self.cells(row, state: state, theme: theme, base: base, selected: isSelected, marked: isMarked)
            table.drawRow(cells, x: rowsArea.x, y: rowsArea.y + line, width: rowsArea.width, base: theme[base],
                          buffer: &buffer)
            if let column = table.span(of: .subject) {
                highlightMatches(of: inbox.search.text, in: row.ticket.subject, x: rowsArea.x + column.x, y: rowsArea.y + line,
                                 width: column.width, style: theme.style(.searchMatch, on: base), buffer: &buffer)
            }
        }
    }

    /// Redraws each case-insensitive occurrence of `query` inside the (clipped) subject cell in
    /// the search-match role. Positions are measured on the sanitised text, as drawn.
    static func highlightMatches(of query: String, in subject: String, x: Int, y: Int, width: Int, style: Style,
                                 buffer: inout ScreenBuffer) {
        let needle = UntrustedText.sanitize(query.trimmingCharacters(in: .whitespaces))
        guard !needle.isEmpty, width > 1 else { return }
        let text = UntrustedText.sanitize(subject)
        let fits = text.displayWidth <= width
        let limit = fits ? width : width - 1  // the last column holds the ellipsis when clipped
        var searchStart = text.startIndex
        while let range = text.range(of: needle, options: [.caseInsensitive], range: searchStart..<text.endIndex) {
            let before = text[text.startIndex..<range.lowerBound].displayWidth
            let match = String(text[range])
            if before + match.displayWidth > limit { break }
            // Blank the cells first, then draw the highlight over them.
            buffer.fill(Rect(x: x + before, y: y, width: match.displayWidth, height: 1), style: style)
            buffer.put(match, x: x + before, y: y, maxWidth: match.displayWidth, style: style)
            searchStart = range.upperBound
        }
    }

    static func cells(
        _ row: TicketSummary, state: AppState, theme: Theme, base: ThemeRole, selected: Bool, marked: Bool
    ) -> [Col: Span] {
        let t = row.ticket
        let sla = DisplayFormat.slaCell(t, policy: state.slaPolicy, now: state.now)
        let plain = theme[base]
        return [
            .mark: Span((selected ? ">" : " ") + (marked ? "*" : " ") + (state.presenceMarks[t.id]?.rawValue ?? " "),
                        theme.style(marked ? .marked : base, on: base)),
            .sla: Span(sla.text, theme.style(sla.role, on: base)),
            .id: Span("#\(t.id)", plain),
            .priority: Span(t.priority.rawValue, theme.style(DisplayFormat.priorityRole(t.priority), on: base)),
            .customer: Span(DisplayFormat.customer(row.customerName, tier: row.customerTier),
                            row.customerTier.isVIP ? theme.style(.vip, on: base) : plain),
            .subject: Span(t.subject, plain),
            .status: Span(DisplayFormat.status(t.status), plain),
            .age: Span(DisplayFormat.age(since: t.createdAt, now: state.now), theme.style(.dim, on: base)),
            .assignee: Span(t.assignee ?? "-", t.assignee == nil ? theme.style(.dim, on: base) : plain),
            .category: Span(DisplayFormat.category(t.category), plain),
            .channel: Span(t.channel.shortLabel, theme.style(.dim, on: base)),
        ]
    }
}
