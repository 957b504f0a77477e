import TerminalKit

/// What is drawn when the terminal is smaller than `minimumSize`: a clear message, wrapped and
/// centred as far as the space allows (down to 1×1 and 0×0).
enum TooSmallView {
    static func message(for size: Size) -> String {
        "Terminal too small: \(size.columns)×\(size.rows), need at least \(minimumSize.columns)×\(minimumSize.rows)"
    }

    static func draw(theme: Theme, into buffer: inout ScreenBuffer) {
        let size = buffer.size
        guard size.columns > 0, size.rows > 0 else { return }
        let lines = TextLayout.wrap(message(for: size), width: size.columns)
        let shown = lines.prefix(size.rows)
        let top = max(0, (size.rows - shown.count) / 2)
        var style = theme[.statusError]
        if size.columns < 2 { style = theme[.normal] }
        for (i, line) in shown.enumerated() {
            let x = max(0, (size.columns - line.displayWidth) / 2)
            buffer.put(line, x: x, y: top + i, maxWidth: size.columns - x, style: style)
        }
    }
}
