import AftercareCore
import AftercareSQLite
import AftercareStore
import AftercareTriageExamples
import Foundation

/// The composition root's one place that picks the store implementation for a location and
/// hands it what it needs from the rest of the program (the shipped triage examples). The
/// commands and the console see only `DeskStore`.
enum StoreOpening {
    typealias Mode = AppDatabase.OpenMode

    static let triage = TriageTraining(digest: ShippedTriageExamples.digest, examples: { ShippedTriageExamples.all })

    static func open(_ location: String, _ mode: Mode) throws -> any DeskStore {
        try AppDatabase(path: location, mode: mode, triage: triage)
    }
}
