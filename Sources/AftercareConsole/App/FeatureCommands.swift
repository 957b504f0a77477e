import TerminalKit

/// What a feature declares about its commands and key contexts, and how it runs them. Each
/// feature folder has one conforming type (`InboxCommands`, `ComposeCommands`…) listed in
/// `Features.all`; `KeyMap` merges their tables, and `AppState.run` hands a command to the
/// feature that owns it.
///
/// Commands that act on whatever has the focus (moving, Enter, Esc, editing text: see
/// `FocusCommands` and `TextEditingCommands`) are passed on to the feature that owns the focused
/// context, so its `run` and `disabledReason` see them too.
protocol FeatureCommands: Sendable {
    /// The commands this feature owns, each with its help line. A command has exactly one owner.
    static var commands: [CommandInfo] { get }
    /// The key contexts this feature owns: its screen's panes or its modal.
    static var keyContexts: [KeyContextInfo] { get }
    /// Default keys as (context, key name as `Key(name:)` reads it, command): the bindings of the
    /// feature's own contexts, and the `global` bindings of its own commands.
    static var defaultKeys: [(KeyContext, String, Command)] { get }
    /// Why `command` can't run in `state`, or nil when it can.
    static func disabledReason(_ command: Command, in state: AppState) -> String?
    /// Runs `command` (its `disabledReason` was nil).
    static func run(_ command: Command, in state: inout AppState) -> [Effect]
    /// Text typed or pasted while one of this feature's contexts has the focus.
    static func insert(_ text: String, in state: inout AppState) -> [Effect]
    /// A key bound to nothing while this feature has the focus; nil lets the console say the key
    /// does nothing here.
    static func unboundKey(_ key: Key, in state: inout AppState) -> [Effect]?
}

extension FeatureCommands {
    static var keyContexts: [KeyContextInfo] { [] }
    static func disabledReason(_ command: Command, in state: AppState) -> String? { nil }
    static func insert(_ text: String, in state: inout AppState) -> [Effect] { [] }
    static func unboundKey(_ key: Key, in state: inout AppState) -> [Effect]? { nil }
}

/// A command as `?` help and the footer show it.
struct CommandInfo: Sendable {
    var command: Command
    /// One line for `?` help and the footer.
    var description: String
    /// Shown in the footer's hint line (the rest are in `?` help only).
    var isFooterHint: Bool

    init(_ command: Command, _ description: String, footer: Bool = false) {
        self.command = command
        self.description = description
        isFooterHint = footer
    }
}

/// A key context as its owning feature describes it.
struct KeyContextInfo: Sendable {
    var context: KeyContext
    /// How help and warnings name the context.
    var title: String
    /// Printable keys without a binding are inserted as text here.
    var isText: Bool
    /// `global` bindings apply here as a fallback.
    var inheritsGlobal: Bool

    init(_ context: KeyContext, _ title: String, isText: Bool = false, inheritsGlobal: Bool = false) {
        self.context = context
        self.title = title
        self.isText = isText
        self.inheritsGlobal = inheritsGlobal
    }
}
