import AftercareCore
import AftercareStore
import GRDB

extension AppDatabase {
    public func setting(_ key: DeskSetting) throws -> String? {
        try writer.read { try String.fetchOne($0, sql: "SELECT value FROM setting WHERE key = ?", arguments: [key.rawValue]) }
    }

    public func setSetting(_ key: DeskSetting, _ value: String) throws {
        try writer.write {
            try $0.execute(sql: "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                           arguments: [key.rawValue, value])
        }
    }
}
