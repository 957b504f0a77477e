/// Quitting and reloading, and the `global` context: the keys that work everywhere you browse.
enum SessionCommands: FeatureCommands {
    static let commands = [
        CommandInfo(.quit, "quit", footer: true),
        CommandInfo(.refresh, "reload"),
    ]

    static let keyContexts = [KeyContextInfo(.global, "Everywhere")]

    static let defaultKeys: [(KeyContext, String, Command)] = [
        (.global, "C-l", .refresh),
    ]

    static func run(_ command: Command, in state: inout AppState) -> [Effect] {
        switch command {
        case .quit:
            return state.quit()
        case .refresh:
            state.status = StatusLine("reloading…")
            return state.refreshAll()
        default:
            return []
        }
    }
}
