/// Where a key press is interpreted. Each context has its own bindings in `KeyMap`; `global`
/// bindings apply in the browsing contexts (`inbox`, `thread`, `history`) unless the context binds
/// the same key itself (which `KeyMap.load` reports as shadowing).
///
/// In the text contexts (`compose`, `search`, `commandLine`, `templatePicker`) a printable key
/// with no binding is typed text.
public enum KeyContext: String, CaseIterable, Hashable, Sendable, Codable {
    case global
    case inbox
    /// The ticket screen with the thread pane focused.
    case thread
    /// The ticket screen with the customer-history pane focused.
    case history
    case compose
    case search
    case commandLine = "command_line"
    case templatePicker = "template_picker"
    case help
    case confirm
    /// A chooser (status, priority, category, view, send-and-set-status).
    case menu

    /// Printable keys without a binding are inserted as text here.
    public var isText: Bool {
        switch self {
        case .compose, .search, .commandLine, .templatePicker: true
        default: false
        }
    }

    /// `global` bindings apply here as a fallback.
    public var inheritsGlobal: Bool {
        switch self {
        case .inbox, .thread, .history: true
        default: false
        }
    }

    /// How help and warnings name the context.
    public var title: String {
        switch self {
        case .global: "Everywhere"
        case .inbox: "Inbox"
        case .thread: "Ticket thread"
        case .history: "Customer history"
        case .compose: "Compose"
        case .search: "Search"
        case .commandLine: "Command line"
        case .templatePicker: "Canned replies"
        case .help: "Help"
        case .confirm: "Confirm"
        case .menu: "Menu"
        }
    }
}
