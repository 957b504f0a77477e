import AftercareCore
import Foundation
import GRDB
import Testing

@testable import AftercareStore

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
        let migrations = try again.pool.read { try String.fetchAll($0, sql: "SELECT name FROM schema_migration") }
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
            let applied = try await store.pool.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM schema_migration") }
            #expect(applied == StoreMigrations.all.count)
        }
    }

    @Test func storeUsesWALAndIsGroupShared() throws {
        let store = try AppDatabase.temporary()
        let mode = try store.pool.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
        let attributes = try FileManager.default.attributesOfItem(atPath: store.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o660)
    }
}
