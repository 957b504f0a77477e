extension AppState {
    /// Where keys are looked up right now: the open modal's context, else the screen's.
    public var keyContext: KeyContext {
        if let modal {
            switch modal {
            case .compose: return .compose
            case .search: return .search
            case .commandLine: return .commandLine
            case .templatePicker: return .templatePicker
            case .help: return .help
            case .confirm: return .confirm
            case .menu: return .menu
            }
        }
        switch screen {
        case .inbox: return .inbox
        case .ticket: return ticket?.pane == .history ? .history : .thread
        }
    }

    /// The feature whose screen or modal has the focus: it runs the commands that act on the
    /// focus, and gets typed text and unbound keys.
    var focusedFeature: any FeatureCommands.Type { keyContext.owner }
}
