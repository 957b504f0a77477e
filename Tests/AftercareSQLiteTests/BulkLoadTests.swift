import AftercareCore
import Foundation
import GRDB
import StoreTestSupport
import Testing

@testable import AftercareSQLite
import AftercareStore
import AftercareInterchange

/// `bulkLoad` (seeding) builds the search index beside the store and leaves WAL mode while it
/// loads: what it leaves behind must be the same store an ordinary import gives.
@Suite struct BulkLoadTests {
    let now = StoreFixtures.now
    let agent = StoreFixtures.lina

    /// The small desk in two batches: customers and orders first, then the tickets, so the second
    /// batch refers to records of the first.
    func twoBatches() -> [InterchangeBatch] {
        let desk = StoreFixtures.smallDesk()
        var first = desk
        first.tickets = Array(desk.tickets.prefix(4))
        var second = InterchangeBatch()
        second.tickets = Array(desk.tickets.dropFirst(4))
        return [first, second]
    }

    func bulkLoaded(_ batches: [InterchangeBatch]) throws -> AppDatabase {
        let store = try AppDatabase.temporary()
        try store.bulkLoad(batches, by: agent, at: now, progress: nil)
        return store
    }

    func search(_ text: String, _ store: AppDatabase) throws -> [String] {
        try store.inboxPage(InboxFilter(statuses: TicketStatus.allCases, search: text), limit: 50, now: now).rows.map(\.ticket.externalId)
    }

    func indexNames(_ store: AppDatabase) throws -> [String] {
        try store.writer.read { db in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name") }
    }

    @Test func aBulkLoadedStoreSearchesAndListsLikeAnImportedOne() throws {
        let bulk = try bulkLoaded(twoBatches())
        let imported = try AppDatabase.temporary()
        _ = try imported.importBatch(StoreFixtures.smallDesk(), by: agent, at: now)

        for term in ["退", "损坏", "未收到", "broken", "KETTLE", "refund", "快递没到"] {
            #expect(try search(term, bulk) == search(term, imported), "search for \(term)")
        }
        #expect(try search("损坏", bulk) == ["T-4"])
        #expect(try indexNames(bulk) == indexNames(imported), "every dropped index is rebuilt")
        let filter = InboxFilter(statuses: TicketStatus.allCases)
        #expect(try bulk.inboxPage(filter, limit: 50, now: now).rows.map(\.id) == imported.inboxPage(filter, limit: 50, now: now).rows.map(\.id))
    }

    @Test func theStoreIsBackInWALModeWithAnIntactIndexAndNoFilesLeftBeside() throws {
        let store = try bulkLoaded(twoBatches())
        try store.writer.write { db in
            #expect(try String.fetchOne(db, sql: "PRAGMA journal_mode") == "wal")
            // Raises an error if the copied FTS5 index does not match its structure.
            try db.execute(sql: "INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 0)")
        }
        let siblings = try FileManager.default.contentsOfDirectory(atPath: (store.path! as NSString).deletingLastPathComponent)
        #expect(!siblings.contains { $0.contains("search-build") }, "\(siblings)")
    }

    @Test func aReplyAfterTheLoadIsIndexedInTheCopiedIndex() throws {
        let store = try bulkLoaded(twoBatches())
        let id = try #require(try store.inboxPage(InboxFilter(search: "裂开"), limit: 5, now: now).rows.first?.id)
        try store.addMessage(.reply, body: "已经为您补发新的杯盖", to: id, by: agent, at: now)
        #expect(try search("杯盖", store) == ["T-4"])
        #expect(try search("裂开", store) == ["T-4"], "the loaded documents are still found")
    }

    @Test func aTicketRepeatedInALaterBatchIsRefusedAndWhatWasLoadedStaysWhole() throws {
        let store = try AppDatabase.temporary()
        var batches = twoBatches()
        batches.append(InterchangeBatch(tickets: [batches[0].tickets[0]]))
        #expect(throws: StoreError.self) {
            try store.bulkLoad(batches, by: agent, at: now, progress: nil)
        }
        #expect(try search("损坏", store) == ["T-4"], "the batches before the bad one are searchable")
        #expect(try indexNames(store) == indexNames(try AppDatabase.temporary()))
        #expect(try store.writer.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") } == "wal")
    }

    @Test func aStoreOpenInAnotherConnectionIsLoadedInWALMode() throws {
        let store = try AppDatabase.temporary()
        // Another agent's process, with a read transaction open for the whole load.
        var config = AppDatabase.configuration()
        config.allowsUnsafeTransactions = true
        let other = try DatabaseQueue(path: store.path!, configuration: config)
        try other.inDatabase { db in
            try db.execute(sql: "BEGIN")
            _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM ticket")
        }
        try store.bulkLoad(twoBatches(), by: agent, at: now, progress: nil)
        try other.inDatabase { db in try db.execute(sql: "COMMIT") }
        #expect(try search("损坏", store) == ["T-4"])
        #expect(try store.writer.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM ticket") } == 10)
    }

    @Test func anInMemoryStoreLoadsBatchByBatch() throws {
        let store = try AppDatabase.inMemory()
        var loaded: [Int] = []
        try store.bulkLoad(twoBatches(), by: agent, at: now) { loaded.append($0) }
        #expect(loaded == [4, 10])
        #expect(try search("损坏", store) == ["T-4"])
    }

    @Test func aStoreWithTicketsIsRefused() throws {
        let store = try bulkLoaded(twoBatches())
        #expect(throws: StoreError.self) { try store.bulkLoad([InterchangeBatch](), by: agent, at: now, progress: nil) }
    }
}
