import TerminalKit

/// The few layout numbers the reducer needs (how many rows a page-down moves, where the compose
/// editor wraps). The views use the same functions so the reducer and the screen agree. Each
/// feature adds its own numbers in its folder (`InboxLayout`, `TicketLayout`, `ComposeLayout`).
public enum Layout {
    /// Rows below every screen: status line and key-hint footer.
    public static let footerRows = 2
}
