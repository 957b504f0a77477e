/// The last message for the agent, shown in the status bar: what happened, or why a command
/// could not run.
public struct StatusLine: Equatable, Sendable {
    public enum Kind: Hashable, Sendable {
        case info
        case error
    }

    public var text: String
    public var kind: Kind

    public init(_ text: String, kind: Kind = .info) {
        self.text = text
        self.kind = kind
    }
}
