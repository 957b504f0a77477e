import AftercareCore
import AftercareStore
import CSQLiteConfig
import Foundation
import GRDB
import Synchronization

/// The desk's store on SQLite (`DeskStore` over GRDB): one file in WAL mode shared by every
/// agent's process, or any GRDB writer (tests use an in-memory queue).
///
/// All reads are paged or streamed; all writes are intent-named methods that run in one
/// transaction, check the ticket's version, and append to the audit trail.
public final class AppDatabase: DeskStore {
    /// The file, or a description of the in-memory writer.
    public let location: String
    /// The file on disk; nil for an in-memory store.
    public let path: String?
    let writer: any DatabaseWriter
    /// The desk settings as last read, with their version (see `currentSettings`).
    let settingsCache: Mutex<(version: Int64, settings: DeskSettings)>
    /// The shipped examples the triage classifier learns from (with the desk's corrections).
    let triageTraining: TriageTraining
    /// The classifier as last loaded, keyed by the stored model it came from.
    let classifierCache = Mutex<(key: String, classifier: CategoryClassifier)?>(nil)

    public enum OpenMode: Sendable {
        /// `init`, `seed`, `import`: create the file (and its directory) when missing.
        case createIfMissing
        /// Every other command: a missing store is an error, not a silent new empty desk.
        case mustExist
    }

    /// Opens (and if needed creates and migrates) the store file at `path`.
    public convenience init(path: String, mode: OpenMode, triage: TriageTraining = .none) throws {
        let exists = FileManager.default.fileExists(atPath: path)
        if !exists {
            guard mode == .createIfMissing else { throw StoreError.missingStore(path: path) }
            try StoreFiles.prepareDirectory(for: path)
        } else {
            try StoreFiles.checkHeader(path)
        }
        let pool: DatabasePool
        do {
            pool = try DatabasePool(path: path, configuration: Self.configuration())
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw StoreError.notAnAftercareStore(path: path, reason: "not an SQLite database")
        } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED {
            throw StoreError.locked(path: path)
        }
        try self.init(writer: pool, path: path, triage: triage)
        if !exists { StoreFiles.shareWithGroup(path) }
    }

    /// A store over any GRDB writer made with `configuration()`: migrated on the spot.
    public init(writer: any DatabaseWriter, path: String? = nil, triage: TriageTraining = .none) throws {
        self.writer = writer
        self.path = path
        triageTraining = triage
        location = path ?? "in-memory store"
        settingsCache = Mutex((version: -1, settings: .standard))
        try StoreMigrations.prepare(writer, location: location)
        _ = try refreshSettings()
    }

    /// A new empty store in memory (tests, throwaway desks).
    public static func inMemory(triage: TriageTraining = .none) throws -> AppDatabase {
        try AppDatabase(writer: DatabaseQueue(configuration: configuration()), triage: triage)
    }

    /// A store in a fresh temporary directory (tests, demos).
    public static func temporary(triage: TriageTraining = .none) throws -> AppDatabase {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("aftercare-\(UUID().uuidString)")
        return try AppDatabase(path: dir.appendingPathComponent("desk.sqlite").path, mode: .createIfMissing, triage: triage)
    }

    /// The connection settings every store connection uses. (Also applies the process-wide SQLite
    /// settings, which must come before the first connection of the process: every store opens
    /// its connections with this configuration.)
    public static func configuration() -> Configuration {
        _ = processSettings
        var config = Configuration()
        // Several agents' processes write at once: wait for the lock instead of failing
        // ("database is locked" must never reach an agent).
        config.busyMode = .timeout(lockWait)
        config.foreignKeysEnabled = true
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // The writer gets a large page cache (bulk loads touch several indexes at once); readers
            // keep a small one, so a list's memory stays flat however large the store grows.
            try db.execute(sql: db.configuration.readonly ? "PRAGMA cache_size = -4096" : "PRAGMA cache_size = -65536")
        }
        return config
    }

    /// How long a statement waits for another process's lock before it fails.
    static let lockWait: TimeInterval = 10

    /// SQLite settings for the whole process, applied once before its first connection.
    private static let processSettings: Void = {
        _ = aftercare_sqlite_disable_memory_statistics()
    }()

    /// Bytes on disk (main file plus WAL); 0 in memory.
    public func sizeOnDisk() -> Int64 {
        guard let path else { return 0 }
        return [path, path + "-wal"].reduce(0) { total, file in
            let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? NSNumber)?.int64Value ?? 0
            return total + size
        }
    }
}
