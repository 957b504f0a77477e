import TerminalKit

/// `?` help: every context of the keymap, each command with all its keys and its description.
/// The text is `KeyMap.helpLines()` — generated from the bindings, the same lines the reducer
/// scrolls by — styled here: context titles as headings, key names in the key-hint role.
enum HelpModal {
    /// Key names occupy this many columns after the 2-space indent (as `helpLines` pads them).
    static let keyColumn = 16

    static func lines(_ keyMap: KeyMap, theme: Theme) -> [StyledLine] {
        var heading = theme.style(.modalTitle, on: .modal)
        heading.underline = true
        return keyMap.helpLines().map { line in
            if line.isEmpty { return .empty }
            guard line.hasPrefix("  ") else { return StyledLine(line, heading) }
            let chars = Array(line)
            let split = min(chars.count, 2 + keyColumn)
            return StyledLine([
                Span(String(chars[..<split]), theme.style(.keyHint, on: .modal)),
                Span(String(chars[split...]), theme[.modal]),
            ])
        }
    }

    static func draw(keyMap: KeyMap, scroll: Int, theme: Theme, into buffer: inout ScreenBuffer) {
        let inner = ModalBox.draw(width: 84, height: buffer.size.rows, title: "Help: keys (from your keymap)",
                                           theme: theme, buffer: &buffer)
        guard !inner.isEmpty else { return }
        let content = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 1, height: inner.height)
        ScrollPane.draw(lines(keyMap, theme: theme), in: content, offset: scroll, buffer: &buffer,
                        indicatorStyle: theme[.modalBorder])
    }
}
