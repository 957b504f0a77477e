import AftercareCore
import Foundation
import TerminalKit

/// The console's only state transition: pure and total (every action in every state does
/// something sensible or nothing). Returns the effects to run, in order.
public func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
    switch action {
    case .started:
        state.inbox.generation += 1
        state.pollInFlight = true
        return [state.inboxReload(placement: .replace), .loadCounts(state.countRequests()), .loadTemplates, .scheduleTick, .pollChanges]
            .compactMap { $0 }
    case let .input(event):
        return state.handleInput(event)
    case let .command(command):
        return state.run(command)
    case let .tick(date):
        return state.tick(date)
    case let .pageLoaded(request, result):
        return state.pageLoaded(request, result)
    case let .countsLoaded(counts):
        state.inbox.counts.merge(counts) { $1 }
        return []
    case let .detailLoaded(id, result):
        return state.detailLoaded(id, result)
    case let .saved(request, result):
        return state.saved(request, result)
    case let .sent(request, result):
        return state.sent(request, result)
    case let .draftLoaded(id, draft):
        return state.draftLoaded(id, draft)
    case let .draftSaveFailed(error):
        state.status = StatusLine("draft not saved: \(error.description)", kind: .error)
        if state.compose != nil { state.compose?.draftDirty = true }
        return []
    case let .templatesLoaded(result, shopName):
        switch result {
        case let .success(templates): state.templates = templates
        case let .failure(error): state.status = StatusLine("canned replies not loaded: \(error.description)", kind: .error)
        }
        if let shopName { state.shopName = shopName }
        state.refreshPicker()
        return []
    case let .editorFinished(request, text):
        return state.editorFinished(request, text)
    case let .changesDetected(token):
        return state.changesDetected(token)
    case .pollFailed:
        state.pollInFlight = false
        return []
    case .shutdownRequested:
        return state.quit()
    }
}

extension AppState {
    // MARK: Input

    mutating func handleInput(_ event: InputEvent) -> [Effect] {
        switch event {
        case let .resize(newSize):
            size = newSize
            clampInboxScroll()
            if var t = ticket, let detail = t.detail {
                t.threadScroll = min(t.threadScroll, Layout.maxThreadScroll(detail, size: size))
                ticket = t
            }
            return []
        case let .paste(text):
            return typeText(text)
        case let .key(key):
            let context = keyContext
            if let command = keyMap.command(for: key, in: context) { return run(command) }
            if context.isText, case let .char(c) = key { return typeText(String(c)) }
            if context == .menu, case let .char(c) = key, case let .menu(menu) = modal,
               let index = menu.options.firstIndex(where: { $0.hotkey == c }) {
                return chooseMenu(menu.options[index].choice)
            }
            if case .confirm = modal { return [] }
            if context.isText { return [] }
            status = StatusLine("\(key.name) does nothing here (? for help)", kind: .info)
            return []
        }
    }

    /// Text typed or pasted into whichever field has the focus.
    mutating func typeText(_ text: String) -> [Effect] {
        switch modal {
        case .compose:
            compose?.editor.insert(text)
            markComposeEdited()
            return []
        case .search:
            inbox.search.insert(text)
            return searchChanged()
        case var .commandLine(editor):
            editor.insert(text)
            modal = .commandLine(editor)
            return []
        case var .templatePicker(picker):
            picker.query.insert(text)
            modal = .templatePicker(picker)
            refreshPicker()
            return []
        default:
            return []
        }
    }

    mutating func markComposeEdited() {
        compose?.draftDirty = true
        compose?.lastEditAt = now
    }

    // MARK: Commands

    /// Runs a command in the current context, or says in the status line why it can't.
    mutating func run(_ command: Command) -> [Effect] {
        if let reason = command.disabledReason(in: self) {
            status = StatusLine("\(command.description): \(reason)", kind: .error)
            return []
        }
        let context = keyContext
        switch command {
        case .moveDown, .moveUp, .moveTop, .moveBottom, .pageDown, .pageUp:
            return move(command, in: context)
        case .open:
            if context == .history { return openHistoryTicket() }
            if context == .menu { return run(.submit) }
            guard let row = inbox.selectedRow else { return [] }
            return openTicket(row.id)
        case .back:
            return back()
        case .quit:
            return quit()
        case .nextPane:
            guard screen == .ticket, ticket != nil, modal == nil else { return [] }
            let pane = ticket?.pane
            ticket?.pane = pane == .thread ? .history : .thread
            return []
        case .nextTicket, .previousTicket:
            return stepTicket(by: command == .nextTicket ? 1 : -1)
        case .refresh:
            status = StatusLine("reloading…")
            return refreshAll()
        case .search:
            modal = .search
            return []
        case .commandLine:
            modal = .commandLine(TextEditor(singleLine: true))
            return []
        case .help:
            modal = .help(scroll: 0)
            return []
        case .viewMenu:
            modal = .menu(Menus.views(current: inbox.view))
            return []
        case .viewAll: return switchView(.allOpen)
        case .viewMine: return switchView(.mine)
        case .viewUnassigned: return switchView(.unassigned)
        case .viewBreached: return switchView(.breached)
        case .toggleSelect:
            guard let row = inbox.selectedRow else { return [] }
            if inbox.bulk.remove(row.id) == nil { inbox.bulk.insert(row.id) }
            status = StatusLine("\(inbox.bulk.count) selected")
            return moveInbox(to: inbox.selected + 1)
        case .selectAll:
            inbox.bulk.formUnion(inbox.rows.map(\.id))
            status = StatusLine("\(inbox.bulk.count) selected")
            return []
        case .clearSelection:
            inbox.bulk.removeAll()
            status = StatusLine("selection cleared")
            return []
        case .reply: return startCompose(.reply)
        case .note: return startCompose(.note)
        case .replyInEditor: return openEditor(kind: .reply)
        case .editInEditor: return openEditor(kind: compose?.kind ?? .reply)
        case .templatePicker: return openPicker()
        case .assignToMe:
            return applyToTargets([.assign(agent.login)], label: "assigned to \(agent.login)")
        case .statusMenu:
            modal = .menu(Menus.status(current: actionTargets().first?.ticket?.status))
            return []
        case .priorityMenu:
            modal = .menu(Menus.priority(current: actionTargets().first?.ticket?.priority))
            return []
        case .categoryMenu:
            modal = .menu(Menus.category(current: actionTargets().first?.ticket?.category))
            return []
        case .undo:
            return undo()
        case .send:
            return send()
        case .sendMenu:
            modal = .menu(Menus.send(kind: compose?.kind ?? .reply))
            return []
        case .closeCompose:
            modal = nil
            return saveDraftNow()
        case .discardCompose:
            modal = .confirm(ConfirmState(prompt: "Discard this \(compose?.kind == .note ? "note" : "reply") and its saved draft?", action: .discardCompose))
            return []
        case .toggleComposeKind:
            let kind = compose?.kind
            compose?.kind = kind == .note ? .reply : .note
            markComposeEdited()
            status = StatusLine(compose?.kind == .note ? "internal note: the customer won't see it" : "reply to the customer")
            return []
        case .cursorLeft, .cursorRight, .cursorUp, .cursorDown, .lineStart, .lineEnd, .deleteBackward,
             .deleteForward, .deleteWordBackward, .killLine, .newline:
            return edit(command)
        case .submit:
            return submit()
        case .cancel:
            return cancel()
        case .insertTemplate, .insertTemplateWithHoles:
            return insertTemplate()
        case .confirmYes:
            return confirm(true)
        case .confirmNo:
            return confirm(false)
        }
    }

    /// Enter in the search line, command line or a menu.
    mutating func submit() -> [Effect] {
        switch modal {
        case .search:
            modal = nil
            return []
        case let .commandLine(editor):
            modal = nil
            return runCommandLine(editor.text)
        case let .menu(menu):
            guard menu.options.indices.contains(menu.selected) else { modal = nil; return [] }
            return chooseMenu(menu.options[menu.selected].choice)
        default:
            return []
        }
    }

    /// Esc in a field, picker, menu or help.
    mutating func cancel() -> [Effect] {
        switch modal {
        case .search:
            modal = nil
            guard !inbox.search.isEmpty else { return [] }
            inbox.search.clear()
            return searchChanged()
        case .templatePicker:
            modal = compose != nil && compose?.ticketId == ticket?.ticketId ? .compose : nil
            return []
        case .menu:
            if case .send = currentMenuChoice { modal = .compose } else { modal = nil }
            return []
        default:
            modal = nil
            return []
        }
    }

    private var currentMenuChoice: MenuChoice? {
        guard case let .menu(menu) = modal, let first = menu.options.first else { return nil }
        return first.choice
    }

    /// Editing keys in the compose editor or a one-line field.
    mutating func edit(_ command: Command) -> [Effect] {
        func apply(_ editor: inout TextEditor, width: Int) {
            switch command {
            case .cursorLeft: editor.moveLeft()
            case .cursorRight: editor.moveRight()
            case .cursorUp: editor.moveUp(width: width)
            case .cursorDown: editor.moveDown(width: width)
            case .lineStart: editor.moveToLineStart()
            case .lineEnd: editor.moveToLineEnd()
            case .deleteBackward: editor.deleteBackward()
            case .deleteForward: editor.deleteForward()
            case .deleteWordBackward: editor.deleteWordBackward()
            case .killLine: editor.singleLine ? editor.clear() : editor.killLine()
            case .newline: editor.newline()
            default: break
            }
        }
        let changesText: Bool = [.deleteBackward, .deleteForward, .deleteWordBackward, .killLine, .newline].contains(command)
        switch modal {
        case .compose:
            guard var c = compose else { return [] }
            apply(&c.editor, width: Layout.composeTextWidth(for: size))
            compose = c
            if changesText { markComposeEdited() }
            return []
        case .search:
            let before = inbox.search.text
            apply(&inbox.search, width: size.columns)
            return inbox.search.text == before ? [] : searchChanged()
        case var .commandLine(editor):
            if command == .deleteBackward, editor.isEmpty { modal = nil; return [] }
            apply(&editor, width: size.columns)
            modal = .commandLine(editor)
            return []
        case var .templatePicker(picker):
            apply(&picker.query, width: size.columns)
            modal = .templatePicker(picker)
            refreshPicker()
            return []
        default:
            return []
        }
    }

    // MARK: Navigation

    mutating func move(_ command: Command, in context: KeyContext) -> [Effect] {
        switch context {
        case .inbox, .search:
            let page = Layout.inboxListRows(for: size)
            switch command {
            case .moveDown: return moveInbox(to: inbox.selected + 1)
            case .moveUp: return moveInbox(to: inbox.selected - 1)
            case .pageDown: return moveInbox(to: inbox.selected + page, scroll: page)
            case .pageUp: return moveInbox(to: inbox.selected - page, scroll: -page)
            case .moveBottom: return moveInbox(to: max(0, inbox.rows.count - 1))
            case .moveTop:
                if !inbox.earlierPages.isEmpty {
                    inbox.generation += 1
                    return [inboxReload(placement: .replace)].compactMap { $0 }
                }
                return moveInbox(to: 0)
            default: return []
            }
        case .thread:
            guard var t = ticket else { return [] }
            let page = Layout.ticketPaneRows(for: size)
            let maxScroll = Layout.maxThreadScroll(t.detail, size: size)
            switch command {
            case .moveDown: t.threadScroll += 1
            case .moveUp: t.threadScroll -= 1
            case .pageDown: t.threadScroll += max(1, page - 1)
            case .pageUp: t.threadScroll -= max(1, page - 1)
            case .moveTop: t.threadScroll = 0
            case .moveBottom: t.threadScroll = maxScroll
            default: break
            }
            t.threadScroll = min(max(0, t.threadScroll), maxScroll)
            t.scrolledToEnd = t.threadScroll == maxScroll
            ticket = t
            return []
        case .history:
            guard var t = ticket else { return [] }
            let count = t.detail?.otherTickets.count ?? 0
            let page = Layout.ticketPaneRows(for: size)
            switch command {
            case .moveDown: t.historySelected += 1
            case .moveUp: t.historySelected -= 1
            case .moveTop: t.historySelected = 0; t.historyScroll = 0
            case .moveBottom: t.historySelected = count - 1
            case .pageDown: t.historyScroll += max(1, page - 1)
            case .pageUp: t.historyScroll = max(0, t.historyScroll - max(1, page - 1))
            default: break
            }
            t.historySelected = min(max(0, t.historySelected), max(0, count - 1))
            ticket = t
            return []
        case .help:
            guard case var .help(scroll) = modal else { return [] }
            let lines = keyMap.helpLines().count
            let page = max(1, size.rows - 4)
            let maxScroll = max(0, lines - page)
            switch command {
            case .moveDown: scroll += 1
            case .moveUp: scroll -= 1
            case .pageDown: scroll += page
            case .pageUp: scroll -= page
            case .moveTop: scroll = 0
            case .moveBottom: scroll = maxScroll
            default: break
            }
            modal = .help(scroll: min(max(0, scroll), maxScroll))
            return []
        case .menu:
            guard case var .menu(menu) = modal, !menu.options.isEmpty else { return [] }
            switch command {
            case .moveDown: menu.selected = min(menu.selected + 1, menu.options.count - 1)
            case .moveUp: menu.selected = max(menu.selected - 1, 0)
            case .moveTop, .pageUp: menu.selected = 0
            case .moveBottom, .pageDown: menu.selected = menu.options.count - 1
            default: break
            }
            modal = .menu(menu)
            return []
        case .templatePicker:
            guard case var .templatePicker(picker) = modal, !picker.matches.isEmpty else { return [] }
            switch command {
            case .moveDown: picker.selected = min(picker.selected + 1, picker.matches.count - 1)
            case .moveUp: picker.selected = max(picker.selected - 1, 0)
            default: break
            }
            modal = .templatePicker(picker)
            refreshPickerPreview()
            return []
        default:
            return []
        }
    }

    mutating func back() -> [Effect] {
        if modal != nil { return cancel() }
        guard screen == .ticket else { return [] }
        var effects = saveDraftNow()
        compose = nil
        screen = .inbox
        ticket = nil
        effects += []
        return effects
    }

    mutating func quit() -> [Effect] {
        var effects = saveDraftNow()
        isQuitting = true
        effects.append(.quit)
        return effects
    }

    /// Saves the compose text now if it changed since the last save.
    mutating func saveDraftNow() -> [Effect] {
        guard var c = compose, c.draftDirty else { return [] }
        c.draftDirty = false
        compose = c
        return [.saveDraft(Draft(ticketId: c.ticketId, agent: agent.login, kind: c.kind, body: c.editor.text, updatedAt: now))]
    }

    // MARK: Clock

    mutating func tick(_ date: Date) -> [Effect] {
        now = date
        var effects: [Effect] = []
        if let c = compose, c.draftDirty, let edited = c.lastEditAt, now.timeIntervalSince(edited) >= 1 {
            effects += saveDraftNow()
        }
        if !pollInFlight {
            pollInFlight = true
            effects.append(.pollChanges)
        }
        return effects
    }

    mutating func refreshAll() -> [Effect] {
        var effects: [Effect] = []
        inbox.generation += 1
        if let reload = inboxReload(placement: inbox.loaded ? .refresh(keepSelected: inbox.selectedRow?.id) : .replace) {
            effects.append(reload)
        }
        effects.append(.loadCounts(countRequests()))
        if let id = ticket?.ticketId { effects.append(.loadDetail(ticketId: id)) }
        return effects
    }

    mutating func changesDetected(_ token: Int64) -> [Effect] {
        pollInFlight = false
        defer { changeToken = token }
        guard let previous = changeToken, previous != token else { return [] }
        return refreshAll()
    }
}
