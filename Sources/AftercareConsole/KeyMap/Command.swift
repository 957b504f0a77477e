import AftercareCore

/// A named user intent. Keys map to commands through `KeyMap`; tests and the `:` line send them
/// directly. The raw value is the name used in the user's keymap file (`"C-n" = "move_down"`).
public enum Command: String, CaseIterable, Hashable, Sendable, Codable, CustomStringConvertible {
    // Moving around (meaning depends on the focused pane: rows, thread, history, menus).
    case moveDown = "move_down"
    case moveUp = "move_up"
    case moveTop = "move_top"
    case moveBottom = "move_bottom"
    case pageDown = "page_down"
    case pageUp = "page_up"
    case open
    case back
    case quit
    case nextPane = "next_pane"
    case nextTicket = "next_ticket"
    case previousTicket = "previous_ticket"
    case refresh

    // Modes.
    case search
    case commandLine = "command_line"
    case help
    case viewMenu = "view_menu"
    case viewAll = "view_all"
    case viewMine = "view_mine"
    case viewUnassigned = "view_unassigned"
    case viewBreached = "view_breached"

    // Bulk selection.
    case toggleSelect = "toggle_select"
    case selectAll = "select_all"
    case clearSelection = "clear_selection"

    // Writing.
    case reply
    case note
    case replyInEditor = "reply_in_editor"
    case editInEditor = "edit_in_editor"
    case templatePicker = "template_picker"

    // Actions.
    case assignToMe = "assign_to_me"
    case statusMenu = "status_menu"
    case priorityMenu = "priority_menu"
    case categoryMenu = "category_menu"
    case undo

    // Compose editor.
    case send
    case sendMenu = "send_menu"
    case closeCompose = "close_compose"
    case discardCompose = "discard_compose"
    case toggleComposeKind = "toggle_compose_kind"
    case cursorLeft = "cursor_left"
    case cursorRight = "cursor_right"
    case cursorUp = "cursor_up"
    case cursorDown = "cursor_down"
    case lineStart = "line_start"
    case lineEnd = "line_end"
    case deleteBackward = "delete_backward"
    case deleteForward = "delete_forward"
    case deleteWordBackward = "delete_word_backward"
    case killLine = "kill_line"
    case newline

    // Text fields, pickers, menus and confirmations.
    case submit
    case cancel
    case insertTemplate = "insert_template"
    case insertTemplateWithHoles = "insert_template_with_holes"
    case confirmYes = "confirm_yes"
    case confirmNo = "confirm_no"

    /// One line for `?` help and the footer.
    public var description: String {
        switch self {
        case .moveDown: "down"
        case .moveUp: "up"
        case .moveTop: "first"
        case .moveBottom: "last"
        case .pageDown: "page down"
        case .pageUp: "page up"
        case .open: "open"
        case .back: "back"
        case .quit: "quit"
        case .nextPane: "next pane"
        case .nextTicket: "next ticket"
        case .previousTicket: "previous ticket"
        case .refresh: "reload"
        case .search: "search"
        case .commandLine: "command"
        case .help: "help"
        case .viewMenu: "views"
        case .viewAll: "all open"
        case .viewMine: "mine"
        case .viewUnassigned: "unassigned"
        case .viewBreached: "breached"
        case .toggleSelect: "select"
        case .selectAll: "select page"
        case .clearSelection: "clear selection"
        case .reply: "reply"
        case .note: "internal note"
        case .replyInEditor: "reply in $EDITOR"
        case .editInEditor: "edit in $EDITOR"
        case .templatePicker: "canned reply"
        case .assignToMe: "assign to me"
        case .statusMenu: "status"
        case .priorityMenu: "priority"
        case .categoryMenu: "category"
        case .undo: "undo"
        case .send: "send"
        case .sendMenu: "send and set status"
        case .closeCompose: "close (draft kept)"
        case .discardCompose: "discard draft"
        case .toggleComposeKind: "reply/note"
        case .cursorLeft: "left"
        case .cursorRight: "right"
        case .cursorUp: "line up"
        case .cursorDown: "line down"
        case .lineStart: "line start"
        case .lineEnd: "line end"
        case .deleteBackward: "delete back"
        case .deleteForward: "delete"
        case .deleteWordBackward: "delete word"
        case .killLine: "delete to line end"
        case .newline: "new line"
        case .submit: "ok"
        case .cancel: "cancel"
        case .insertTemplate: "insert"
        case .insertTemplateWithHoles: "insert with «holes»"
        case .confirmYes: "yes"
        case .confirmNo: "no"
        }
    }

    /// Shown in the footer's hint line (the rest are in `?` help only).
    public var isFooterHint: Bool {
        switch self {
        case .open, .back, .quit, .search, .commandLine, .help, .reply, .note, .templatePicker, .assignToMe,
             .statusMenu, .toggleSelect, .undo, .nextPane, .send, .sendMenu, .closeCompose, .submit, .cancel,
             .insertTemplate, .insertTemplateWithHoles, .confirmYes, .confirmNo, .priorityMenu, .viewMenu:
            true
        default:
            false
        }
    }
}
