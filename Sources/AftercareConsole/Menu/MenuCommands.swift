import TerminalKit

/// A chooser (status, priority, category, view, send-and-set-status): the features that open one
/// build its options (`MenuState.status(current:)`…); here are its keys. Options also have their
/// own hotkeys.
enum MenuCommands: FeatureCommands {
    static let commands: [CommandInfo] = []

    static let keyContexts = [KeyContextInfo(.menu, "Menu")]

    static let defaultKeys: [(KeyContext, String, Command)] = [
        (.menu, "j", .moveDown),
        (.menu, "Down", .moveDown),
        (.menu, "k", .moveUp),
        (.menu, "Up", .moveUp),
        (.menu, "Enter", .submit),
        (.menu, "Esc", .cancel),
        (.menu, "q", .cancel),
    ]

    static func run(_ command: Command, in state: inout AppState) -> [Effect] {
        if let motion = Motion(command) { return state.moveInMenu(motion) }
        switch command {
        case .submit, .open: return state.chooseHighlighted()
        case .cancel: return state.cancelMenu()
        default: return []
        }
    }

    static func unboundKey(_ key: Key, in state: inout AppState) -> [Effect]? {
        guard case let .char(c) = key else { return nil }
        return state.chooseByHotkey(c)
    }
}
