import TerminalKit

/// The bottom line of key hints, generated from the keymap for the focused context
/// (`KeyMap.footerHints(for:)`): never a hard-coded list.
enum KeyHintFooter {
    static func draw(_ keyMap: KeyMap, context: KeyContext, y: Int, width: Int, theme: Theme, buffer: inout ScreenBuffer) {
        buffer.fill(Rect(x: 0, y: y, width: width, height: 1), style: theme[.footer])
        var hints = keyMap.footerHints(for: context)
        // Help is the way to every other key: keep it, last, whatever the width.
        let helpLabel = Command.help.description
        var help: (key: String, label: String)? = nil
        if let i = hints.firstIndex(where: { $0.label == helpLabel }) { help = hints.remove(at: i) }
        func cost(_ h: (key: String, label: String)) -> Int {
            UntrustedText.sanitize(h.key).displayWidth + 1 + h.label.displayWidth + 2
        }
        let reserve = help.map(cost) ?? 0
        var x = 1
        var shown: [(key: String, label: String)] = []
        for hint in hints {
            if x + cost(hint) + reserve > width { break }
            shown.append(hint)
            x += cost(hint)
        }
        if let help { shown.append(help) }
        x = 1
        for hint in shown where x < width {
            x += buffer.put(hint.key, x: x, y: y, maxWidth: width - x, style: theme.style(.keyHint, on: .footer))
            x += buffer.put(" " + hint.label + "  ", x: x, y: y, maxWidth: width - x, style: theme[.footer])
        }
    }
}
