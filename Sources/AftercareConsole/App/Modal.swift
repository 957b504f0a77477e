/// The one overlay that can be open. Its state lives in the case (or, for compose, in
/// `AppState.compose`, so it survives the picker and conflicts).
public enum Modal: Equatable, Sendable {
    /// The inline compose editor over the ticket (`AppState.compose` holds the text).
    case compose
    /// The `/` line: `InboxState.search` holds the text, results narrow as it changes.
    case search
    case commandLine(TextEditor)
    case templatePicker(TemplatePickerState)
    /// `?`: generated from the keymap; `scroll` is the first line shown.
    case help(scroll: Int)
    case confirm(ConfirmState)
    case menu(MenuState)
}
