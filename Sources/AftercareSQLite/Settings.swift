import AftercareCore
import AftercareSettingsFile
import AftercareStore
import Foundation
import GRDB

/// The desk settings in the store: `desk_settings` holds every version's canonical text (the
/// settings file's form), `settings_audit` every changed key. A process keeps the version it
/// last read and checks it inside each transaction (one index lookup), so every write uses the
/// settings every other agent's process uses.
extension AppDatabase {
    public var settings: DeskSettings { settingsCache.withLock { $0.settings } }

    public func refreshSettings() throws -> DeskSettings {
        try read { try currentSettings($0) }
    }

    public func settingsVersion() throws -> Int64 {
        try read { try Self.latestSettingsVersion($0) }
    }

    /// The settings as of `db`'s transaction, from the cache when its version is current.
    func currentSettings(_ db: Database) throws -> DeskSettings {
        let version = try Self.latestSettingsVersion(db)
        if let cached = settingsCache.withLock({ $0.version == version ? $0.settings : nil }) { return cached }
        let settings = try Self.readSettings(db, version: version)
        settingsCache.withLock { $0 = (version, settings) }
        return settings
    }

    static func latestSettingsVersion(_ db: Database) throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT max(version) FROM desk_settings") ?? 0
    }

    /// The latest stored settings, read without a store (migrations).
    static func storedSettings(_ db: Database) throws -> DeskSettings {
        try readSettings(db, version: try latestSettingsVersion(db))
    }

    private static func readSettings(_ db: Database, version: Int64) throws -> DeskSettings {
        guard version > 0 else { return .standard }
        let body = try String.fetchOne(db, sql: "SELECT body FROM desk_settings WHERE version = ?", arguments: [version]) ?? ""
        switch SettingsFile.parse(body) {
        case let .success(settings): return settings
        case let .failure(error): throw StoreError.unreadableSettings(version: version, reason: error.description)
        }
    }

    @discardableResult
    public func saveSettings(_ new: DeskSettings, expectedVersion: Int64?, by agent: Agent, at now: Date) throws -> SettingsSaved {
        let saved = try write { db -> (SettingsSaved, DeskSettings, Int64) in
            let version = try Self.latestSettingsVersion(db)
            if let expectedVersion, expectedVersion != version {
                let last = try Row.fetchOne(db, sql: "SELECT changed_by, changed_at FROM desk_settings WHERE version = ?", arguments: [version])
                throw StoreError.settingsConflict(expected: expectedVersion, actual: version, changedBy: last?["changed_by"],
                                                  changedAt: TicketRow.date(last?["changed_at"]))
            }
            let old = try currentSettings(db)
            let differences = SettingsFile.differences(from: old, to: new)
            guard !differences.isEmpty else { return (SettingsSaved(revision: nil, reorderedTickets: 0), old, version) }
            let next = version + 1
            try db.execute(sql: "INSERT INTO desk_settings (version, body, changed_by, changed_at) VALUES (?, ?, ?, ?)",
                           arguments: [next, SettingsFile.render(new), agent.login, TicketRow.seconds(now)])
            let audit = try db.cachedStatement(sql: """
                INSERT INTO settings_audit (version, agent, at, key, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?)
                """)
            for change in differences {
                try audit.execute(arguments: [next, agent.login, TicketRow.seconds(now), change.key, change.old, change.new])
            }
            let reordered = new.changesInboxOrder(comparedTo: old) ? try InboxReorder.recompute(db, policy: new.sla) : 0
            let revision = SettingsRevision(version: next, agent: agent.login, at: now,
                                            changes: differences.map { SettingsChange(key: $0.key, old: $0.old, new: $0.new) })
            return (SettingsSaved(revision: revision, reorderedTickets: reordered), new, next)
        }
        settingsCache.withLock { $0 = (saved.2, saved.1) }
        return saved.0
    }

    public func settingsHistory(limit: Int) throws -> [SettingsRevision] {
        try read { db in
            let versions = try Row.fetchAll(db, sql: """
                SELECT version, changed_by, changed_at FROM desk_settings ORDER BY version DESC LIMIT ?
                """, arguments: [limit])
            return try versions.map { row in
                let version: Int64 = row["version"]
                let changes = try Row.fetchAll(db, sql: """
                    SELECT key, old_value, new_value FROM settings_audit WHERE version = ? ORDER BY id
                    """, arguments: [version]).map { SettingsChange(key: $0["key"], old: $0["old_value"], new: $0["new_value"]) }
                return SettingsRevision(version: version, agent: row["changed_by"], at: TicketRow.date(row["changed_at"])!, changes: changes)
            }
        }
    }
}
