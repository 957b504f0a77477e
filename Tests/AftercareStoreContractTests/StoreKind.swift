import AftercareCore
import AftercareSQLite
import AftercareStore
import StoreTestSupport

/// Every implementation of `DeskStore` the contract runs against. A PostgreSQL store joins by
/// adding a case here: the tests themselves only speak `DeskStore`.
enum StoreKind: String, CaseIterable, Sendable, CustomStringConvertible {
    case sqliteInMemory = "SQLite in memory"
    case sqliteOnDisk = "SQLite on disk"

    var description: String { rawValue }

    func make(triage: TriageTraining = .none) throws -> any DeskStore {
        switch self {
        case .sqliteInMemory: try AppDatabase.inMemory(triage: triage)
        case .sqliteOnDisk: try AppDatabase.temporary(triage: triage)
        }
    }

    /// The small desk imported into a new store.
    func seeded(triage: TriageTraining = .none) throws -> any DeskStore {
        let store = try make(triage: triage)
        _ = try store.importBatch(StoreFixtures.smallDesk(), by: StoreFixtures.lina, at: StoreFixtures.now)
        return store
    }
}

extension DeskStore {
    /// A ticket's number from its external id (the contract needs no SQL for this).
    func id(_ externalId: String) throws -> Int64 {
        let page = try inboxPage(InboxFilter(statuses: TicketStatus.allCases), limit: 1000, now: StoreFixtures.now)
        guard let row = page.rows.first(where: { $0.ticket.externalId == externalId }) else { throw StoreError.unknownTicket(0) }
        return row.id
    }
}
