import TerminalKit

/// Draws the one open modal over the screen underneath.
enum ModalLayer {
    static func draw(_ state: AppState, theme: Theme, into buffer: inout ScreenBuffer) {
        guard let modal = state.modal else { return }
        switch modal {
        case .compose:
            if let compose = state.compose { ComposeModal.draw(compose, state: state, theme: theme, into: &buffer) }
        case .search:
            LineEditorModal.draw(prefix: "/", editor: state.inbox.search, theme: theme, into: &buffer)
        case let .commandLine(editor):
            LineEditorModal.draw(prefix: ":", editor: editor, theme: theme, into: &buffer)
        case let .templatePicker(picker):
            TemplatePickerModal.draw(picker, state: state, theme: theme, into: &buffer)
        case let .help(scroll):
            HelpModal.draw(keyMap: state.keyMap, scroll: scroll, theme: theme, into: &buffer)
        case let .confirm(confirm):
            ConfirmModal.draw(confirm, keyMap: state.keyMap, theme: theme, into: &buffer)
        case let .menu(menu):
            MenuModal.draw(menu, theme: theme, into: &buffer)
        }
    }

    /// A centred modal box of at most `width`×`height`, leaving the title bar and the footer
    /// visible when the screen allows. Returns the inside.
    static func centeredBox(
        width: Int, height: Int, title: String, theme: Theme, buffer: inout ScreenBuffer
    ) -> Rect {
        let screen = Rect(size: buffer.size)
        let area = screen.height > 8 ? Rect(x: 0, y: 1, width: screen.width, height: screen.height - 1 - Layout.footerRows) : screen
        let rect = area.centered(width: min(width, area.width), height: min(height, area.height))
        return Box.draw(rect, in: &buffer, border: theme[.modalBorder], fill: theme[.modal], title: title,
                        titleStyle: theme.style(.modalTitle, on: .modal))
    }
}

/// The `/` search line and the `:` command line, drawn over the status bar.
enum LineEditorModal {
    /// The visible slice of a one-line editor `width` columns wide, scrolled so the cursor shows,
    /// and the cursor's column in it.
    static func visible(_ editor: TextEditor, width: Int) -> (text: String, cursorX: Int) {
        let line = editor.lines.first ?? ""
        let chars = Array(UntrustedText.sanitize(line))
        // Sanitising can turn one control into a longer placeholder: map the cursor by prefix.
        let before = UntrustedText.sanitize(String(Array(line).prefix(editor.cursor.column)))
        let cursorX = before.displayWidth
        guard width > 1 else { return ("", 0) }
        if cursorX < width { return (String(chars), cursorX) }
        // Drop characters from the left until the cursor fits in the last column.
        var dropped = 0
        var start = 0
        while cursorX - dropped >= width, start < chars.count {
            dropped += DisplayWidth.of(chars[start])
            start += 1
        }
        return (String(chars[start...]), cursorX - dropped)
    }

    static func row(in size: Size) -> Int { max(0, size.rows - Layout.footerRows) }

    static func draw(prefix: String, editor: TextEditor, theme: Theme, into buffer: inout ScreenBuffer) {
        let y = row(in: buffer.size)
        let width = buffer.size.columns
        buffer.fill(Rect(x: 0, y: y, width: width, height: 1), style: theme[.modal])
        buffer.put(prefix, x: 0, y: y, style: theme.style(.modalTitle, on: .modal))
        let (text, cursorX) = visible(editor, width: width - 1)
        buffer.put(text, x: 1, y: y, maxWidth: width - 1, style: theme[.modal])
        CursorCell.paint(x: 1 + cursorX, y: y, theme: theme, buffer: &buffer)
    }

    static func cursor(_ editor: TextEditor, size: Size) -> (x: Int, y: Int) {
        (1 + visible(editor, width: size.columns - 1).cursorX, row(in: size))
    }
}

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
