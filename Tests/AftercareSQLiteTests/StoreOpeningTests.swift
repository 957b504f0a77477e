import AftercareCore
import Foundation
import GRDB
import Testing

@testable import AftercareSQLite
import AftercareStore

@Suite struct StoreOpeningTests {
    func tempPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("aftercare-test-\(UUID().uuidString)/desk.sqlite").path
    }

    @Test func missingStoreIsAnErrorUnlessCreating() throws {
        let path = tempPath()
        #expect(throws: StoreError.missingStore(path: path)) { try AppDatabase(path: path, mode: .mustExist) }
        _ = try AppDatabase(path: path, mode: .createIfMissing)
        #expect(FileManager.default.fileExists(atPath: path))
        _ = try AppDatabase(path: path, mode: .mustExist)
    }

    @Test func reopeningAMigratedStoreKeepsItsData() throws {
        let path = tempPath()
        do {
            let store = try AppDatabase(path: path, mode: .createIfMissing)
            _ = try store.importBatch(StoreFixtures.smallDesk(), by: StoreFixtures.lina, at: StoreFixtures.now)
        }
        let again = try AppDatabase(path: path, mode: .mustExist)
        #expect(try again.count(InboxFilter(), now: StoreFixtures.now) == 9)
        let migrations = try again.writer.read { try String.fetchAll($0, sql: "SELECT name FROM schema_migration") }
        #expect(migrations == StoreMigrations.all.map(\.name))
    }

    @Test func rejectsFilesThatAreNotAftercareStores() throws {
        let text = tempPath()
        try FileManager.default.createDirectory(atPath: (text as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try "hello, not a database".write(toFile: text, atomically: true, encoding: .utf8)
        #expect(throws: StoreError.notAnAftercareStore(path: text, reason: "not an SQLite database")) {
            try AppDatabase(path: text, mode: .mustExist)
        }
        let other = tempPath()
        try FileManager.default.createDirectory(atPath: (other as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let queue = try DatabaseQueue(path: other)
        try queue.write { try $0.execute(sql: "CREATE TABLE notes (x)") }
        #expect(throws: StoreError.notAnAftercareStore(path: other, reason: "it holds other tables")) {
            try AppDatabase(path: other, mode: .mustExist)
        }
    }

    @Test func twoOpenersOfANewStoreAtOnceBothSucceed() async throws {
        for _ in 0..<5 {
            let path = tempPath()
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<4 {
                    group.addTask { _ = try AppDatabase(path: path, mode: .createIfMissing) }
                }
                try await group.waitForAll()
            }
            let store = try AppDatabase(path: path, mode: .mustExist)
            let applied = try await store.writer.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM schema_migration") }
            #expect(applied == StoreMigrations.all.count)
        }
    }

    @Test func storeUsesWALAndIsGroupShared() throws {
        let store = try AppDatabase.temporary()
        let mode = try store.writer.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
        let attributes = try FileManager.default.attributesOfItem(atPath: store.path!)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o660)
    }

    @Test func anExistingV1StoreGainsTheActiveOnlyFilterIndexesAndKeepsItsTickets() throws {
        let path = tempPath()
        do {
            let store = try AppDatabase(path: path, mode: .createIfMissing)
            _ = try store.importBatch(StoreFixtures.smallDesk(), by: StoreFixtures.lina, at: StoreFixtures.now)
            // Back to the store as v1 left it.
            try store.writer.write { db in
                for column in ["assignee", "category", "channel"] {
                    try db.execute(sql: "DROP INDEX ticket_by_\(column)")
                    try db.execute(sql: "CREATE INDEX ticket_by_\(column) ON ticket(\(column), inbox_key, priority, id)")
                }
                try db.execute(sql: "DELETE FROM schema_migration WHERE name <> 'v1-schema'")
            }
        }
        let upgraded = try AppDatabase(path: path, mode: .mustExist)
        let indexes = try upgraded.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT name, sql FROM sqlite_master WHERE name LIKE 'ticket_by_%' ORDER BY name")
                .map { ($0[0] as String, $0[1] as String) }
        }
        for (name, sql) in indexes {
            let partial = ["ticket_by_assignee", "ticket_by_category", "ticket_by_channel"].contains(name)
            #expect(sql.hasSuffix("WHERE inbox_key < 5000000000") == partial, "\(sql)")
        }
        #expect(try upgraded.count(InboxFilter(category: .returnRefund), now: StoreFixtures.now) == 3)
        #expect(try upgraded.writer.read { try String.fetchAll($0, sql: "SELECT name FROM schema_migration ORDER BY rowid") }
                == StoreMigrations.all.map(\.name))
    }
}
