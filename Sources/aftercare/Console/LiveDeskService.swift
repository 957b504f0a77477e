import AftercareConsole
import AftercareCore
import AftercareSQLite
import AftercareStore
import Foundation

/// The console's `DeskService` over the real store. Store and domain errors are translated into
/// the console's terms here, so the console never sees GRDB or `StoreError`.
struct LiveDeskService: DeskService {
    let store: any DeskStore


    func inboxPage(_ filter: InboxFilter, after cursor: InboxCursor?, limit: Int, now: Date) throws -> InboxPage {
        try translating { try store.inboxPage(filter, after: cursor, limit: limit, now: now) }
    }

    func count(_ filter: InboxFilter, now: Date) throws -> Int {
        try translating { try store.count(filter, now: now) }
    }

    func detail(ticket id: Int64) throws -> TicketDetail {
        try translating { try store.detail(ticket: id) }
    }

    @discardableResult
    func apply(_ changes: [TicketChange], to id: Int64, expectedVersion: Int64?, by agent: Agent, at now: Date) throws -> Ticket {
        try translating { try store.apply(changes, to: id, expectedVersion: expectedVersion, by: agent, at: now) }
    }

    @discardableResult
    func addMessage(_ kind: MessageKind, body: String, to id: Int64, setting status: TicketStatus?,
                    guard writeGuard: WriteGuard, by agent: Agent, at now: Date) throws -> Ticket {
        try translating {
            try store.addMessage(kind, body: body, to: id, setting: status, guard: writeGuard, by: agent, at: now).ticket
        }
    }

    func saveDraft(_ draft: Draft) throws {
        try translating { try store.saveDraft(draft) }
    }

    func draft(ticket id: Int64, agent: String, session: String, now: Date) throws -> Draft? {
        try translating { try store.draft(ticket: id, agent: agent, session: session, now: now) }
    }

    func discardDraft(ticket id: Int64, agent: String, session: String) throws {
        try translating { try store.discardDraft(ticket: id, agent: agent, session: session) }
    }

    func heartbeat(_ presence: ConsolePresence) throws {
        try translating { try store.heartbeat(presence) }
    }

    func endSession(_ session: String) throws {
        try translating { try store.endSession(session) }
    }

    func presence(at now: Date) throws -> [ConsolePresence] {
        try translating { try store.presence(at: now) }
    }

    func templates() throws -> [ReplyTemplate] {
        try translating { try store.templates() }
    }

    func settings() throws -> DeskSettings {
        try translating { try store.refreshSettings() }
    }

    func changeToken() throws -> Int64 {
        try translating { try store.changeToken() }
    }

    /// Runs a store call, mapping its errors to `DeskServiceError` through the one classification
    /// the command line uses too (`Failure`).
    private func translating<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DeskServiceError {
            throw error
        } catch let StoreError.conflict(id, _, _, by, at) {
            throw DeskServiceError.conflict(ticketId: id, changedBy: by, changedAt: at)
        } catch let StoreError.answeredMeanwhile(id, changes) {
            throw DeskServiceError.answeredMeanwhile(ticketId: id, changes: changes)
        } catch {
            let failure = Failure(error)
            switch failure.kind {
            case .notFound: throw DeskServiceError.notFound(failure.message)
            case .refused, .badData, .conflict: throw DeskServiceError.refused(failure.message)
            case .storeUnavailable, .noPermission, .storageFailure, .unexpected: throw DeskServiceError.failed(failure.message)
            }
        }
    }
}
