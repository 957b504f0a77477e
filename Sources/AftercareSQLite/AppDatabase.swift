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
    /// Read-only connections for reads, one writer opened on the first write.
    let connections: StoreConnections
    /// The desk settings as last read, with their version (see `currentSettings`).
    let settingsCache: Mutex<(version: Int64, settings: DeskSettings)>
    /// The shipped examples the triage classifier learns from (with the desk's corrections).
    let triageTraining: TriageTraining
    /// The classifier as last loaded, keyed by the stored model it came from.
    let classifierCache = Mutex<(key: String, classifier: CategoryClassifier)?>(nil)

    public enum OpenMode: Sendable {
        /// `init`, `seed`, `import`: create the file (and its directory) when missing.
        case createIfMissing
        /// Commands that write, and the console: a missing or empty file is an error, not a
        /// silent new desk; a store of an earlier release is upgraded.
        case mustExist
        /// Commands that only read: the store is never created, upgraded or changed, and opening
        /// it takes no lock (reads go on during another process's write).
        case readOnly
    }

    /// Opens (and, as `mode` allows, creates and migrates) the store file at `path`.
    public convenience init(path: String, mode: OpenMode, triage: TriageTraining = .none) throws {
        let exists = FileManager.default.fileExists(atPath: path)
        if !exists {
            // A directory this account may not enter hides the file: say so, not "no store".
            if let blocked = StoreAccess.unreachable(path) { throw blocked }
            guard mode == .createIfMissing else { throw StoreError.missingStore(path: path) }
            try StoreFiles.prepareDirectory(for: path)
        } else {
            try StoreFiles.checkHeader(path, emptyIsNew: mode == .createIfMissing)
        }
        let connections = StoreConnections(path: path, writable: mode != .readOnly)
        try self.init(connections: connections, path: path, mayMigrate: mode != .readOnly, triage: triage)
        if !exists { StoreFiles.shareWithGroup(path) }
    }

    /// A store over any GRDB writer made with `configuration()`: migrated on the spot.
    public convenience init(writer: any DatabaseWriter, path: String? = nil, triage: TriageTraining = .none) throws {
        try self.init(connections: StoreConnections(fixed: writer), path: path, mayMigrate: true, triage: triage)
    }

    private init(connections: StoreConnections, path: String?, mayMigrate: Bool, triage: TriageTraining) throws {
        self.connections = connections
        self.path = path
        triageTraining = triage
        location = path ?? "in-memory store"
        settingsCache = Mutex((version: -1, settings: .standard))
        try StoreMigrations.prepare(self, mayMigrate: mayMigrate)
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

    // MARK: Reading and writing

    /// The writer connection (opened on first use); tests reach the file through it.
    var writer: any DatabaseWriter {
        get throws { try connections.writer() }
    }

    /// Runs `body` in a read transaction on a read-only connection. SQLite's failures come back
    /// as `StoreError`s that say what is wrong with the store (see `SQLiteFailures`).
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try SQLiteFailures.translating(location, writing: false) { try connections.reader().read(body) }
    }

    /// Runs `body` in one write transaction on the writer connection.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        try SQLiteFailures.translating(location, writing: true) { try connections.writer().write(body) }
    }

    /// Runs `body` on the writer connection outside a transaction (it manages its own).
    func writeWithoutTransaction<T>(_ body: (Database) throws -> T) throws -> T {
        try SQLiteFailures.translating(location, writing: true) { try connections.writer().writeWithoutTransaction(body) }
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
