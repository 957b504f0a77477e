import TerminalKit

/// The smallest terminal the console lays out in; below it `render` shows a message instead.
public let minimumSize = Size(columns: 60, rows: 16)

/// Draws the whole frame for `state` into `buffer` (which is cleared first): the screen, then the
/// open modal over it, each drawn by its feature's view. Pure: the same state and theme give the
/// same cells. Uses `buffer.size` (the runtime makes a buffer of `state.size`). All customer text
/// goes through `ScreenBuffer.put`, which sanitises it.
public func render(_ state: AppState, theme: Theme, into buffer: inout ScreenBuffer) {
    let size = buffer.size
    buffer.fill(Rect(size: size), style: theme[.normal])
    guard size.columns >= minimumSize.columns, size.rows >= minimumSize.rows else {
        TooSmallView.draw(theme: theme, into: &buffer)
        return
    }
    switch state.screen {
    case .inbox: InboxScreen.draw(state, theme: theme, into: &buffer)
    case .ticket: TicketScreen.draw(state, theme: theme, into: &buffer)
    }
    guard let modal = state.modal else { return }
    switch modal {
    case .compose:
        if let compose = state.compose { ComposeModal.draw(compose, state: state, theme: theme, into: &buffer) }
    case .search:
        LineEditorModal.draw(prefix: "/", editor: state.inbox.search, theme: theme, into: &buffer)
    case let .commandLine(editor):
        LineEditorModal.draw(prefix: ":", editor: editor, theme: theme, into: &buffer)
    case let .templatePicker(picker):
        TemplatePickerModal.draw(picker, state: state, theme: theme, into: &buffer)
    case let .help(scroll):
        HelpModal.draw(keyMap: state.keyMap, scroll: scroll, theme: theme, into: &buffer)
    case let .confirm(confirm):
        ConfirmModal.draw(confirm, keyMap: state.keyMap, theme: theme, into: &buffer)
    case let .menu(menu):
        MenuModal.draw(menu, theme: theme, into: &buffer)
    }
}

/// A new buffer of `state.size` with the frame drawn.
public func render(_ state: AppState, theme: Theme) -> ScreenBuffer {
    var buffer = ScreenBuffer(size: state.size)
    render(state, theme: theme, into: &buffer)
    return buffer
}

/// Where the terminal cursor belongs on a screen of `size` for `state` (column, row), or nil
/// when no text field has focus (hide the cursor then). The compose editor, the `/` and `:`
/// lines and the picker's query line have one; the views also paint that cell in the `cursor`
/// role so it shows even if the backend cannot place the cursor.
public func cursorPosition(for state: AppState, size: Size) -> (x: Int, y: Int)? {
    guard size.columns >= minimumSize.columns, size.rows >= minimumSize.rows, let modal = state.modal else { return nil }
    switch modal {
    case .compose:
        return state.compose.flatMap { ComposeModal.cursorPosition($0, size: size) }
    case .search:
        return LineEditorModal.cursor(state.inbox.search, size: size)
    case let .commandLine(editor):
        return LineEditorModal.cursor(editor, size: size)
    case let .templatePicker(picker):
        let inner = TemplatePickerModal.innerRect(for: size)
        guard inner.height >= 3, inner.width >= 10 else { return nil }
        return TemplatePickerModal.queryCursor(picker, inner: inner)
    case .help, .confirm, .menu:
        return nil
    }
}
