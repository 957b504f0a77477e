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

    /// Rejects files that are plainly not SQLite before SQLite gets to misread them. An empty
    /// file is a new store only where one may be created (`emptyIsNew`): a read command given a
    /// 0-byte file must not turn it into a store.
    static func checkHeader(_ path: String, emptyIsNew: Bool) throws {
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue {
            throw StoreError.notAnAftercareStore(path: path, reason: "it is a directory")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw StoreAccess.problem(path, writing: false)
                ?? StoreError.notAnAftercareStore(path: path, reason: "it cannot be opened for reading")
        }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        if header.isEmpty {
            if emptyIsNew { return }  // SQLite makes a new database of an empty file
            throw StoreError.notAnAftercareStore(path: path, reason: "the file is empty; `aftercare init` makes a store of it")
        }
        guard header.starts(with: Array("SQLite format 3".utf8)) else {
            throw StoreError.notAnAftercareStore(path: path, reason: "not an SQLite database")
        }
    }

    /// True when the file is missing or has no bytes (SQLite has yet to write its header).
    static func isEmpty(_ path: String) -> Bool {
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.int64Value
        return (size ?? 0) == 0
    }
}
