import AftercareStore
import Foundation
import GRDB

#if canImport(Glibc)
import Glibc
#endif

/// The one place SQLite's failures become store errors an agent can act on: "locked by another
/// process", "permission denied … you are not in group support", "disk full: nothing was
/// written". Every read and write of `AppDatabase` goes through `translating`, so no raw
/// "SQLite error 14" reaches a screen. Errors other than SQLite's pass through unchanged.
enum SQLiteFailures {
    static func translating<T>(_ location: String, writing: Bool, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DatabaseError {
            throw translate(error, location: location, writing: writing)
        }
    }

    static func translate(_ error: DatabaseError, location: String, writing: Bool) -> Error {
        let path = location
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return StoreError.locked(path: path)
        case .SQLITE_FULL:
            return StoreError.diskFull(path: path)
        case .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_AUTH:
            // A read-only connection asked to write is our bug, not the file system's.
            if error.extendedResultCode == .SQLITE_READONLY_CANTINIT || error.extendedResultCode == .SQLITE_READONLY_RECOVERY {
                return StoreError.locked(path: path)
            }
            return StoreAccess.problem(path, writing: writing)
                ?? StoreError.ioFailure(path: path, reason: reason(error))
        case .SQLITE_CORRUPT, .SQLITE_NOTADB:
            return StoreError.damaged(path: path, reason: reason(error))
        case .SQLITE_IOERR:
            // SQLite reports some writes that ran out of space as I/O errors: ask the disk.
            if isNearlyFull(path) { return StoreError.diskFull(path: path) }
            return StoreError.ioFailure(path: path, reason: reason(error))
        default:
            return error
        }
    }

    private static func reason(_ error: DatabaseError) -> String {
        error.message ?? "\(error.extendedResultCode)"
    }

    /// Less than a megabyte free (or none at all) in the store's directory.
    private static func isNearlyFull(_ path: String) -> Bool {
        let dir = (path as NSString).deletingLastPathComponent
        var info = statvfs()
        guard statvfs(dir.isEmpty ? "." : dir, &info) == 0 else { return false }
        return UInt64(info.f_bavail) * UInt64(info.f_frsize) < 1 << 20
    }
}
