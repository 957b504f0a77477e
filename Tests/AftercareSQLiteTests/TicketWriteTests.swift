import AftercareCore
import Foundation
import GRDB
import StoreTestSupport
import Testing

@testable import AftercareSQLite
import AftercareStore

/// What the SQLite store guarantees beneath the contract: the audit trail refuses changes made
/// behind its back, and several processes writing at once never see "database is locked".
@Suite struct SQLiteWriteTests {
    let now = StoreFixtures.now

    func id(_ external: String, _ store: AppDatabase) throws -> Int64 {
        try store.writer.read { try Int64.fetchOne($0, sql: "SELECT id FROM ticket WHERE external_id = ?", arguments: [external])! }
    }

    @Test func theAuditTrailIsAppendOnlyInTheDatabaseItself() throws {
        let store = try StoreFixtures.seededStore()
        try store.apply([.setStatus(.open)], to: try id("T-6", store), by: StoreFixtures.lina, at: now)
        #expect(throws: DatabaseError.self) {
            try store.writer.write { try $0.execute(sql: "UPDATE audit SET agent = 'mallory'") }
        }
        #expect(throws: DatabaseError.self) {
            try store.writer.write { try $0.execute(sql: "DELETE FROM audit") }
        }
    }

    @Test func concurrentWritersFromSeparateConnectionsNeverSeeLocked() async throws {
        let seeded = try StoreFixtures.seededStore()
        let path = seeded.path!
        let ticketId = try id("T-1", seeded)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for writer in 0..<4 {
                group.addTask {
                    let store = try AppDatabase(path: path, mode: .mustExist)
                    for n in 0..<25 {
                        try store.addMessage(.note, body: "writer \(writer) note \(n)", to: ticketId, by: Agent(login: "w\(writer)"), at: StoreFixtures.now)
                    }
                }
            }
            try await group.waitForAll()
        }
        #expect(try seeded.detail(ticket: ticketId).messages.count == 101)
        #expect(try seeded.ticket(ticketId).version == 101)
    }
}
