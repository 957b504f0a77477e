import TerminalKit

/// A named set of styles, one per `ThemeRole`. Loaded from `Themes/<name>.toml` (see `Theme.load`)
/// or built in; `adapted(to:noColor:)` makes it fit what the terminal can show.
public struct Theme: Sendable, Hashable {
    public var name: String
    public var styles: [ThemeRole: Style]
    /// Roles the file did not define, filled from the built-in default theme (empty for the
    /// themes shipped in `Themes/`, which a test checks).
    public var inheritedRoles: [ThemeRole]

    public init(name: String, styles: [ThemeRole: Style], inheritedRoles: [ThemeRole] = []) {
        self.name = name
        self.styles = styles
        self.inheritedRoles = inheritedRoles
    }

    /// The style for `role` (plain when a theme somehow lacks it).
    public subscript(role: ThemeRole) -> Style { styles[role] ?? .plain }

    /// `role` drawn on top of `base`: the role's colours where it sets them, the base's otherwise,
    /// and the attributes of both. A breached SLA cell on the selected row keeps the row's
    /// background and gets the breach's colour and bold.
    public func style(_ role: ThemeRole, on base: ThemeRole) -> Style {
        Theme.overlay(self[role], on: self[base])
    }

    public static func overlay(_ top: Style, on base: Style) -> Style {
        Style(
            foreground: top.foreground == .default ? base.foreground : top.foreground,
            background: top.background == .default ? base.background : top.background,
            bold: top.bold || base.bold, dim: top.dim || base.dim,
            underline: top.underline || base.underline, reverse: top.reverse || base.reverse)
    }

    /// True when some role uses a colour.
    public var usesColor: Bool {
        styles.values.contains { $0.foreground != .default || $0.background != .default }
    }

    /// This theme as the terminal can show it.
    ///
    /// - `noColor` (the `NO_COLOR` convention) or a terminal without colours: every colour is
    ///   dropped. A role that relied on colour gets the attributes the built-in `mono` theme gives
    ///   it (reverse for the selected row, bold+underline for a breach…), added to its own, so
    ///   selection, bulk marks, breaches and unfillable placeholders stay visible.
    /// - 8 colours: each 256-palette index becomes the nearest of the 8 ANSI colours (bright
    ///   0–15 fold onto their base colour); a role whose foreground and background collapse onto
    ///   the same colour falls back to its mono attributes instead of turning invisible.
    /// - 256 colours: unchanged.
    public func adapted(to depth: ColorDepth, noColor: Bool) -> Theme {
        if !noColor && depth == .xterm256 { return self }
        let mono = BuiltInThemes.mono
        var out = self
        for role in ThemeRole.allCases {
            let style = self[role]
            let hadColor = style.foreground != .default || style.background != .default
            if noColor || depth == .none {
                out.styles[role] = hadColor ? Theme.withoutColor(style, adding: mono[role]) : style
                continue
            }
            let fg = Theme.toANSI8(style.foreground)
            let bg = Theme.toANSI8(style.background)
            if fg != .default, fg == bg {
                out.styles[role] = Theme.withoutColor(style, adding: mono[role])
            } else {
                var s = style
                s.foreground = fg
                s.background = bg
                out.styles[role] = s
            }
        }
        if noColor || depth == .none { out.name = name + " (no colour)" } else { out.name = name + " (8 colours)" }
        return out
    }

    static func withoutColor(_ style: Style, adding attributes: Style) -> Style {
        Style(
            bold: style.bold || attributes.bold, dim: (style.dim || attributes.dim) && !attributes.bold,
            underline: style.underline || attributes.underline, reverse: style.reverse || attributes.reverse)
    }

    // MARK: - 256 → 8 colours

    /// The nearest of the 8 ANSI colours (by RGB distance in xterm's palette).
    public static func toANSI8(_ color: TerminalColor) -> TerminalColor {
        guard case let .indexed(index) = color else { return .default }
        if index < 8 { return color }
        if index < 16 { return .indexed(index - 8) }
        let rgb = rgb(ofIndex: index)
        var best = 0
        var bestDistance = Int.max
        for (i, candidate) in ansi8RGB.enumerated() {
            let d = distance(rgb, candidate)
            if d < bestDistance {
                best = i
                bestDistance = d
            }
        }
        return .indexed(UInt8(best))
    }

    /// xterm's default RGB for the 8 base colours.
    static let ansi8RGB: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205),
        (229, 229, 229),
    ]

    /// RGB of a palette index 16–255 (the 6×6×6 cube, then 24 greys).
    static func rgb(ofIndex index: UInt8) -> (Int, Int, Int) {
        let i = Int(index)
        if i >= 232 {
            let v = 8 + (i - 232) * 10
            return (v, v, v)
        }
        let c = i - 16
        let steps = [0, 95, 135, 175, 215, 255]
        return (steps[c / 36], steps[(c / 6) % 6], steps[c % 6])
    }

    /// Distance weighted for perceived brightness (red 2, green 4, blue 3), so pale blue lands on
    /// white and orange on yellow as people expect.
    static func distance(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Int {
        let dr = a.0 - b.0, dg = a.1 - b.1, db = a.2 - b.2
        return 2 * dr * dr + 4 * dg * dg + 3 * db * db
    }
}
