import AftercareCore
import TerminalKit

/// The line above the key hints: ticket counts per view (the current one bracketed), the
/// search, the row position, and the last status message. The `:` and `/` lines replace it
/// while they are open (see `LineEditorModal`).
enum StatusBar {
    static func label(_ view: InboxView) -> String {
        view == .allOpen ? "open" : view.description
    }

    static func draw(_ state: AppState, theme: Theme, y: Int, width: Int, buffer: inout ScreenBuffer) {
        let base = theme[.statusInfo]
        var line: [Span] = [Span(" ", base)]
        var bold = base
        bold.bold = true
        for view in InboxView.counted {
            let count = state.inbox.counts[view].map(String.init) ?? "…"
            let current = view == state.inbox.view
            let text = current ? "[\(label(view)) \(count)]" : "\(label(view)) \(count)"
            line.append(Span(text, current ? bold : base))
            line.append(Span("  ", base))
        }
        if !InboxView.counted.contains(state.inbox.view) {
            line.append(Span("[\(state.inbox.view.description)]  ", bold))
        }
        let search = state.inbox.search.text
        if !search.isEmpty {
            line.append(Span("/", base))
            line.append(Span(search, theme.style(.searchMatch, on: .statusInfo)))
            line.append(Span("  ", base))
        }
        if state.screen == .inbox, !state.inbox.rows.isEmpty {
            let position = state.inbox.rowsAbove + state.inbox.selected + 1
            // A search's own total is never counted (it may match most of the store), and the
            // view's count would be wrong for it: the position stands alone then.
            let total = search.isEmpty ? state.inbox.counts[state.inbox.view].map { "/\($0)" } ?? "" : ""
            line.append(Span("row \(position)\(total)  ", base))
        }
        if let status = state.status {
            line.append(Span(status.text, status.kind == .error ? theme[.statusError] : bold))
        }
        buffer.draw(StyledLine(line, fill: base), x: 0, y: y, width: width)
    }
}
