import AftercareStore
import Foundation

/// File-system side of a store: its directory, permissions, and telling our files from others.
enum StoreFiles {
    /// Creates the store's directory. On a shared server agents share the desk through a group:
    /// the directory is setgid and group-writable (2770) so files created in it keep the group.
    static func prepareDirectory(for path: String) throws {
        let dir = (path as NSString).deletingLastPathComponent
        guard !dir.isEmpty, !FileManager.default.fileExists(atPath: dir) else { return }
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        chmod(dir, 0o2770)
    }

    /// New store files are group read-write (0660); SQLite gives -wal and -shm the same mode.
    static func shareWithGroup(_ path: String) {
        chmod(path, 0o660)
    }

    /// Rejects files that are plainly not SQLite before SQLite gets to misread them.
    static func checkHeader(_ path: String) throws {
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue {
            throw StoreError.notAnAftercareStore(path: path, reason: "it is a directory")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw StoreError.notAnAftercareStore(path: path, reason: "cannot be read")
        }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        if header.isEmpty { return }  // an empty file: SQLite treats it as a new database
        guard header.starts(with: Array("SQLite format 3".utf8)) else {
            throw StoreError.notAnAftercareStore(path: path, reason: "not an SQLite database")
        }
    }
}
