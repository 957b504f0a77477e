/// The screen under any modal. Each has a feature folder that draws it and owns its key contexts.
public enum Screen: Hashable, Sendable {
    case inbox
    case ticket
}
