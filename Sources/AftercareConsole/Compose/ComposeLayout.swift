import TerminalKit

extension Layout {
    /// Width the compose editor wraps at: the full width minus a border cell each side.
    public static func composeTextWidth(for size: Size) -> Int {
        max(1, size.columns - 2)
    }

    /// Rows of the compose box's text area.
    public static func composeTextRows(for size: Size) -> Int {
        max(3, size.rows / 2 - 2)
    }
}
