import AftercareCore
import AftercareTemplates
import Foundation
import TerminalKit

/// Everything the console shows, as one value. Only `reduce(_:_:)` changes it; the views draw it
/// (`render(state, theme:, into:)`), tests compare it.
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
    public var shopName: String
    public var slaPolicy: SLAPolicy
    public var loyalty: LoyaltyProgram
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

    public init(
        size: Size, now: Date, agent: Agent, keyMap: KeyMap = .defaults, templates: [ReplyTemplate] = [],
        shopName: String = "", slaPolicy: SLAPolicy = .standard, loyalty: LoyaltyProgram = .standard,
        startupWarnings: [String] = []
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
        self.shopName = shopName
        self.slaPolicy = slaPolicy
        self.loyalty = loyalty
        changeToken = nil
        pollInFlight = false
        self.startupWarnings = startupWarnings
        isQuitting = false
        writeBatch = 0
    }

    /// Where keys are looked up right now.
    public var keyContext: KeyContext {
        if let modal {
            switch modal {
            case .compose: return .compose
            case .search: return .search
            case .commandLine: return .commandLine
            case .templatePicker: return .templatePicker
            case .help: return .help
            case .confirm: return .confirm
            case .menu: return .menu
            }
        }
        switch screen {
        case .inbox: return .inbox
        case .ticket: return ticket?.pane == .history ? .history : .thread
        }
    }
}

public enum Screen: Hashable, Sendable {
    case inbox
    case ticket
}

/// The one overlay that can be open. Its state lives in the case (or, for compose, in
/// `AppState.compose`, so it survives the picker and conflicts).
public enum Modal: Equatable, Sendable {
    /// The inline compose editor over the ticket (`AppState.compose` holds the text).
    case compose
    /// The `/` line: `InboxState.search` holds the text, results narrow as it changes.
    case search
    case commandLine(TextEditor)
    case templatePicker(TemplatePickerState)
    /// `?`: generated from the keymap; `scroll` is the first line shown.
    case help(scroll: Int)
    case confirm(ConfirmState)
    case menu(MenuState)
}

// MARK: Inbox

/// Which slice of the queue the inbox shows.
public enum InboxView: Hashable, Sendable, CustomStringConvertible {
    case allOpen
    case mine
    case unassigned
    case breached
    case status(TicketStatus)
    case category(TicketCategory)
    case channel(Channel)

    /// The views with a count in the status bar.
    public static let counted: [InboxView] = [.allOpen, .mine, .unassigned, .breached]

    public func filter(for agent: Agent) -> InboxFilter {
        switch self {
        case .allOpen: InboxFilter()
        case .mine: InboxFilter(assignee: .agent(agent.login))
        case .unassigned: InboxFilter(assignee: .unassigned)
        case .breached: InboxFilter(breachedOnly: true)
        case let .status(s): InboxFilter(statuses: [s])
        case let .category(c): InboxFilter(category: c)
        case let .channel(c): InboxFilter(channel: c)
        }
    }

    public var description: String {
        switch self {
        case .allOpen: "all open"
        case .mine: "mine"
        case .unassigned: "unassigned"
        case .breached: "breached"
        case let .status(s): "status \(s.rawValue)"
        case let .category(c): "category \(c.rawValue)"
        case let .channel(c): "channel \(c.rawValue)"
        }
    }
}

/// One page of rows currently held in `InboxState.rows`.
public struct PageSpan: Hashable, Sendable {
    /// The cursor it was loaded after (nil: the top of the list).
    public var start: InboxCursor?
    public var count: Int

    public init(start: InboxCursor?, count: Int) {
        self.start = start
        self.count = count
    }
}

/// The inbox list: a window of at most `InboxState.maxPages` loaded pages, never the whole table.
public struct InboxState: Equatable, Sendable {
    /// Rows per page request.
    public static let pageSize = 100
    /// Pages kept in memory; the farthest is dropped when another one loads.
    public static let maxPages = 3

    public var view: InboxView = .allOpen
    /// Text typed after `/` (kept when the search line closes; empty: no search).
    public var search: TextEditor = TextEditor(singleLine: true)
    /// The loaded window, in list order.
    public var rows: [TicketSummary] = []
    /// Index into `rows` of the highlighted row.
    public var selected: Int = 0
    /// Index into `rows` of the first row on screen.
    public var offset: Int = 0
    /// The pages in `rows`, in order.
    public var pages: [PageSpan] = []
    /// Start cursors of pages dropped above the window (the last one is the previous page).
    public var earlierPages: [InboxCursor?] = []
    /// Rows above the window (for "row N of M").
    public var rowsAbove: Int = 0
    /// Where the page after the window starts; nil when the window reaches the end.
    public var nextCursor: InboxCursor?
    /// Every new query bumps it; page results for an older generation are dropped.
    public var generation: Int = 0
    /// The page request in flight, if any (one at a time per generation).
    public var pending: PageRequest?
    /// Has the first page of the current query arrived?
    public var loaded: Bool = false
    /// Ticket counts per view, for the status bar.
    public var counts: [InboxView: Int] = [:]
    /// Tickets marked for a bulk action (by id, so they survive paging and reloads).
    public var bulk: Set<Int64> = []

    public init() {}

    /// The filter for the current view and search text.
    public func filter(for agent: Agent) -> InboxFilter {
        var f = view.filter(for: agent)
        let q = search.text.trimmingCharacters(in: .whitespaces)
        if !q.isEmpty { f.search = q }
        return f
    }

    public var selectedRow: TicketSummary? { rows.indices.contains(selected) ? rows[selected] : nil }
}

/// How the rows of a page request join the window.
public enum PagePlacement: Hashable, Sendable {
    /// A new query: the rows replace the window.
    case replace
    /// The page after the window.
    case append
    /// The page before the window.
    case prepend
    /// The window reloaded in place (someone changed something): keep the row with this id selected.
    case refresh(keepSelected: Int64?)
}

/// An inbox page load, as an effect and as the tag on its result.
public struct PageRequest: Hashable, Sendable {
    public var filter: InboxFilter
    public var cursor: InboxCursor?
    public var limit: Int
    public var placement: PagePlacement
    public var generation: Int

    public init(filter: InboxFilter, cursor: InboxCursor?, limit: Int, placement: PagePlacement, generation: Int) {
        self.filter = filter
        self.cursor = cursor
        self.limit = limit
        self.placement = placement
        self.generation = generation
    }
}

/// One count for the status bar.
public struct CountRequest: Hashable, Sendable {
    public var view: InboxView
    public var filter: InboxFilter

    public init(view: InboxView, filter: InboxFilter) {
        self.view = view
        self.filter = filter
    }
}

// MARK: Ticket screen

public enum TicketPane: Hashable, Sendable {
    case thread
    case history
}

public struct TicketViewState: Equatable, Sendable {
    public var ticketId: Int64
    /// nil until loaded.
    public var detail: TicketDetail?
    public var pane: TicketPane = .thread
    /// First thread line on screen (lines as the view wraps them; the view clamps).
    public var threadScroll: Int = 0
    /// First history line on screen.
    public var historyScroll: Int = 0
    /// Highlighted entry of `detail.otherTickets` in the history pane (Enter opens it).
    public var historySelected: Int = 0
    /// "Changed by someone else" notice shown in the ticket header.
    public var notice: String?
    /// The version this console last wrote or read; a newer one on reload is someone else's.
    public var knownVersion: Int64?
    /// Where the thread pane was when the ticket opened: the thread starts at its end.
    public var scrolledToEnd: Bool = true

    public init(ticketId: Int64) { self.ticketId = ticketId }
}

// MARK: Compose

public struct ComposeState: Equatable, Sendable {
    public var ticketId: Int64
    /// `.reply` (to the customer) or `.note` (internal).
    public var kind: MessageKind
    public var editor: TextEditor
    /// Status to set when sending (nil: leave it to the workflow).
    public var statusOnSend: TicketStatus?
    /// The canned reply inserted, if any.
    public var templateName: String?
    /// Placeholders the inserted reply could not fill; shown highlighted as «name» and sending is
    /// refused while any is still in the text.
    public var missingPlaceholders: [String]
    /// The text differs from the saved draft.
    public var draftDirty: Bool = false
    /// When the agent last typed (debounce for draft saves).
    public var lastEditAt: Date?
    /// A send is in flight: keys still edit, a second send is refused.
    public var sending: Bool = false

    public init(ticketId: Int64, kind: MessageKind, text: String = "", statusOnSend: TicketStatus? = nil) {
        self.ticketId = ticketId
        self.kind = kind
        editor = TextEditor(text: text)
        self.statusOnSend = statusOnSend
        templateName = nil
        missingPlaceholders = []
    }

    /// Placeholder holes («name») still in the text.
    public var unfilledPlaceholders: [String] {
        let text = editor.text
        return missingPlaceholders.filter { text.contains("«\($0)»") }
    }
}

// MARK: Picker, menus, confirm

public struct TemplatePickerState: Equatable, Sendable {
    public var query: TextEditor = TextEditor(singleLine: true)
    /// Matches, ranked by `TemplateSuggestions.rank` (the ticket's category first).
    public var matches: [ReplyTemplate] = []
    public var selected: Int = 0
    /// The highlighted reply filled from the ticket, customer and order.
    public var preview: RenderedReply?
    /// Why there is no preview (template syntax error).
    public var previewError: String?

    public init() {}

    public var selectedTemplate: ReplyTemplate? { matches.indices.contains(selected) ? matches[selected] : nil }
}

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

public struct ConfirmState: Equatable, Sendable {
    public var prompt: String
    public var action: ConfirmAction

    public init(prompt: String, action: ConfirmAction) {
        self.prompt = prompt
        self.action = action
    }
}

public enum ConfirmAction: Equatable, Sendable {
    /// A saved draft was found on opening the ticket: yes puts it back in compose.
    case restoreDraft(Draft)
    /// Throw away the compose text and its saved draft.
    case discardCompose
}

// MARK: Status line and undo

public struct StatusLine: Equatable, Sendable {
    public enum Kind: Hashable, Sendable {
        case info
        case error
    }

    public var text: String
    public var kind: Kind

    public init(_ text: String, kind: Kind = .info) {
        self.text = text
        self.kind = kind
    }
}

/// What `u` reverts: per ticket, the inverse changes and the version our write produced (undo is
/// refused if the ticket moved on since).
public struct UndoableChange: Equatable, Sendable {
    public struct Entry: Equatable, Sendable {
        public var ticketId: Int64
        public var inverse: [TicketChange]
        public var versionAfter: Int64

        public init(ticketId: Int64, inverse: [TicketChange], versionAfter: Int64) {
            self.ticketId = ticketId
            self.inverse = inverse
            self.versionAfter = versionAfter
        }
    }

    /// "assign #1042 to wei", shown as "undid …".
    public var label: String
    public var batch: Int
    public var entries: [Entry]

    public init(label: String, batch: Int, entries: [Entry]) {
        self.label = label
        self.batch = batch
        self.entries = entries
    }
}
