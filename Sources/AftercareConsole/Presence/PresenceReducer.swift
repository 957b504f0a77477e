import AftercareCore
import Foundation

/// Presence's part of `reduce`: telling the store where this console is (on each tick when it
/// changed, else every `ConsolePresence.heartbeatInterval`) and reading where the others are.
extension AppState {
    /// How often the others' presence is read.
    static let presenceRefresh: TimeInterval = 3

    /// Where this console is now: the open ticket, and whether the agent writes on it.
    var presenceNow: ConsolePresence {
        let open = screen == .ticket ? ticket?.ticketId : nil
        return ConsolePresence(session: session.id, agent: agent.login, terminal: session.terminal, ticketId: open,
                               composing: open != nil && compose?.ticketId == open && !(compose?.editor.isEmpty ?? true),
                               seenAt: now)
    }

    /// Called on every tick: the heartbeat when due or changed, the others' presence every few seconds.
    mutating func presenceTick() -> [Effect] {
        var effects: [Effect] = []
        let here = presenceNow
        let due = lastHeartbeat.map { now.timeIntervalSince($0.at) >= ConsolePresence.heartbeatInterval } ?? true
        if due || lastHeartbeat?.ticketId != here.ticketId || lastHeartbeat?.composing != here.composing {
            lastHeartbeat = PresenceMark(at: now, ticketId: here.ticketId, composing: here.composing)
            effects.append(.heartbeat(here))
        }
        if lastPresenceLoad.map({ now.timeIntervalSince($0) >= Self.presenceRefresh }) ?? true {
            lastPresenceLoad = now
            effects.append(.loadPresence)
        }
        return effects
    }

    mutating func presenceLoaded(_ everyone: [ConsolePresence]) -> [Effect] {
        others = everyone.filter { $0.session != session.id }
        return []
    }

    /// Other consoles on `ticketId`: the agent's name, with the terminal when it is the agent's own
    /// other console.
    public func othersOn(_ ticketId: Int64) -> [ConsolePresence] {
        others.filter { $0.ticketId == ticketId && $0.isLive(at: now) }
    }

    /// Per ticket, whether another console has it open and whether someone writes on it (the
    /// inbox's mark column).
    public var presenceMarks: [Int64: PresenceGlyph] {
        var marks: [Int64: PresenceGlyph] = [:]
        for other in others where other.isLive(at: now) {
            guard let id = other.ticketId else { continue }
            marks[id] = other.composing || marks[id] == .writing ? .writing : .viewing
        }
        return marks
    }

    /// "wei ✎, mei, you@pts/4": who else has `ticketId` open (✎: writing on it).
    public func presenceText(on ticketId: Int64) -> String? {
        let here = othersOn(ticketId)
        guard !here.isEmpty else { return nil }
        return here.map { other in
            (other.agent == agent.login ? "you@" + (other.terminal.isEmpty ? "another console" : other.terminal) : other.agent)
                + (other.composing ? " " + PresenceGlyph.writing.rawValue : "")
        }.joined(separator: ", ")
    }
}

/// The inbox's mark for a ticket another console has open.
public enum PresenceGlyph: String, Sendable {
    case viewing = "•"
    case writing = "✎"
}
