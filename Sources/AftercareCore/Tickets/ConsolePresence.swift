import Foundation

/// One running console, as every other console sees it: who, on which terminal, which ticket is
/// open and whether they are writing on it. Kept in the store (no server process): each console
/// writes its own row every `heartbeatInterval` and reads the others'; a console that died stops
/// showing once its row is older than `liveWindow`.
public struct ConsolePresence: Sendable, Hashable, Codable {
    /// Unique per console process.
    public var session: String
    public var agent: String
    /// The terminal it runs on ("pts/3"), so an agent with two consoles can tell them apart.
    public var terminal: String
    public var ticketId: Int64?
    public var composing: Bool
    public var seenAt: Date

    public init(session: String, agent: String, terminal: String, ticketId: Int64?, composing: Bool, seenAt: Date) {
        self.session = session
        self.agent = agent
        self.terminal = terminal
        self.ticketId = ticketId
        self.composing = composing
        self.seenAt = seenAt
    }

    /// How often a console says it is still there.
    public static let heartbeatInterval: TimeInterval = 10
    /// A console not heard from for this long is gone (killed, its connection dropped).
    public static let liveWindow: TimeInterval = 45

    public func isLive(at now: Date) -> Bool { now.timeIntervalSince(seenAt) <= Self.liveWindow }
}
