import AftercareCore
import AftercareSQLite
import AftercareStore
import Foundation

/// The composition root's one place that picks the store implementation for a location. The
/// commands and the console see only `DeskStore`.
enum StoreOpening {
    typealias Mode = AppDatabase.OpenMode

    static func open(_ location: String, _ mode: Mode) throws -> any DeskStore {
        try AppDatabase(path: location, mode: mode)
    }
}
