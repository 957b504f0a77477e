/// `:`: the command line (`:assign wei`, `:status solved`, `:view late`…; see `runCommandLine`).
enum CommandLineCommands: FeatureCommands {
    static let commands = [CommandInfo(.commandLine, "command", footer: true)]

    static let keyContexts = [KeyContextInfo(.commandLine, "Command line", isText: true)]

    static let defaultKeys: [(KeyContext, String, Command)] = [
        (.global, ":", .commandLine),
        (.commandLine, "Enter", .submit),
        (.commandLine, "Esc", .cancel),
        (.commandLine, "Left", .cursorLeft),
        (.commandLine, "Right", .cursorRight),
        (.commandLine, "Home", .lineStart),
        (.commandLine, "C-a", .lineStart),
        (.commandLine, "End", .lineEnd),
        (.commandLine, "C-e", .lineEnd),
        (.commandLine, "BS", .deleteBackward),
        (.commandLine, "Del", .deleteForward),
        (.commandLine, "C-w", .deleteWordBackward),
        (.commandLine, "C-u", .killLine),
    ]

    static func run(_ command: Command, in state: inout AppState) -> [Effect] {
        if let edit = TextEdit(command) { return state.editCommandLine(edit) }
        switch command {
        case .commandLine:
            state.modal = .commandLine(TextEditor(singleLine: true))
            return []
        case .submit: return state.submitCommandLine()
        case .cancel:
            state.modal = nil
            return []
        default: return []
        }
    }

    static func insert(_ text: String, in state: inout AppState) -> [Effect] {
        state.typeCommandLine(text)
    }
}
