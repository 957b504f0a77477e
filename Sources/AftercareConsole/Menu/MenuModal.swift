import TerminalKit

/// A chooser (status, priority, category, view, send-and-set-status): options with their hotkeys.
enum MenuModal {
    static func draw(_ menu: MenuState, theme: Theme, into buffer: inout ScreenBuffer) {
        let labels = menu.options.map { option in (option.hotkey.map { "\($0)  " } ?? "   ") + option.label }
        let width = max(menu.title.displayWidth + 6, (labels.map(\.displayWidth).max() ?? 0) + 6)
        let inner = ModalBox.draw(width: width, height: menu.options.count + 2, title: menu.title,
                                           theme: theme, buffer: &buffer)
        guard !inner.isEmpty else { return }
        var offset = 0
        if menu.selected >= inner.height { offset = menu.selected - inner.height + 1 }
        for row in 0..<inner.height {
            let index = offset + row
            guard index < menu.options.count else { break }
            let option = menu.options[index]
            let base: ThemeRole = index == menu.selected ? .selected : .modal
            let line = StyledLine([
                Span(" " + (option.hotkey.map { "\($0)" } ?? " ") + "  ", theme.style(.keyHint, on: base)),
                Span(option.label, theme[base]),
            ], fill: theme[base])
            buffer.draw(line, x: inner.x, y: inner.y + row, width: inner.width)
        }
    }
}
