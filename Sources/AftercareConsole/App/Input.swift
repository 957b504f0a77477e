import TerminalKit

extension AppState {
    /// A key, paste or resize from the backend. Keys go through `keyMap` in `keyContext`; in text
    /// contexts unbound printable keys are typed into the focused field.
    mutating func handleInput(_ event: InputEvent) -> [Effect] {
        switch event {
        case let .resize(newSize):
            size = newSize
            clampInboxScroll()
            clampThreadScroll()
            return []
        case let .paste(text):
            return focusedFeature.insert(text, in: &self)
        case let .key(key):
            // A notice of another agent's change has been seen once a key is pressed.
            if ticket?.notice != nil { ticket?.notice = nil }
            let context = keyContext
            if let command = keyMap.command(for: key, in: context) { return run(command) }
            if context.isText {
                if case let .char(c) = key { return focusedFeature.insert(String(c), in: &self) }
                return []
            }
            if let effects = focusedFeature.unboundKey(key, in: &self) { return effects }
            status = StatusLine("\(key.name) does nothing here (? for help)", kind: .info)
            return []
        }
    }
}
