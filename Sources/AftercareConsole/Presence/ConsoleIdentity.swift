import Foundation

/// This console as other consoles see it: a session id unique to the process and the terminal
/// it runs on. Given to `AppState` at start (the reducer stays pure).
public struct ConsoleIdentity: Equatable, Sendable {
    public var id: String
    public var terminal: String

    public init(id: String = UUID().uuidString, terminal: String = "") {
        self.id = id
        self.terminal = terminal
    }
}

/// What this console last told the others, so it says again only when that changed or the
/// heartbeat is due.
public struct PresenceMark: Equatable, Sendable {
    public var at: Date
    public var ticketId: Int64?
    public var composing: Bool
}
