import TerminalKit

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
