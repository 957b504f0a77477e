import AftercareCore
import CSQLiteConfig
import Foundation
import GRDB

/// The desk's store: one SQLite file in WAL mode, shared by every agent's process.
///
/// All reads are paged or streamed; all writes are intent-named methods that run in one
/// transaction, check the ticket's version, and append to the audit trail.
public final class AppDatabase: Sendable {
    public let path: String
    let pool: DatabasePool
    /// Rules the store applies while writing (SLA due times feed the inbox order; tiers feed rows).
    public let rules: DeskRules

    public enum OpenMode: Sendable {
        /// `init`, `seed`, `import`: create the file (and its directory) when missing.
        case createIfMissing
        /// Every other command: a missing store is an error, not a silent new empty desk.
        case mustExist
    }

    /// Opens (and if needed creates and migrates) the store at `path`.
    public init(path: String, mode: OpenMode, rules: DeskRules = .standard) throws {
        self.path = path
        self.rules = rules
        _ = Self.processSettings
        let exists = FileManager.default.fileExists(atPath: path)
        if !exists {
            guard mode == .createIfMissing else { throw StoreError.missingStore(path: path) }
            try StoreFiles.prepareDirectory(for: path)
        } else {
            try StoreFiles.checkHeader(path)
        }

        var config = Configuration()
        // Several agents' processes write at once: wait for the lock instead of failing
        // ("database is locked" must never reach an agent).
        config.busyMode = .timeout(Self.lockWait)
        config.foreignKeysEnabled = true
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // The writer gets a large page cache (bulk loads touch several indexes at once); readers
            // keep a small one, so a list's memory stays flat however large the store grows.
            try db.execute(sql: db.configuration.readonly ? "PRAGMA cache_size = -4096" : "PRAGMA cache_size = -65536")
        }
        do {
            pool = try DatabasePool(path: path, configuration: config)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw StoreError.notAnAftercareStore(path: path, reason: "not an SQLite database")
        } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED {
            throw StoreError.locked(path: path)
        }
        try pool.writeWithoutTransaction { db in
            try db.inTransaction(.immediate) {
                let appID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                let tableCount = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
                if appID != StoreMigrations.applicationID && tableCount > 0 {
                    throw StoreError.notAnAftercareStore(path: path, reason: "it holds other tables")
                }
                try StoreMigrations.migrate(db)
                let unknown = try StoreMigrations.unknownMigrations(db)
                if !unknown.isEmpty { throw StoreError.newerSchema(path: path, unknownMigrations: unknown) }
                return .commit
            }
        }
        if !exists { StoreFiles.shareWithGroup(path) }
    }

    /// How long a statement waits for another process's lock before it fails.
    static let lockWait: TimeInterval = 10

    /// SQLite settings for the whole process, applied once before its first connection.
    private static let processSettings: Void = {
        _ = aftercare_sqlite_disable_memory_statistics()
    }()

    /// A store in a fresh temporary directory (tests, demos).
    public static func temporary(rules: DeskRules = .standard) throws -> AppDatabase {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("aftercare-\(UUID().uuidString)")
        return try AppDatabase(path: dir.appendingPathComponent("desk.sqlite").path, mode: .createIfMissing, rules: rules)
    }

    /// Bytes on disk (main file plus WAL).
    public func sizeOnDisk() -> Int64 {
        [path, path + "-wal"].reduce(0) { total, file in
            let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? NSNumber)?.int64Value ?? 0
            return total + size
        }
    }
}

/// The domain rules the store needs while writing.
public struct DeskRules: Sendable, Hashable {
    public var sla: SLAPolicy
    public var loyalty: LoyaltyProgram
    public var triage: TriageRules

    public init(sla: SLAPolicy, loyalty: LoyaltyProgram, triage: TriageRules) {
        self.sla = sla
        self.loyalty = loyalty
        self.triage = triage
    }

    public static let standard = DeskRules(sla: .standard, loyalty: .standard, triage: .standard)
}
