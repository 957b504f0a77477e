import TerminalKit

/// A yes/no question; the answer keys shown come from the keymap's `confirm` context.
enum ConfirmModal {
    static func answerHints(_ keyMap: KeyMap) -> String {
        var keys: [Command: [String]] = [:]
        for (key, command) in keyMap.bindings(for: .confirm) { keys[command, default: []].append(key.name) }
        return [Command.confirmYes, .confirmNo].compactMap { command in
            keys[command].map { "\($0.joined(separator: "/")) \(command.description)" }
        }.joined(separator: "   ")
    }

    static func draw(_ confirm: ConfirmState, keyMap: KeyMap, theme: Theme, into buffer: inout ScreenBuffer) {
        let hints = answerHints(keyMap)
        let width = min(buffer.size.columns - 4, max(40, max(confirm.prompt.displayWidth, hints.displayWidth) + 4))
        let text = TextLayout.wrap(confirm.prompt, width: max(1, width - 4))
        let inner = ModalBox.draw(width: width, height: text.count + 4, title: "Confirm", theme: theme,
                                           buffer: &buffer)
        guard !inner.isEmpty else { return }
        for (i, line) in text.prefix(max(0, inner.height - 2)).enumerated() {
            buffer.put(line, x: inner.x + 1, y: inner.y + i, maxWidth: inner.width - 2, style: theme[.modal])
        }
        buffer.put(hints, x: inner.x + 1, y: inner.maxY - 1, maxWidth: inner.width - 2, style: theme.style(.keyHint, on: .modal))
    }
}
