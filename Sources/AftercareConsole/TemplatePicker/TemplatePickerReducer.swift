import AftercareCore
import AftercareTemplates
import Foundation

/// The canned-reply picker's part of `reduce`: ranking for the ticket, the filled-in preview, and
/// putting the reply into the compose editor.
extension AppState {
    mutating func openPicker() -> [Effect] {
        guard let (_, effects) = ensureTicketOpen() else { return [] }
        modal = .templatePicker(TemplatePickerState())
        refreshPicker()
        return effects
    }

    /// Re-ranks the picker's matches for its query (the ticket's category first) and re-renders
    /// the preview. No-op when the picker is closed.
    mutating func refreshPicker() {
        guard case var .templatePicker(picker) = modal else { return }
        let subject = ticket?.detail?.ticket ?? inbox.rows.first { $0.id == ticket?.ticketId }?.ticket
        let selectedName = picker.selectedTemplate.map { ($0.name, $0.language) }
        if let subject {
            picker.matches = TemplateSuggestions.rank(templates, for: subject, language: subject.language, query: picker.query.text)
        } else {
            picker.matches = []
        }
        if let selectedName, let index = picker.matches.firstIndex(where: { ($0.name, $0.language) == selectedName }) {
            picker.selected = index
        } else {
            picker.selected = 0
        }
        modal = .templatePicker(picker)
        refreshPickerPreview()
    }

    /// Fills the highlighted template from the ticket, customer and order.
    mutating func refreshPickerPreview() {
        guard case var .templatePicker(picker) = modal else { return }
        picker.preview = nil
        picker.previewError = nil
        if let template = picker.selectedTemplate {
            if let detail = ticket?.detail {
                let context = PlaceholderContext(replyingTo: detail, agent: agent, now: now, settings: settings,
                                                 language: template.language)
                do {
                    picker.preview = try TemplateRenderer.render(template, with: context)
                } catch {
                    picker.previewError = "\(error)"
                }
            } else {
                picker.previewError = "loading the ticket…"
            }
        }
        modal = .templatePicker(picker)
    }

    /// Enter (only when every placeholder is filled) or Tab (holes kept as «name», and sending is
    /// refused until they are replaced): the reply goes into the compose editor at the cursor.
    mutating func insertTemplate() -> [Effect] {
        guard case let .templatePicker(picker) = modal, let template = picker.selectedTemplate,
              let preview = picker.preview, let id = ticket?.ticketId else { return [] }
        if compose?.ticketId != id { compose = newCompose(ticketId: id, kind: .reply) }
        guard var c = compose else { return [] }
        if c.editor.isEmpty { c.editor.setText(preview.text) } else { c.editor.insert(preview.text) }
        c.templateName = template.name
        c.missingPlaceholders = Array(Set(c.missingPlaceholders + preview.missing)).sorted()
        compose = c
        markComposeEdited()
        modal = .compose
        if preview.missing.isEmpty {
            status = StatusLine("inserted “\(template.name)”")
        } else {
            status = StatusLine("inserted “\(template.name)”; fill in: " + preview.missing.joined(separator: ", "), kind: .error)
        }
        return []
    }

    mutating func templatesLoaded(_ result: Result<[ReplyTemplate], DeskServiceError>) -> [Effect] {
        switch result {
        case let .success(loaded): templates = loaded
        case let .failure(error): status = StatusLine("canned replies not loaded: \(error.description)", kind: .error)
        }
        refreshPicker()
        return []
    }

    mutating func typeQuery(_ text: String) -> [Effect] {
        guard case var .templatePicker(picker) = modal else { return [] }
        picker.query.insert(text)
        modal = .templatePicker(picker)
        refreshPicker()
        return []
    }

    mutating func editQuery(_ edit: TextEdit) -> [Effect] {
        guard case var .templatePicker(picker) = modal else { return [] }
        picker.query.apply(edit, width: size.columns)
        modal = .templatePicker(picker)
        refreshPicker()
        return []
    }

    /// Up/Down through the matches; the preview follows.
    mutating func moveInPicker(_ motion: Motion) -> [Effect] {
        guard case var .templatePicker(picker) = modal, !picker.matches.isEmpty else { return [] }
        switch motion {
        case .down: picker.selected = min(picker.selected + 1, picker.matches.count - 1)
        case .up: picker.selected = max(picker.selected - 1, 0)
        case .top, .bottom, .pageDown, .pageUp: break
        }
        modal = .templatePicker(picker)
        refreshPickerPreview()
        return []
    }

    /// Esc: back to the editor if one is open for this ticket.
    mutating func closePicker() -> [Effect] {
        modal = compose != nil && compose?.ticketId == ticket?.ticketId ? .compose : nil
        return []
    }
}
