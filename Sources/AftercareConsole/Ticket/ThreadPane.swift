import AftercareCore
import TerminalKit

/// The conversation, oldest first. Each message has a label line in its role ("customer",
/// "reply", "internal note"); bodies are wrapped by display width; internal notes carry a left
/// bar ("┃") in the note style so they can never be mistaken for something the customer saw.
enum ThreadPane {
    static func label(_ kind: MessageKind) -> String {
        switch kind {
        case .inbound: "customer"
        case .reply: "reply"
        case .note: "internal note"
        }
    }

    static func role(_ kind: MessageKind) -> ThemeRole {
        switch kind {
        case .inbound: .inbound
        case .reply: .outbound
        case .note: .note
        }
    }

    /// The thread as screen lines for a pane `width` columns wide, laid out as
    /// `Layout.threadLineCount` counts them (so the reducer's scroll limits match): per message a
    /// label line, the body wrapped at `width - 2`, and a blank line. Column 0 is a margin (the
    /// note bar), the last column is left for the scroll indicator.
    static func lines(_ detail: TicketDetail, policy: SLAPolicy, theme: Theme, width: Int) -> [StyledLine] {
        guard width > 2 else { return [] }
        var lines: [StyledLine] = []
        for message in detail.messages {
            let role = role(message.kind)
            let style = theme[role]
            let isNote = message.kind == .note
            let margin = Span(isNote ? "┃" : " ", style)
            let marker: String
            switch message.kind {
            case .inbound: marker = "« "
            case .reply: marker = "» "
            case .note: marker = ""
            }
            lines.append(StyledLine([
                margin,
                Span(marker + label(message.kind), style),
                Span("  " + message.author, theme.style(.normal, on: role)),
                Span("  " + message.channel.rawValue + "  " + DisplayFormat.dateTime(message.createdAt, policy: policy),
                     theme.style(.dim, on: role)),
            ]))
            for text in TextLayout.wrap(message.body, width: max(1, width - 2)) {
                lines.append(StyledLine([margin, Span(text, isNote ? style : theme[.normal])]))
            }
            lines.append(.empty)
        }
        return lines
    }

    static func draw(_ detail: TicketDetail, view: TicketViewState, state: AppState, theme: Theme, in area: Rect,
                     buffer: inout ScreenBuffer) {
        guard !area.isEmpty else { return }
        let lines = lines(detail, policy: state.slaPolicy, theme: theme, width: area.width)
        if lines.isEmpty {
            buffer.put("No messages.", x: area.x + 1, y: area.y, maxWidth: max(0, area.width - 1), style: theme[.dim])
            return
        }
        ScrollPane.draw(lines, in: area, offset: view.threadScroll, toEnd: view.scrolledToEnd, buffer: &buffer,
                        indicatorStyle: theme[view.pane == .thread ? .borderFocused : .border], reserveIndicator: true)
    }
}
