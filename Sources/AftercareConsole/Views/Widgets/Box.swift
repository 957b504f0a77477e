import TerminalKit

/// Boxes and separators drawn with box-drawing characters (one column each in C.UTF-8).
enum Box {
    /// Fills `rect` with `fill`, draws a border in `border` and an optional title on the top edge.
    /// Returns the inside (the rect inset by one).
    @discardableResult
    static func draw(
        _ rect: Rect, in buffer: inout ScreenBuffer, border: Style, fill: Style, title: String? = nil,
        titleStyle: Style? = nil
    ) -> Rect {
        guard rect.width >= 2, rect.height >= 2 else {
            buffer.fill(rect, style: fill)
            return Rect(x: rect.x, y: rect.y, width: 0, height: 0)
        }
        buffer.fill(rect, style: fill)
        let inner = rect.width - 2
        buffer.put("┌" + String(repeating: "─", count: inner) + "┐", x: rect.x, y: rect.y, style: border)
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            buffer.put("│", x: rect.x, y: y, style: border)
            buffer.put("│", x: rect.maxX - 1, y: y, style: border)
        }
        buffer.put("└" + String(repeating: "─", count: inner) + "┘", x: rect.x, y: rect.maxY - 1, style: border)
        if let title, inner >= 3 {
            buffer.put(" " + TextLayout.clip(title, toWidth: inner - 2) + " ", x: rect.x + 1, y: rect.y,
                       maxWidth: inner, style: titleStyle ?? border)
        }
        return rect.inset(1)
    }

    /// A horizontal rule across `width` columns with an optional title: "── Thread (4) ─────".
    static func rule(x: Int, y: Int, width: Int, title: String?, in buffer: inout ScreenBuffer, style: Style,
                     titleStyle: Style) {
        guard width > 0 else { return }
        buffer.put(String(repeating: "─", count: width), x: x, y: y, maxWidth: width, style: style)
        if let title, width > 4 {
            buffer.put(" " + TextLayout.clip(title, toWidth: width - 4) + " ", x: x + 1, y: y, maxWidth: width - 2,
                       style: titleStyle)
        }
    }

    /// A vertical line of `│` from `y` for `height` rows.
    static func verticalLine(x: Int, y: Int, height: Int, in buffer: inout ScreenBuffer, style: Style) {
        for row in y..<(y + max(0, height)) { buffer.put("│", x: x, y: row, style: style) }
    }
}
