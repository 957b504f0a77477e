import AftercareCore

extension MenuState {
    /// C-x: send (or add the note) and set the status in one go.
    static func send(kind: MessageKind) -> MenuState {
        let what = kind == .note ? "Add note" : "Send"
        return MenuState(title: "\(what) and…", options: [
            MenuOption(label: "\(what), status unchanged", hotkey: "s", choice: .send(status: nil)),
            MenuOption(label: "\(what), set pending (waiting on customer)", hotkey: "p", choice: .send(status: .pending)),
            MenuOption(label: "\(what), set solved", hotkey: "d", choice: .send(status: .solved)),
            MenuOption(label: "\(what), set on hold (third party)", hotkey: "h", choice: .send(status: .onHold)),
            MenuOption(label: "\(what), set open", hotkey: "o", choice: .send(status: .open)),
        ])
    }
}
