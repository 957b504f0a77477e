import AftercareCore
@testable import AftercareSQLite
import AftercareStore
import Foundation
import StoreTestSupport

extension StoreFixtures {
    /// The small desk in a store file of its own.
    static func seededStore() throws -> AppDatabase {
        let store = try AppDatabase.temporary()
        _ = try store.importBatch(smallDesk(), by: lina, at: now)
        return store
    }
}
