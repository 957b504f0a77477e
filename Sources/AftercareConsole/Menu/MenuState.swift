import AftercareCore

/// A chooser: a title, options with hotkeys, the highlighted one.
public struct MenuState: Equatable, Sendable {
    public var title: String
    public var options: [MenuOption]
    public var selected: Int

    public init(title: String, options: [MenuOption], selected: Int = 0) {
        self.title = title
        self.options = options
        self.selected = selected
    }
}

public struct MenuOption: Equatable, Sendable {
    public var label: String
    /// Pressing this character picks the option directly.
    public var hotkey: Character?
    public var choice: MenuChoice

    public init(label: String, hotkey: Character?, choice: MenuChoice) {
        self.label = label
        self.hotkey = hotkey
        self.choice = choice
    }
}

public enum MenuChoice: Equatable, Sendable {
    case status(TicketStatus)
    case priority(Priority)
    case category(TicketCategory)
    case view(InboxView)
    /// Send the compose text and set this status (nil: leave the status).
    case send(status: TicketStatus?)
}
