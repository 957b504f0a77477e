/// A move through whatever has the focus (rows, a scrolled pane, a menu), as the focus commands
/// ask for it; each feature decides what a step or a page is.
enum Motion: Hashable, Sendable {
    case down
    case up
    case top
    case bottom
    case pageDown
    case pageUp

    /// The motion a command asks for, or nil for any other command.
    init?(_ command: Command) {
        switch command {
        case .moveDown: self = .down
        case .moveUp: self = .up
        case .moveTop: self = .top
        case .moveBottom: self = .bottom
        case .pageDown: self = .pageDown
        case .pageUp: self = .pageUp
        default: return nil
        }
    }
}
