import TerminalKit

/// A yes/no question in front of everything: y/Enter or n/Esc/q answer it; other keys wait.
enum ConfirmCommands: FeatureCommands {
    static let commands = [
        CommandInfo(.confirmYes, "yes", footer: true),
        CommandInfo(.confirmNo, "no", footer: true),
    ]

    static let keyContexts = [KeyContextInfo(.confirm, "Confirm")]

    static let defaultKeys: [(KeyContext, String, Command)] = [
        (.confirm, "y", .confirmYes),
        (.confirm, "Enter", .confirmYes),
        (.confirm, "n", .confirmNo),
        (.confirm, "Esc", .confirmNo),
        (.confirm, "q", .confirmNo),
    ]

    static func run(_ command: Command, in state: inout AppState) -> [Effect] {
        switch command {
        case .confirmYes: return state.answer(true)
        case .confirmNo: return state.answer(false)
        case .cancel:
            state.modal = nil
            return []
        default: return []
        }
    }

    /// The question waits for its answer: other keys do nothing, without a message over it.
    static func unboundKey(_ key: Key, in state: inout AppState) -> [Effect]? { [] }
}
