/// Where a key press is interpreted. Each context has its own bindings in `KeyMap`; `global`
/// bindings apply in the browsing contexts (`inbox`, `thread`, `history`) unless the context binds
/// the same key itself (which `KeyMap.load` reports as shadowing).
///
/// In the text contexts (`compose`, `search`, `commandLine`, `templatePicker`) a printable key
/// with no binding is typed text.
///
/// The raw values are the section names of the user's keymap file; the case order is the order
/// of `?` help. Each context is owned by one feature, which says how it is titled, whether it
/// types text and whether `global` applies (`FeatureCommands.keyContexts`).
public enum KeyContext: String, CaseIterable, Hashable, Sendable, Codable {
    case global
    case inbox
    /// The ticket screen with the thread pane focused.
    case thread
    /// The ticket screen with the customer-history pane focused.
    case history
    case compose
    case search
    case commandLine = "command_line"
    case templatePicker = "template_picker"
    case help
    case confirm
    /// A chooser (status, priority, category, view, send-and-set-status).
    case menu
}
