import AftercareStore
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Says why this Unix account may not use the store's files, in the terms an agent can take to
/// whoever runs the server: which group to join, which mode to set. On a shared server agents
/// share a desk through a group (see `StoreFiles.prepareDirectory`), so "not in the group" is the
/// usual answer.
enum StoreAccess {
    /// The first permission problem that keeps this process from reading (or, when `writing`,
    /// writing) the store at `path`; nil when the file system allows it.
    static func problem(_ path: String, writing: Bool) -> StoreError? {
        let dir = directory(of: path)
        if let blocked = unreachable(path) { return blocked }
        if exists(path), access(path, writing ? R_OK | W_OK : R_OK) != 0 {
            return denied(path, explain(path, kind: "file", need: writing ? "write" : "read", bits: writing ? "rw" : "r"))
        }
        // In WAL mode readers too write the shared-memory index (-shm), and writers the -wal.
        for side in [path + "-shm", path + "-wal"] where exists(side) {
            let reading = side.hasSuffix("-wal") && !writing
            if access(side, reading ? R_OK : R_OK | W_OK) != 0 {
                return denied(path, explain(side, kind: "file", need: reading ? "read" : "write", bits: reading ? "r" : "rw"))
            }
        }
        if writing || !exists(path + "-shm"), access(dir, W_OK) != 0 {
            return denied(path, explain(dir, kind: "directory", need: "create files in", bits: "w"))
        }
        return nil
    }

    /// A directory on the way to `path` this account may not enter (the file then looks missing).
    static func unreachable(_ path: String) -> StoreError? {
        guard let blocked = firstUnsearchableDirectory(on: directory(of: path)) else { return nil }
        return denied(path, explain(blocked, kind: "directory", need: "enter", bits: "x"))
    }

    private static func denied(_ path: String, _ reason: String) -> StoreError {
        .permissionDenied(path: path, reason: reason)
    }

    private static func directory(of path: String) -> String {
        let dir = (path as NSString).deletingLastPathComponent
        return dir.isEmpty ? "." : dir
    }

    private static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }

    private static func firstUnsearchableDirectory(on dir: String) -> String? {
        var prefix = dir.hasPrefix("/") ? "" : "."
        for part in dir.split(separator: "/") {
            prefix += "/" + part
            // A directory yet to be made is not a permission problem (`init` creates it).
            if access(prefix, X_OK) != 0 { return errno == EACCES ? prefix : nil }
        }
        return nil
    }

    /// "the directory D (alice:support, mode 2750) may not be written by its group" and what to do.
    private static func explain(_ object: String, kind: String, need: String, bits: String) -> String {
        var info = stat()
        guard stat(object, &info) == 0 else { return "cannot \(need) the \(kind) \(object)" }
        let owner = userName(info.st_uid)
        let group = groupName(info.st_gid)
        let mode = String(info.st_mode & 0o7777, radix: 8)
        let me = userName(geteuid())
        let described = "the \(kind) \(object) (\(owner):\(group), mode \(mode.count < 4 ? "0" + mode : mode))"
        if info.st_uid == geteuid() {
            return "\(described) does not let its owner \(need) it; run `chmod u+\(bits) \(object)`"
        }
        let groupGrants = bits.allSatisfy { bit in info.st_mode & groupBit(bit) != 0 }
        if memberOfGroup(info.st_gid) || !groupGrants {
            return "\(described) does not let its group \(need) it; ask \(owner) to share it with a group you (\(me)) are in: "
                + "`chgrp GROUP \(object) && chmod g+\(bits) \(object)`"
        }
        return "you (\(me)) are not in group \(group), which \(described) belongs to; "
            + "ask an admin to run `sudo usermod -aG \(group) \(me)`, then log in again"
    }

    private static func groupBit(_ bit: Character) -> mode_t {
        switch bit {
        case "r": 0o040
        case "w": 0o020
        default: 0o010
        }
    }

    private static func memberOfGroup(_ gid: gid_t) -> Bool {
        if getegid() == gid { return true }
        let count = getgroups(0, nil)
        guard count > 0 else { return false }
        var groups = [gid_t](repeating: 0, count: Int(count))
        let filled = getgroups(count, &groups)
        return groups.prefix(Int(max(filled, 0))).contains(gid)
    }

    private static func userName(_ uid: uid_t) -> String {
        if let entry = getpwuid(uid), let name = entry.pointee.pw_name { return String(cString: name) }
        return String(uid)
    }

    private static func groupName(_ gid: gid_t) -> String {
        if let entry = getgrgid(gid), let name = entry.pointee.gr_name { return String(cString: name) }
        return String(gid)
    }
}
