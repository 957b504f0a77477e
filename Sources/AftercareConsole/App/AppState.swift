import AftercareCore
import Foundation
import TerminalKit

/// Everything the console shows, as one value: what the whole console shares (size, clock, agent,
/// status line, keymap) and each feature's state (`inbox`, `ticket`, `compose`, the modal's).
/// Only `reduce(_:_:)` changes it; the views draw it (`render(state, theme:, into:)`), tests compare it.
public struct AppState: Equatable, Sendable {
    public var size: Size
    /// The clock as of the last tick: SLA columns and ages are computed from it.
    public var now: Date
    public var agent: Agent
    public var screen: Screen
    /// At most one overlay at a time (compose, picker, `:` line, help, confirm, menu, search line).
    public var modal: Modal?
    public var inbox: InboxState
    /// Set while a ticket is open (`screen == .ticket`), and kept while a modal sits over it.
    public var ticket: TicketViewState?
    /// The reply or note being written; survives closing the editor (Esc) and conflicts.
    public var compose: ComposeState?
    public var status: StatusLine?
    /// What `u` would revert.
    public var lastChange: UndoableChange?
    public var keyMap: KeyMap
    /// Canned replies (built-in and the shop's), loaded at start.
    public var templates: [ReplyTemplate]
    /// The desk's settings, reloaded when another agent saves new ones.
    public var settings: DeskSettings
    /// The store's change token as last seen; a different one means someone wrote.
    public var changeToken: Int64?
    /// A `pollChanges` effect is out; no second one until it answers.
    public var pollInFlight: Bool
    /// Warnings to show once at start (keymap problems…).
    public var startupWarnings: [String]
    /// Set by `quit`: the runtime stops after running the effects.
    public var isQuitting: Bool
    /// Bumped for each group of writes started together (a bulk action), so their results add up
    /// to one undoable change.
    public var writeBatch: Int
    /// This console, as the others see it.
    public var session: ConsoleIdentity
    /// The other consoles open now (from the store, refreshed every few seconds).
    public var others: [ConsolePresence]
    /// What this console last told the others, and when.
    public var lastHeartbeat: PresenceMark?
    public var lastPresenceLoad: Date?

    public init(
        size: Size, now: Date, agent: Agent, keyMap: KeyMap = .defaults, templates: [ReplyTemplate] = [],
        shopName: String = "", settings: DeskSettings = .standard,
        startupWarnings: [String] = [], session: ConsoleIdentity = ConsoleIdentity(id: "console", terminal: "")
    ) {
        self.size = size
        self.now = now
        self.agent = agent
        screen = .inbox
        modal = nil
        inbox = InboxState()
        ticket = nil
        compose = nil
        status = startupWarnings.isEmpty ? nil : StatusLine(startupWarnings.joined(separator: "; "), kind: .error)
        lastChange = nil
        self.keyMap = keyMap
        self.templates = templates
        var settings = settings
        if !shopName.isEmpty { settings.shop.name = shopName }
        self.settings = settings
        changeToken = nil
        pollInFlight = false
        self.startupWarnings = startupWarnings
        isQuitting = false
        writeBatch = 0
        self.session = session
        others = []
        lastHeartbeat = nil
        lastPresenceLoad = nil
    }
}

extension AppState {
    /// The SLA clocks every view computes with (the settings' calendar and targets).
    public var slaPolicy: SLAPolicy { settings.sla }
    public var loyalty: LoyaltyProgram { settings.loyalty }
    public var shopName: String { settings.shop.name }
}
