import AftercareCore
import TerminalKit

/// The ticket screen: a 4-row header (title; status/priority/category/assignee/department;
/// the three SLA clocks and tags; pane titles), the thread on the left and the customer's history on
/// the right when `Layout.threadPaneWidth` leaves room (else only the focused pane), status bar and key hints.
enum TicketScreen {
    static let headerRows = 4

    static func draw(_ state: AppState, theme: Theme, into buffer: inout ScreenBuffer) {
        let size = buffer.size
        let (body, bottom) = Rect(size: size).splitBottom(Layout.footerRows)
        let view = state.ticket
        let detail = view?.detail
        let title = detail.map { "#\($0.ticket.id) \($0.ticket.subject)" } ?? view.map { "#\($0.ticketId) loading…" } ?? "ticket"
        TitleBar.draw(title: title, state: state, y: 0, width: size.columns, theme: theme, buffer: &buffer,
                      presence: view.flatMap { state.presenceText(on: $0.ticketId) })
        let (header, panes) = body.splitTop(headerRows)
        if let detail {
            drawHeader(detail, state: state, theme: theme, in: header, buffer: &buffer)
        } else if header.height > 1 {
            buffer.put("Loading ticket…", x: 1, y: header.y + 1, maxWidth: size.columns - 1, style: theme[.dim])
        }
        if let view, let detail {
            drawPanes(view, detail: detail, state: state, theme: theme, titleRow: header.maxY - 1, in: panes,
                      buffer: &buffer)
        }
        StatusBar.draw(state, theme: theme, y: bottom.y, width: size.columns, buffer: &buffer)
        KeyHintFooter.draw(state.keyMap, context: state.keyContext, y: bottom.y + 1, width: size.columns,
                           theme: theme, buffer: &buffer)
    }

    static func drawHeader(_ detail: TicketDetail, state: AppState, theme: Theme, in area: Rect, buffer: inout ScreenBuffer) {
        let t = detail.ticket
        let label = theme[.label]
        let normal = theme[.normal]
        let line1 = StyledLine([
            Span(" status ", label), Span(DisplayFormat.status(t.status), normal),
            Span("  priority ", label), Span(t.priority.rawValue, theme[DisplayFormat.priorityRole(t.priority)]),
            Span("  category ", label), Span(DisplayFormat.category(t.category), normal),
            Span("  assignee ", label), Span(t.assignee ?? "unassigned", t.assignee == nil ? theme[.dim] : normal),
            Span("  dept ", label), Span(t.department ?? "-", t.department == nil ? theme[.dim] : normal),
            Span("  channel ", label), Span(t.channel.rawValue, normal),
        ])
        let sla = state.slaPolicy.state(of: t, at: state.now)
        let first = DisplayFormat.clock(sla.firstResponse)
        let nextReply = DisplayFormat.nextReplyClock(sla.nextReply, record: t.nextReplies)
        let resolution = DisplayFormat.clock(sla.resolution)
        let line2: [Span] = [
            Span(" first response ", label), Span(first.text, theme[first.role]),
            Span("  next reply ", label), Span(nextReply.text, theme[nextReply.role]),
            Span("  resolution ", label), Span(resolution.text, theme[resolution.role]),
            Span("  tags ", label),
            Span(t.tags.isEmpty ? "-" : t.tags.joined(separator: ", "), t.tags.isEmpty ? theme[.dim] : normal),
        ]
        // Another agent's change is said in full where the fields it changed stand, until the next key.
        let topLine = state.ticket?.notice.map { StyledLine([Span(" " + $0, theme[.statusError])]) } ?? line1
        if area.height > 1 { buffer.draw(topLine, x: 0, y: area.y + 1, width: area.width) }
        if area.height > 2 { buffer.draw(StyledLine(line2), x: 0, y: area.y + 2, width: area.width) }
    }

    /// Both panes side by side when `Layout.threadPaneWidth` leaves room (wide terminals), else
    /// only the focused one (Tab switches).
    static func paneRects(_ area: Rect, focus: TicketPane) -> (thread: Rect?, history: Rect?, divider: Int?) {
        let threadWidth = Layout.threadPaneWidth(for: Size(columns: area.width, rows: area.height))
        if threadWidth >= area.width - 1 {
            return focus == .thread ? (area, nil, nil) : (nil, area, nil)
        }
        let (left, rest) = area.splitLeft(threadWidth)
        let right = Rect(x: rest.x + 1, y: rest.y, width: rest.width - 1, height: rest.height)
        return (left, right, rest.x)
    }

    static func drawPanes(
        _ view: TicketViewState, detail: TicketDetail, state: AppState, theme: Theme, titleRow: Int, in area: Rect,
        buffer: inout ScreenBuffer
    ) {
        let rects = paneRects(area, focus: view.pane)
        // Pane titles on the header's last row; the focused one in the focused style.
        if let thread = rects.thread {
            let focused = view.pane == .thread
            Box.rule(x: thread.x, y: titleRow, width: thread.width,
                     title: focused ? "[Thread (\(detail.messages.count))]" : "Thread (\(detail.messages.count))", in: &buffer,
                     style: theme[focused ? .borderFocused : .border], titleStyle: theme[focused ? .borderFocused : .border])
            ThreadPane.draw(detail, view: view, state: state, theme: theme, in: thread, buffer: &buffer)
        }
        if let divider = rects.divider {
            buffer.put("┬", x: divider, y: titleRow, style: theme[.border])
            Box.verticalLine(x: divider, y: area.y, height: area.height, in: &buffer, style: theme[.border])
        }
        if let history = rects.history {
            let focused = view.pane == .history
            let ruleX = rects.divider.map { $0 + 1 } ?? history.x
            Box.rule(x: ruleX, y: titleRow, width: history.maxX - ruleX,
                     title: focused ? "[Customer · " + detail.customer.name + "]" : "Customer · " + detail.customer.name, in: &buffer,
                     style: theme[focused ? .borderFocused : .border], titleStyle: theme[focused ? .borderFocused : .border])
            HistoryPane.draw(detail, view: view, state: state, theme: theme, in: history, buffer: &buffer)
        }
    }
}
