/// The menu's part of `reduce`: moving the highlight, and what each choice does.
extension AppState {
    mutating func moveInMenu(_ motion: Motion) -> [Effect] {
        guard case var .menu(menu) = modal, !menu.options.isEmpty else { return [] }
        switch motion {
        case .down: menu.selected = min(menu.selected + 1, menu.options.count - 1)
        case .up: menu.selected = max(menu.selected - 1, 0)
        case .top, .pageUp: menu.selected = 0
        case .bottom, .pageDown: menu.selected = menu.options.count - 1
        }
        modal = .menu(menu)
        return []
    }

    /// Enter: the highlighted option.
    mutating func chooseHighlighted() -> [Effect] {
        guard case let .menu(menu) = modal else { return [] }
        guard menu.options.indices.contains(menu.selected) else { modal = nil; return [] }
        return chooseMenu(menu.options[menu.selected].choice)
    }

    /// An option's hotkey; nil when `key` is none of them.
    mutating func chooseByHotkey(_ key: Character) -> [Effect]? {
        guard case let .menu(menu) = modal, let option = menu.options.first(where: { $0.hotkey == key }) else { return nil }
        return chooseMenu(option.choice)
    }

    /// Esc: the send menu goes back to the editor, the others close.
    mutating func cancelMenu() -> [Effect] {
        if case let .menu(menu) = modal, case .send = menu.options.first?.choice { modal = .compose } else { modal = nil }
        return []
    }

    mutating func chooseMenu(_ choice: MenuChoice) -> [Effect] {
        modal = nil
        switch choice {
        case let .status(s): return applyToTargets([.setStatus(s)], label: "status → \(s.rawValue)")
        case let .priority(p): return applyToTargets([.setPriority(p)], label: "priority → \(p.rawValue)")
        case let .category(c): return applyToTargets([.setCategory(c)], label: "category → \(c.rawValue)")
        case let .view(v): return switchView(v)
        case let .send(s):
            modal = .compose
            if let reason = Command.send.disabledReason(in: self) {
                status = StatusLine("send: \(reason)", kind: .error)
                return []
            }
            compose?.statusOnSend = s
            return send()
        }
    }
}
