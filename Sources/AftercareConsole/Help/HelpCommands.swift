/// `?` / F1: every key of the keymap, generated from it (`KeyMap.helpLines`), scrolled like a pager.
enum HelpCommands: FeatureCommands {
    static let commands = [CommandInfo(.help, "help", footer: true)]

    static let keyContexts = [KeyContextInfo(.help, "Help")]

    static let defaultKeys: [(KeyContext, String, Command)] = [
        (.global, "?", .help),
        (.global, "F1", .help),
        (.help, "q", .cancel),
        (.help, "Esc", .cancel),
        (.help, "?", .cancel),
        (.help, "j", .moveDown),
        (.help, "Down", .moveDown),
        (.help, "k", .moveUp),
        (.help, "Up", .moveUp),
        (.help, "PgDn", .pageDown),
        (.help, "Space", .pageDown),
        (.help, "PgUp", .pageUp),
        (.help, "g", .moveTop),
        (.help, "G", .moveBottom),
    ]

    static func run(_ command: Command, in state: inout AppState) -> [Effect] {
        if let motion = Motion(command) { return state.scrollHelp(motion) }
        switch command {
        case .help:
            state.modal = .help(scroll: 0)
            return []
        case .cancel:
            state.modal = nil
            return []
        default: return []
        }
    }
}
