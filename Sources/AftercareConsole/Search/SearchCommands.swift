/// `/`: the search line over the inbox. Results narrow as you type; Up/Down move in the list
/// underneath, Enter keeps the search, Esc drops it.
enum SearchCommands: FeatureCommands {
    static let commands = [CommandInfo(.search, "search", footer: true)]

    static let keyContexts = [KeyContextInfo(.search, "Search", isText: true)]

    static let defaultKeys: [(KeyContext, String, Command)] = [
        (.search, "Enter", .submit),
        (.search, "Esc", .cancel),
        (.search, "Left", .cursorLeft),
        (.search, "Right", .cursorRight),
        (.search, "Home", .lineStart),
        (.search, "C-a", .lineStart),
        (.search, "End", .lineEnd),
        (.search, "C-e", .lineEnd),
        (.search, "BS", .deleteBackward),
        (.search, "Del", .deleteForward),
        (.search, "C-w", .deleteWordBackward),
        (.search, "C-u", .killLine),
        (.search, "Down", .moveDown),
        (.search, "Up", .moveUp),
    ]

    static func disabledReason(_ command: Command, in state: AppState) -> String? {
        switch command {
        case .search: state.screen == .inbox ? nil : "only in the inbox"
        // The list underneath keeps its meaning of moving and opening.
        case .open: InboxCommands.disabledReason(command, in: state)
        default: nil
        }
    }

    static func run(_ command: Command, in state: inout AppState) -> [Effect] {
        if Motion(command) != nil || command == .open { return InboxCommands.run(command, in: &state) }
        if let edit = TextEdit(command) { return state.editSearch(edit) }
        switch command {
        case .search:
            state.modal = .search
            return []
        case .submit:
            state.modal = nil
            return []
        case .cancel:
            return state.cancelSearch()
        default:
            return []
        }
    }

    static func insert(_ text: String, in state: inout AppState) -> [Effect] {
        state.typeSearch(text)
    }
}
