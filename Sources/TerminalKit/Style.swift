/// A terminal colour: the terminal's default, or an xterm palette index (0–15 the ANSI colours,
/// 16–255 the 256-colour cube and greys). Backends map indexes down when the terminal has fewer.
public enum TerminalColor: Hashable, Sendable {
    case `default`
    case indexed(UInt8)
}

/// How a cell is drawn.
public struct Style: Hashable, Sendable {
    public var foreground: TerminalColor
    public var background: TerminalColor
    public var bold: Bool
    public var dim: Bool
    public var underline: Bool
    public var reverse: Bool

    public init(
        foreground: TerminalColor = .default, background: TerminalColor = .default, bold: Bool = false,
        dim: Bool = false, underline: Bool = false, reverse: Bool = false
    ) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.dim = dim
        self.underline = underline
        self.reverse = reverse
    }

    public static let plain = Style()
}
