/// The commands that act on whatever has the focus: moving (rows, a scrolled pane, a menu),
/// Enter, Esc, going back, and editing the focused text field. They are passed on to the feature
/// that owns the focused context, which runs them or not (`Motion` and `TextEdit` name the moves
/// and edits; text fields bind the editing keys in their own contexts). So each screen says what
/// j/k or q mean on it, in its own folder.
enum FocusCommands: FeatureCommands {
    static let commands = [
        CommandInfo(.moveDown, "down"),
        CommandInfo(.moveUp, "up"),
        CommandInfo(.moveTop, "first"),
        CommandInfo(.moveBottom, "last"),
        CommandInfo(.pageDown, "page down"),
        CommandInfo(.pageUp, "page up"),
        CommandInfo(.open, "open", footer: true),
        CommandInfo(.back, "back", footer: true),
        CommandInfo(.submit, "ok", footer: true),
        CommandInfo(.cancel, "cancel", footer: true),
        CommandInfo(.cursorLeft, "left"),
        CommandInfo(.cursorRight, "right"),
        CommandInfo(.cursorUp, "line up"),
        CommandInfo(.cursorDown, "line down"),
        CommandInfo(.lineStart, "line start"),
        CommandInfo(.lineEnd, "line end"),
        CommandInfo(.deleteBackward, "delete back"),
        CommandInfo(.deleteForward, "delete"),
        CommandInfo(.deleteWordBackward, "delete word"),
        CommandInfo(.killLine, "delete to line end"),
        CommandInfo(.newline, "new line"),
    ]

    /// Everywhere you browse (inbox, thread, history); modals bind their own.
    static let defaultKeys: [(KeyContext, String, Command)] = [
        (.global, "j", .moveDown),
        (.global, "Down", .moveDown),
        (.global, "k", .moveUp),
        (.global, "Up", .moveUp),
        (.global, "g", .moveTop),
        (.global, "Home", .moveTop),
        (.global, "G", .moveBottom),
        (.global, "End", .moveBottom),
        (.global, "PgDn", .pageDown),
        (.global, "C-f", .pageDown),
        (.global, "PgUp", .pageUp),
        (.global, "C-b", .pageUp),
    ]

    static func disabledReason(_ command: Command, in state: AppState) -> String? {
        state.focusedFeature.disabledReason(command, in: state)
    }

    static func run(_ command: Command, in state: inout AppState) -> [Effect] {
        // Back out of a modal is Esc's job wherever the modal is.
        let command = command == .back && state.modal != nil ? .cancel : command
        return state.focusedFeature.run(command, in: &state)
    }
}
