/// A key press, as the console's keymap names it.
public enum Key: Hashable, Sendable {
    case char(Character)
    /// Control plus a letter: `ctrl("r")` is C-r.
    case ctrl(Character)
    /// Alt (Meta) plus a character: `alt("x")` is M-x.
    case alt(Character)
    case enter, escape, tab, backTab, backspace, delete, insert
    case up, down, left, right, home, end, pageUp, pageDown
    case function(Int)

    /// Parses a keymap name: `j`, `G`, `/`, `Space`, `Enter`, `Esc`, `Tab`, `S-Tab`, `BS`, `Del`,
    /// `Up`, `Down`, `Left`, `Right`, `Home`, `End`, `PgUp`, `PgDn`, `F1`…`F12`, `C-r`, `M-x`.
    public init?(name: String) {
        if name.count == 1, let c = name.first { self = .char(c); return }
        let lower = name.lowercased()
        if lower.hasPrefix("c-"), name.count == 3, let c = lower.last, c.isLetter { self = .ctrl(c); return }
        if lower.hasPrefix("m-"), name.count == 3, let c = name.last { self = .alt(c); return }
        if lower.hasPrefix("f"), let n = Int(lower.dropFirst()), (1...12).contains(n) { self = .function(n); return }
        switch lower {
        case "space": self = .char(" ")
        case "enter", "return", "ret": self = .enter
        case "esc", "escape": self = .escape
        case "tab": self = .tab
        case "s-tab", "backtab": self = .backTab
        case "bs", "backspace": self = .backspace
        case "del", "delete": self = .delete
        case "ins", "insert": self = .insert
        case "up": self = .up
        case "down": self = .down
        case "left": self = .left
        case "right": self = .right
        case "home": self = .home
        case "end": self = .end
        case "pgup", "pageup": self = .pageUp
        case "pgdn", "pagedown": self = .pageDown
        default: return nil
        }
    }

    /// The name `init(name:)` reads, as help and the footer show it.
    public var name: String {
        switch self {
        case let .char(c): c == " " ? "Space" : String(c)
        case let .ctrl(c): "C-\(c)"
        case let .alt(c): "M-\(c)"
        case .enter: "Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "S-Tab"
        case .backspace: "BS"
        case .delete: "Del"
        case .insert: "Ins"
        case .up: "Up"
        case .down: "Down"
        case .left: "Left"
        case .right: "Right"
        case .home: "Home"
        case .end: "End"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case let .function(n): "F\(n)"
        }
    }
}

/// What a terminal backend delivers.
public enum InputEvent: Hashable, Sendable {
    case key(Key)
    /// Text pasted in one go (bracketed paste), delivered whole.
    case paste(String)
    case resize(Size)
}
