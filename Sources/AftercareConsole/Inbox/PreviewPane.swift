import AftercareCore
import TerminalKit

/// The selected ticket under (or beside) the inbox list: subject, customer, SLA clocks, and the
/// first customer message when its detail is loaded.
enum PreviewPane {
    static func draw(_ state: AppState, theme: Theme, in area: Rect, buffer: inout ScreenBuffer) {
        guard area.height > 0, area.width > 0 else { return }
        guard let row = state.inbox.selectedRow else {
            Box.rule(x: area.x, y: area.y, width: area.width, title: "Preview", in: &buffer, style: theme[.border],
                     titleStyle: theme[.border])
            return
        }
        Box.rule(x: area.x, y: area.y, width: area.width, title: "Preview #\(row.id)", in: &buffer,
                 style: theme[.border], titleStyle: theme[.borderFocused])
        let content = Rect(x: area.x + 1, y: area.y + 1, width: area.width - 2, height: area.height - 1)
        let lines = self.lines(row, state: state, theme: theme, width: content.width)
        for (i, line) in lines.prefix(content.height).enumerated() {
            buffer.draw(line, x: content.x, y: content.y + i, width: content.width)
        }
    }

    static func lines(_ row: TicketSummary, state: AppState, theme: Theme, width: Int) -> [StyledLine] {
        let t = row.ticket
        var bold = theme[.normal]
        bold.bold = true
        let sla = state.slaPolicy.state(of: t, at: state.now)
        let first = DisplayFormat.clock(sla.firstResponse)
        let resolution = DisplayFormat.clock(sla.resolution)
        var lines: [StyledLine] = [
            StyledLine(t.subject, bold),
            StyledLine([
                Span("customer ", theme[.label]),
                Span(DisplayFormat.customer(row.customerName, tier: row.customerTier),
                     row.customerTier.isVIP ? theme[.vip] : theme[.normal]),
                Span("  \(t.channel.rawValue) · \(row.messageCount) message\(row.messageCount == 1 ? "" : "s") · opened ", theme[.dim]),
                Span(DisplayFormat.dateTime(t.createdAt, policy: state.slaPolicy), theme[.dim]),
            ]),
            StyledLine([
                Span("first response ", theme[.label]), Span(first.text, theme[first.role]),
                Span("  resolution ", theme[.label]), Span(resolution.text, theme[resolution.role]),
            ]),
            StyledLine([
                Span("status ", theme[.label]), Span(DisplayFormat.status(t.status) + "  ", theme[.normal]),
                Span("priority ", theme[.label]),
                Span(t.priority.rawValue + "  ", theme[DisplayFormat.priorityRole(t.priority)]),
                Span("assignee ", theme[.label]), Span((t.assignee ?? "unassigned") + "  ", theme[.normal]),
                Span("category ", theme[.label]), Span(DisplayFormat.category(t.category), theme[.normal]),
            ]),
        ]
        if !t.tags.isEmpty {
            lines.append(StyledLine([Span("tags ", theme[.label]), Span(t.tags.joined(separator: ", "), theme[.normal])]))
        }
        if let detail = state.ticket?.detail, detail.ticket.id == t.id,
           let message = detail.messages.first(where: { $0.kind == .inbound }) ?? detail.messages.first
        {
            lines.append(.empty)
            for text in TextLayout.wrap(message.body, width: max(1, width)) {
                lines.append(StyledLine(text, theme[.normal]))
            }
        }
        return lines
    }
}
