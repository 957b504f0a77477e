import AftercareCore

extension MenuState {
    /// `v`: every inbox view, the four counted ones on 1–4.
    static func views(current: InboxView) -> MenuState {
        var views: [InboxView] = [.allOpen, .mine, .unassigned, .breached]
        views += TicketStatus.allCases.map(InboxView.status)
        views += TicketCategory.allCases.map(InboxView.category)
        views += Channel.allCases.map(InboxView.channel)
        let hotkeys: [Character] = ["1", "2", "3", "4"]
        return MenuState(
            title: "View",
            options: views.enumerated().map { i, v in MenuOption(label: v.description, hotkey: i < hotkeys.count ? hotkeys[i] : nil, choice: .view(v)) },
            selected: views.firstIndex(of: current) ?? 0)
    }
}
