/// One editing step on a `TextEditor`, as the editing commands (`FocusCommands`) ask for it. The compose editor,
/// the `/` and `:` lines and the picker's query all apply them the same way.
enum TextEdit: Hashable, Sendable {
    case left
    case right
    case lineUp
    case lineDown
    case lineStart
    case lineEnd
    case deleteBackward
    case deleteForward
    case deleteWordBackward
    case killLine
    case newline

    /// The edit a command asks for, or nil for any other command.
    init?(_ command: Command) {
        switch command {
        case .cursorLeft: self = .left
        case .cursorRight: self = .right
        case .cursorUp: self = .lineUp
        case .cursorDown: self = .lineDown
        case .lineStart: self = .lineStart
        case .lineEnd: self = .lineEnd
        case .deleteBackward: self = .deleteBackward
        case .deleteForward: self = .deleteForward
        case .deleteWordBackward: self = .deleteWordBackward
        case .killLine: self = .killLine
        case .newline: self = .newline
        default: return nil
        }
    }

    /// Changes the text (not only the cursor): the draft needs saving.
    var changesText: Bool {
        switch self {
        case .deleteBackward, .deleteForward, .deleteWordBackward, .killLine, .newline: true
        case .left, .right, .lineUp, .lineDown, .lineStart, .lineEnd: false
        }
    }
}

extension TextEditor {
    /// Applies `edit`; `width` is where the text wraps (for moving a line up or down). In a
    /// one-line field, killing the line clears it.
    mutating func apply(_ edit: TextEdit, width: Int) {
        switch edit {
        case .left: moveLeft()
        case .right: moveRight()
        case .lineUp: moveUp(width: width)
        case .lineDown: moveDown(width: width)
        case .lineStart: moveToLineStart()
        case .lineEnd: moveToLineEnd()
        case .deleteBackward: deleteBackward()
        case .deleteForward: deleteForward()
        case .deleteWordBackward: deleteWordBackward()
        case .killLine: singleLine ? clear() : killLine()
        case .newline: newline()
        }
    }
}
