import GRDB

/// Desk-wide settings kept in the store, so every agent's process agrees on them.
public enum DeskSetting: String, Sendable {
    /// The shop's name as replies sign it (`{{shop.name}}`).
    case shopName = "shop_name"
}

extension AppDatabase {
    public func setting(_ key: DeskSetting) throws -> String? {
        try pool.read { try String.fetchOne($0, sql: "SELECT value FROM setting WHERE key = ?", arguments: [key.rawValue]) }
    }

    public func setSetting(_ key: DeskSetting, _ value: String) throws {
        try pool.write {
            try $0.execute(sql: "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                           arguments: [key.rawValue, value])
        }
    }
}
