import AftercareCore

extension Command {
    /// Why this command can't run now (shown in the status line, and greyed out in help), or nil
    /// when it can.
    public func disabledReason(in state: AppState) -> String? {
        let onTicket = state.screen == .ticket && state.ticket != nil
        let hasTarget = onTicket || state.inbox.selectedRow != nil || !state.inbox.bulk.isEmpty
        switch self {
        case .open:
            if state.screen == .inbox, state.inbox.selectedRow == nil { return "no ticket selected" }
            if state.screen == .ticket, state.ticket?.pane == .history,
               (state.ticket?.detail?.otherTickets.isEmpty ?? true) { return "no other tickets" }
            return nil
        case .back:
            return state.screen == .inbox && state.modal == nil ? "already at the inbox" : nil
        case .nextTicket, .previousTicket:
            return onTicket ? nil : "open a ticket first"
        case .search, .viewMenu, .viewAll, .viewMine, .viewUnassigned, .viewBreached, .selectAll:
            return state.screen == .inbox ? nil : "only in the inbox"
        case .toggleSelect:
            return state.inbox.selectedRow == nil ? "no ticket selected" : nil
        case .clearSelection:
            return state.inbox.bulk.isEmpty ? "nothing selected" : nil
        case .reply, .note, .replyInEditor, .templatePicker:
            if state.modal == .compose, self == .templatePicker {
                return state.templates.isEmpty ? "no canned replies loaded" : nil
            }
            if !onTicket && state.inbox.selectedRow == nil { return "no ticket selected" }
            if self == .templatePicker && state.templates.isEmpty { return "no canned replies loaded" }
            return nil
        case .editInEditor:
            return onTicket || state.compose != nil || state.inbox.selectedRow != nil ? nil : "no ticket selected"
        case .assignToMe, .statusMenu, .priorityMenu, .categoryMenu:
            return hasTarget ? nil : "no ticket selected"
        case .undo:
            return state.lastChange == nil ? "nothing to undo" : nil
        case .send, .sendMenu:
            guard let compose = state.compose else { return "nothing to send" }
            if compose.sending { return "already sending" }
            if compose.editor.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return "the message is empty" }
            let holes = compose.unfilledPlaceholders
            if !holes.isEmpty { return "fill in first: " + holes.joined(separator: ", ") }
            return nil
        case .discardCompose, .toggleComposeKind, .closeCompose:
            return state.compose == nil ? "not composing" : nil
        case .insertTemplate, .insertTemplateWithHoles:
            guard case let .templatePicker(picker) = state.modal else { return "no canned reply picker open" }
            guard picker.selectedTemplate != nil else { return "no canned reply matches" }
            if let error = picker.previewError { return error }
            if self == .insertTemplate, let preview = picker.preview, !preview.missing.isEmpty {
                return "no value for " + preview.missing.joined(separator: ", ") + " (Tab inserts with «holes» to fill by hand)"
            }
            return nil
        case .moveDown, .moveUp, .moveTop, .moveBottom, .pageDown, .pageUp, .quit, .nextPane, .refresh, .commandLine,
             .help, .cursorLeft, .cursorRight, .cursorUp, .cursorDown, .lineStart, .lineEnd, .deleteBackward,
             .deleteForward, .deleteWordBackward, .killLine, .newline, .submit, .cancel, .confirmYes, .confirmNo:
            return nil
        }
    }
}
