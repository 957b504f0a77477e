import AftercareCore
import Foundation
import GRDB
import GRDBSQLite
import StoreTestSupport
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
        let queue = try DatabaseQueue(path: other, configuration: AppDatabase.configuration())
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

    /// A store as an earlier release left it: only the first `migrations` applied, written with
    /// that release's SQL (JSON columns in their old Codable form, returns inside the order, the
    /// shop's name in `setting`).
    func oldStore(migrations: Int) throws -> String {
        let path = tempPath()
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let queue = try DatabaseQueue(path: path, configuration: AppDatabase.configuration())
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE schema_migration (name TEXT PRIMARY KEY NOT NULL, applied_at INTEGER NOT NULL)")
            for migration in StoreMigrations.all.prefix(migrations) {
                try migration.apply(db)
                try db.execute(sql: "INSERT INTO schema_migration VALUES (?, 0)", arguments: [migration.name])
            }
            try db.execute(sql: "PRAGMA application_id = \(StoreMigrations.applicationID)")
            try db.execute(sql: """
                INSERT INTO setting (key, value) VALUES ('shop_name', '老店 Old Shop');
                INSERT INTO customer (id, external_id, name, language, contacts, created_at, order_count, lifetime_spend)
                    VALUES (1, 'C-1', '王芳', 'zh', '[{"channel":"wechat","handle":"wx_1"}]', 1790000000, 1, 12800);
                INSERT INTO shop_order (id, external_id, customer_id, number, placed_at, amount, currency, amount_cny, items, shipments, returns)
                    VALUES (1, 'SO-1', 1, 'SO20260101-1', 1790000000, 12800, 'CNY', 12800,
                    '[{"sku":"K-1","name":"电热水壶","quantity":2,"unitPrice":{"minorUnits":6400,"currency":"CNY"}}]',
                    '[{"carrier":"SF Express","trackingNumber":"SF100","milestones":[{"kind":"in_transit","at":1790003600,"location":"深圳"},{"kind":"delivered","at":1790090000,"location":""}]}]',
                    '[{"rmaNumber":"RMA-1","kind":"refund","reason":"破损","state":"refunded","refundAmount":{"minorUnits":12800,"currency":"CNY"},"requestedAt":1790100000}]');
                INSERT INTO ticket (id, external_id, customer_id, order_id, channel, language, subject, status, priority, category,
                    created_at, updated_at, clock_since, inbox_key)
                    VALUES (1, 'T-1', 1, 1, 'wechat', 'zh', '水壶坏了', 'open', 1, 'damaged', 1790100000, 1790100000, 1790100000, 1790103600);
                INSERT INTO message (ticket_id, kind, author, channel, created_at, body) VALUES (1, 'inbound', '王芳', 'wechat', 1790100000, '水壶坏了');
                """)
        }
        return path
    }

    @Test func aV1StoreIsMigratedToTodaysSchemaAndKeepsEverything() throws {
        let upgraded = try AppDatabase(path: try oldStore(migrations: 1), mode: .mustExist)
        let indexes = try upgraded.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT name, sql FROM sqlite_master WHERE name LIKE 'ticket_by_%' ORDER BY name")
                .map { ($0["name"] as String, $0["sql"] as String) }
        }
        for (name, sql) in indexes {
            let partial = ["ticket_by_assignee", "ticket_by_category", "ticket_by_channel"].contains(name)
            #expect(sql.hasSuffix("WHERE inbox_key < 5000000000") == partial, "\(sql)")
        }
        #expect(try upgraded.writer.read { try String.fetchAll($0, sql: "SELECT name FROM schema_migration ORDER BY rowid") }
                == StoreMigrations.all.map(\.name))
        // The order's JSON columns now read through the interchange codec; its return has a row.
        let detail = try upgraded.detail(ticket: 1)
        let order = try #require(detail.order)
        #expect(order.items == [OrderItem(sku: "K-1", name: "电热水壶", quantity: 2, unitPrice: Money(minorUnits: 6400))])
        #expect(order.shipments.first?.trackingNumber == "SF100")
        #expect(order.shipments.first?.milestones.map(\.kind) == [.inTransit, .delivered])
        #expect(order.shipments.first?.milestones.first?.at == Date(timeIntervalSince1970: 1_790_003_600))
        #expect(order.returns == [ReturnRequest(rmaNumber: "RMA-1", reason: "破损", state: .refunded,
                                                refundAmount: Money(minorUnits: 12800), requestedAt: Date(timeIntervalSince1970: 1_790_100_000))])
        #expect(detail.customer.contacts == [Contact(channel: .wechat, handle: "wx_1")])
        // The shop's name moved into the desk settings, which are otherwise today's defaults.
        var expected = DeskSettings.standard
        expected.shop.name = "老店 Old Shop"
        #expect(upgraded.settings == expected)
        #expect(try upgraded.settingsVersion() == 1)
    }

    @Test func aV2StoreIsMigratedToo() throws {
        let upgraded = try AppDatabase(path: try oldStore(migrations: 2), mode: .mustExist)
        #expect(try upgraded.detail(ticket: 1).order?.returns.count == 1)
        #expect(try upgraded.count(InboxFilter(category: .damaged), now: StoreFixtures.now) == 1)
    }

    /// A v3 store keyed paused tickets past their target among the paused ones; the upgrade keys
    /// them as breached.
    @Test func aV3StoreKeysPausedOverdueTicketsAsBreached() throws {
        let path = tempPath()
        do {
            let store = try AppDatabase(path: path, mode: .createIfMissing)
            _ = try store.importBatch(StoreFixtures.smallDesk(), by: StoreFixtures.lina, at: StoreFixtures.now)
            try store.write { db in
                // T-7 is pending; make it 10 hours over its target, keyed as v3 did (paused, 0 left).
                try db.execute(sql: """
                    UPDATE ticket SET clock_used = 48 * 3600 + 36000, clock_since = NULL, inbox_key = 3000000000
                    WHERE external_id = 'T-7'
                    """)
                try db.execute(sql: "DELETE FROM schema_migration WHERE name = 'v4-paused-overdue-tickets-keyed-as-breached'")
            }
        }
        let upgraded = try AppDatabase(path: path, mode: .mustExist)
        let breached = try upgraded.inboxPage(InboxFilter(breachedOnly: true), limit: 50, now: StoreFixtures.now).rows
        #expect(breached.map(\.ticket.externalId).contains("T-7"))
    }

    /// SQLite's memory statistics take a global mutex on every allocation (they serialised the bulk
    /// load's two writer threads): they must be off before the process's first connection, which
    /// opening a store by path makes. (Every connection in this test process is made with
    /// `AppDatabase.configuration()`, so whichever test runs first, the statistics are off.)
    @Test func sqliteMemoryStatisticsAreOffForTheProcess() throws {
        let store = try AppDatabase(path: tempPath(), mode: .createIfMissing)
        _ = try store.importBatch(StoreFixtures.smallDesk(), by: StoreFixtures.lina, at: StoreFixtures.now)
        var current: Int64 = 0, highest: Int64 = 0
        #expect(sqlite3_status64(SQLITE_STATUS_MEMORY_USED, &current, &highest, 0) == SQLITE_OK)
        #expect(current == 0 && highest == 0, "memory statistics are being kept: \(current) bytes")
    }

    @Test func openingACurrentStoreTakesNoWriteLock() throws {
        let path = tempPath()
        // An agent's console has the desk open (the store's WAL is set up).
        let console = try AppDatabase(path: path, mode: .createIfMissing)
        // Another process is importing: it holds the write lock, with rows written but not committed.
        var config = AppDatabase.configuration()
        config.allowsUnsafeTransactions = true
        let other = try DatabaseQueue(path: path, configuration: config)
        try other.inDatabase { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
            try db.execute(sql: "INSERT INTO customer (external_id, name, language, contacts, created_at) VALUES ('C-9', 'x', 'zh', '[]', 0)")
        }
        defer { try? other.inDatabase { try $0.execute(sql: "ROLLBACK") } }
        let started = Date()
        let store = try AppDatabase(path: path, mode: .mustExist)
        #expect(try store.count(InboxFilter(), now: StoreFixtures.now) == 0)
        #expect(Date().timeIntervalSince(started) < 2, "opening waited for the writer")
        #expect(try console.count(InboxFilter(), now: StoreFixtures.now) == 0)
    }

    /// The case that made `list` wait 10 s and fail: nobody had the store open (its WAL file gone
    /// or empty) when another process took the write lock without writing yet (`sqlite3` with
    /// `BEGIN IMMEDIATE`, an import about to start). Opening for reading, or for the console, must
    /// not write anything to the file.
    @Test func openingAQuietStoreWhileAnotherProcessHoldsTheLock() throws {
        let path = tempPath()
        do {
            let store = try AppDatabase(path: path, mode: .createIfMissing)
            _ = try store.importBatch(StoreFixtures.smallDesk(), by: StoreFixtures.lina, at: StoreFixtures.now)
        }
        var config = AppDatabase.configuration()
        config.allowsUnsafeTransactions = true
        let other = try DatabaseQueue(path: path, configuration: config)
        try other.inDatabase { try $0.execute(sql: "BEGIN IMMEDIATE") }
        defer { try? other.inDatabase { try $0.execute(sql: "ROLLBACK") } }
        for mode in [AppDatabase.OpenMode.readOnly, .mustExist] {
            let started = Date()
            let store = try AppDatabase(path: path, mode: mode)
            #expect(try store.count(InboxFilter(), now: StoreFixtures.now) == 9)
            _ = try store.detail(ticket: 1)
            #expect(Date().timeIntervalSince(started) < 2, "opening (\(mode)) waited for the writer")
        }
    }

    @Test func readingNeverCreatesOrChangesAStore() throws {
        // A 0-byte file stays a 0-byte file.
        let empty = tempPath()
        try FileManager.default.createDirectory(atPath: (empty as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: empty, contents: Data())
        for mode in [AppDatabase.OpenMode.readOnly, .mustExist] {
            #expect(throws: StoreError.notAnAftercareStore(path: empty, reason: "the file is empty; `aftercare init` makes a store of it")) {
                try AppDatabase(path: empty, mode: mode)
            }
        }
        #expect(try FileManager.default.attributesOfItem(atPath: empty)[.size] as? NSNumber == 0)
        #expect(!FileManager.default.fileExists(atPath: empty + "-wal"))
        // `init` makes a store of it.
        _ = try AppDatabase(path: empty, mode: .createIfMissing)
        _ = try AppDatabase(path: empty, mode: .readOnly)

        // A store of an earlier release is not upgraded by a read.
        let old = try oldStore(migrations: 2)
        let before = try Data(contentsOf: URL(fileURLWithPath: old))
        #expect(throws: StoreError.needsUpgrade(path: old)) { try AppDatabase(path: old, mode: .readOnly) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: old)) == before)
        _ = try AppDatabase(path: old, mode: .mustExist)
        _ = try AppDatabase(path: old, mode: .readOnly)
    }

    @Test func aStoreOpenedForReadingRefusesWrites() throws {
        let path = tempPath()
        _ = try AppDatabase(path: path, mode: .createIfMissing)
        let reader = try AppDatabase(path: path, mode: .readOnly)
        #expect(throws: StoreError.openedForReading(path: path)) {
            try reader.importBatch(StoreFixtures.smallDesk(), by: StoreFixtures.lina, at: StoreFixtures.now)
        }
    }

    /// A full disk: SQLite's SQLITE_FULL, made here with a page limit, rolls the write back whole
    /// and says so in words.
    @Test func aFullDiskLosesNothingAndSaysSo() throws {
        let store = try AppDatabase(path: tempPath(), mode: .createIfMissing)
        let pages = try store.read { try Int.fetchOne($0, sql: "PRAGMA page_count")! }
        try store.writeWithoutTransaction { try $0.execute(sql: "PRAGMA max_page_count = \(pages)") }
        var desk = StoreFixtures.smallDesk()
        desk.tickets[0].messages[0].body = String(repeating: "很长的留言 a long message ", count: 20_000)
        #expect(throws: StoreError.diskFull(path: store.location)) {
            try store.importBatch(desk, by: StoreFixtures.lina, at: StoreFixtures.now)
        }
        #expect(try store.count(InboxFilter(), now: StoreFixtures.now) == 0)
        #expect(StoreError.diskFull(path: "/srv/desk.sqlite").description
                == "disk full writing /srv/desk.sqlite: nothing was written; free some space and try again")
    }
}
