/// One screen cell. A wide character (CJK, emoji) occupies its cell (`width` 2) and the next one,
/// which holds a continuation (`width` 0, empty text) so the grid stays aligned.
public struct Cell: Hashable, Sendable {
    /// One grapheme cluster, already sanitised; empty for a continuation cell.
    public var text: String
    public var width: Int
    public var style: Style

    public init(text: String, width: Int, style: Style) {
        self.text = text
        self.width = width
        self.style = style
    }

    public static let blank = Cell(text: " ", width: 1, style: .plain)

    public var isContinuation: Bool { width == 0 }
}
