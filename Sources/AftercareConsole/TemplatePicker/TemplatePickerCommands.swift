/// `t` / C-t: the canned-reply picker. Typing filters; Enter inserts the reply when every
/// placeholder could be filled, Tab inserts it with «holes» to fill by hand.
enum TemplatePickerCommands: FeatureCommands {
    static let commands = [
        CommandInfo(.templatePicker, "canned reply", footer: true),
        CommandInfo(.insertTemplate, "insert", footer: true),
        CommandInfo(.insertTemplateWithHoles, "insert with «holes»", footer: true),
    ]

    static let keyContexts = [KeyContextInfo(.templatePicker, "Canned replies", isText: true)]

    static let defaultKeys: [(KeyContext, String, Command)] = [
        (.global, "t", .templatePicker),
        (.templatePicker, "Enter", .insertTemplate),
        (.templatePicker, "Tab", .insertTemplateWithHoles),
        (.templatePicker, "Esc", .cancel),
        (.templatePicker, "Down", .moveDown),
        (.templatePicker, "C-n", .moveDown),
        (.templatePicker, "Up", .moveUp),
        (.templatePicker, "C-p", .moveUp),
        (.templatePicker, "BS", .deleteBackward),
        (.templatePicker, "C-w", .deleteWordBackward),
        (.templatePicker, "C-u", .killLine),
    ]

    static func disabledReason(_ command: Command, in state: AppState) -> String? {
        switch command {
        case .templatePicker:
            if state.modal != .compose, !state.isTicketOpen, state.inbox.selectedRow == nil { return "no ticket selected" }
            return state.templates.isEmpty ? "no canned replies loaded" : nil
        case .insertTemplate, .insertTemplateWithHoles:
            guard case let .templatePicker(picker) = state.modal else { return "no canned reply picker open" }
            guard picker.selectedTemplate != nil else { return "no canned reply matches" }
            if let error = picker.previewError { return error }
            if command == .insertTemplate, let preview = picker.preview, !preview.missing.isEmpty {
                return "no value for " + preview.missing.joined(separator: ", ") + " (Tab inserts with «holes» to fill by hand)"
            }
            return nil
        default:
            return nil
        }
    }

    static func run(_ command: Command, in state: inout AppState) -> [Effect] {
        if let motion = Motion(command) { return state.moveInPicker(motion) }
        if let edit = TextEdit(command) { return state.editQuery(edit) }
        switch command {
        case .templatePicker: return state.openPicker()
        case .insertTemplate, .insertTemplateWithHoles: return state.insertTemplate()
        case .cancel: return state.closePicker()
        default: return []
        }
    }

    static func insert(_ text: String, in state: inout AppState) -> [Effect] {
        state.typeQuery(text)
    }
}
