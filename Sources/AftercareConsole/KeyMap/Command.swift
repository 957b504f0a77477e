/// A named user intent. Keys map to commands through `KeyMap`; tests and the `:` line send them
/// directly. The raw value is the name used in the user's keymap file (`"C-n" = "move_down"`).
///
/// Only the registry of names: each command belongs to one feature, which declares its
/// description, default keys and disabled reason and runs it (`FeatureCommands`). The names stay
/// in one enum because its case order is the order help and the footer list commands in, and
/// users' keymap files must keep meaning the same commands.
public enum Command: String, CaseIterable, Hashable, Sendable, Codable {
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
}
