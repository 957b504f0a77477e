import AftercareCore

extension MenuState {
    /// `s`: the statuses, on their initials.
    static func status(current: TicketStatus?) -> MenuState {
        let options: [(TicketStatus, Character)] = [(.open, "o"), (.pending, "p"), (.onHold, "h"), (.solved, "s"), (.closed, "c")]
        return MenuState(
            title: "Set status",
            options: options.map { MenuOption(label: $0.0.rawValue, hotkey: $0.1, choice: .status($0.0)) },
            selected: options.firstIndex { $0.0 == current } ?? 0)
    }

    /// `p`: the priorities, on their initials.
    static func priority(current: Priority?) -> MenuState {
        let options: [(Priority, Character)] = [(.urgent, "u"), (.high, "h"), (.normal, "n"), (.low, "l")]
        return MenuState(
            title: "Set priority",
            options: options.map { MenuOption(label: $0.0.rawValue, hotkey: $0.1, choice: .priority($0.0)) },
            selected: options.firstIndex { $0.0 == current } ?? 0)
    }

    /// `C`: the categories with their Chinese labels, on 1–9, 0, a–f.
    static func category(current: TicketCategory?) -> MenuState {
        let hotkeys = Array("1234567890abcdef")
        let all = TicketCategory.allCases
        return MenuState(
            title: "Set category",
            options: all.enumerated().map { i, c in
                MenuOption(label: "\(c.rawValue) (\(c.label(in: .zh)))", hotkey: i < hotkeys.count ? hotkeys[i] : nil, choice: .category(c))
            },
            selected: all.firstIndex { $0 == current } ?? 0)
    }
}
