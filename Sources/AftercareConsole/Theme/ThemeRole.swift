/// What a piece of the screen means. Views ask the theme for a role, never for a colour, so a
/// theme file (and the 8-colour / no-colour fallbacks) decides every look in one place.
///
/// The raw value is the key used in theme files: `[roles.sla_breached]`.
public enum ThemeRole: String, CaseIterable, Hashable, Sendable {
    /// Ordinary text.
    case normal
    /// Secondary text: ages, dates, counts, column rules.
    case dim
    /// Field names in headers and the history pane ("status", "assignee"…).
    case label
    /// The top title bar and table column headers.
    case header
    /// The bottom key-hint line.
    case footer
    /// A key name inside the footer or help ("j", "Enter").
    case keyHint = "key_hint"
    /// The status bar: counts per view, current view and search.
    case statusInfo = "status_info"
    /// A status-bar message reporting an error or refusal.
    case statusError = "status_error"
    /// The row under the cursor.
    case selected
    /// A row picked for a bulk action.
    case marked
    /// An SLA clock past due ("LATE 2h10m").
    case slaBreached = "sla_breached"
    /// An SLA clock due within the warning window.
    case slaNear = "sla_near"
    /// An SLA clock with comfortable time left.
    case slaOK = "sla_ok"
    /// An SLA clock paused (pending / on hold).
    case slaPaused = "sla_paused"
    case priorityUrgent = "priority_urgent"
    case priorityHigh = "priority_high"
    /// A VIP (gold/platinum) customer's name and tier mark.
    case vip
    /// A message from the customer.
    case inbound
    /// A reply sent to the customer.
    case outbound
    /// An internal note (never shown to the customer).
    case note
    /// A template placeholder that could not be filled: sending is refused until it is.
    case placeholder
    /// The inside of a modal box.
    case modal
    case modalBorder = "modal_border"
    case modalTitle = "modal_title"
    /// Text matching the current search or picker query.
    case searchMatch = "search_match"
    /// Pane borders and separators.
    case border
    /// The border and title of the focused pane.
    case borderFocused = "border_focused"
    /// The compose editor's cursor cell (drawn even when the terminal cursor is hidden).
    case cursor
}
