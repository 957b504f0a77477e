import AftercareCore
import Foundation

/// Everything the console needs from the desk's store, as one injected dependency: the console
/// never imports the store (the executable adapts `AppDatabase` to this). Calls may block; the
/// runtime makes them off the key-reading path.
public protocol DeskService: Sendable {
    func inboxPage(_ filter: InboxFilter, after cursor: InboxCursor?, limit: Int, now: Date) throws -> InboxPage
    func count(_ filter: InboxFilter, now: Date) throws -> Int
    func detail(ticket id: Int64) throws -> TicketDetail
    @discardableResult
    func apply(_ changes: [TicketChange], to id: Int64, expectedVersion: Int64?, by agent: Agent, at now: Date) throws -> Ticket
    @discardableResult
    func addMessage(_ kind: MessageKind, body: String, to id: Int64, setting status: TicketStatus?,
                    guard: WriteGuard, by agent: Agent, at now: Date) throws -> Ticket
    func saveDraft(_ draft: Draft) throws
    /// This console's draft on the ticket, else the newest the agent left in a console that is gone.
    func draft(ticket id: Int64, agent: String, session: String, now: Date) throws -> Draft?
    func discardDraft(ticket id: Int64, agent: String, session: String) throws
    /// Where this console is (its row in the store's presence table).
    func heartbeat(_ presence: ConsolePresence) throws
    func endSession(_ session: String) throws
    /// Every console heard from lately.
    func presence(at now: Date) throws -> [ConsolePresence]
    func templates() throws -> [ReplyTemplate]
    /// The desk's settings as stored now (SLA clocks for the inbox columns, tiers, the shop's
    /// name for `{{shop.name}}`); another agent may change them while the console runs.
    func settings() throws -> DeskSettings
    /// A number that changes whenever any process commits a change to the store. Cheap: the
    /// console polls it to show other agents' changes.
    func changeToken() throws -> Int64
}

/// Errors a `DeskService` reports, in the terms the console shows them.
public enum DeskServiceError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Someone else changed the ticket since it was read.
    case conflict(ticketId: Int64, changedBy: String?, changedAt: Date?)
    /// Someone answered the ticket (or changed its status) after the agent started writing.
    case answeredMeanwhile(ticketId: Int64, changes: [MeanwhileChange])
    /// A rule refused the change (invalid status move, unfillable template…); the message says why.
    case refused(String)
    case notFound(String)
    case failed(String)

    public var description: String {
        switch self {
        case let .conflict(id, by, _): "ticket #\(id) was changed by \(by ?? "someone else") meanwhile; reloaded, nothing lost"
        case let .answeredMeanwhile(id, changes):
            "ticket #\(id): " + changes.prefix(2).map(\.summary).joined(separator: ", ") + " since you started writing; nothing sent"
        case let .refused(message), let .notFound(message), let .failed(message): message
        }
    }
}
