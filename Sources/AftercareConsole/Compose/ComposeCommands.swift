import Foundation

/// Writing a reply or an internal note: starting one (inline or in $EDITOR), the editor's keys,
/// sending, and why sending is refused.
enum ComposeCommands: FeatureCommands {
    static let commands = [
        CommandInfo(.reply, "reply", footer: true),
        CommandInfo(.note, "internal note", footer: true),
        CommandInfo(.replyInEditor, "reply in $EDITOR"),
        CommandInfo(.editInEditor, "edit in $EDITOR"),
        CommandInfo(.send, "send", footer: true),
        CommandInfo(.sendMenu, "send and set status", footer: true),
        CommandInfo(.closeCompose, "close (draft kept)", footer: true),
        CommandInfo(.discardCompose, "discard draft"),
        CommandInfo(.toggleComposeKind, "reply/note"),
    ]

    static let keyContexts = [KeyContextInfo(.compose, "Compose", isText: true)]

    static let defaultKeys: [(KeyContext, String, Command)] = [
        (.global, "r", .reply),
        (.global, "c", .note),
        (.global, "R", .replyInEditor),
        (.global, "E", .editInEditor),
        // In the editor unbound printable keys are typed.
        (.compose, "C-s", .send),
        (.compose, "C-x", .sendMenu),
        (.compose, "Esc", .closeCompose),
        (.compose, "C-g", .discardCompose),
        (.compose, "C-t", .templatePicker),
        (.compose, "C-e", .editInEditor),
        (.compose, "C-n", .toggleComposeKind),
        (.compose, "Left", .cursorLeft),
        (.compose, "C-b", .cursorLeft),
        (.compose, "Right", .cursorRight),
        (.compose, "C-f", .cursorRight),
        (.compose, "Up", .cursorUp),
        (.compose, "Down", .cursorDown),
        (.compose, "Home", .lineStart),
        (.compose, "C-a", .lineStart),
        (.compose, "End", .lineEnd),
        (.compose, "BS", .deleteBackward),
        (.compose, "C-h", .deleteBackward),
        (.compose, "Del", .deleteForward),
        (.compose, "C-d", .deleteForward),
        (.compose, "C-w", .deleteWordBackward),
        (.compose, "C-k", .killLine),
        (.compose, "Enter", .newline),
    ]

    static func disabledReason(_ command: Command, in state: AppState) -> String? {
        switch command {
        case .reply, .note, .replyInEditor:
            if state.screen == .ticket, let ticket = state.ticket, ticket.detail == nil, state.compose == nil {
                return "ticket #\(ticket.ticketId) is still loading"
            }
            return state.isTicketOpen || state.inbox.selectedRow != nil ? nil : "no ticket selected"
        case .editInEditor:
            return state.isTicketOpen || state.compose != nil || state.inbox.selectedRow != nil ? nil : "no ticket selected"
        case .send, .sendMenu:
            guard let compose = state.compose else { return "nothing to send" }
            if compose.sending { return "already sending" }
            if compose.editor.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return "the message is empty" }
            let holes = compose.unfilledPlaceholders
            if !holes.isEmpty { return "fill in first: " + holes.joined(separator: ", ") }
            return nil
        case .discardCompose, .toggleComposeKind, .closeCompose:
            return state.compose == nil ? "not composing" : nil
        default:
            return nil
        }
    }

    static func run(_ command: Command, in state: inout AppState) -> [Effect] {
        if let edit = TextEdit(command) { return state.editCompose(edit) }
        switch command {
        case .reply: return state.startCompose(.reply)
        case .note: return state.startCompose(.note)
        case .replyInEditor: return state.openEditor(kind: .reply)
        case .editInEditor: return state.openEditor(kind: state.compose?.kind ?? .reply)
        case .send: return state.send()
        case .sendMenu:
            state.modal = .menu(.send(kind: state.compose?.kind ?? .reply))
            return []
        case .closeCompose: return state.closeCompose()
        case .discardCompose: return state.askToDiscardCompose()
        case .toggleComposeKind: return state.toggleComposeKind()
        case .cancel:
            state.modal = nil
            return []
        default: return []
        }
    }

    static func insert(_ text: String, in state: inout AppState) -> [Effect] {
        state.typeCompose(text)
    }
}
