import AftercareCore
import AftercareStore
import ArgumentParser
import Foundation

/// Errors of the command line itself (bad flag combinations are ArgumentParser's).
struct CLIError: Error, CustomStringConvertible {
    var description: String
    var exitCode: Int32 = 1
}

/// Exit codes scripts can rely on (README lists them).
enum ExitCodes {
    static let failure: Int32 = 1
    static let notFound: Int32 = 3
    static let storeProblem: Int32 = 4
    static let refused: Int32 = 5
    static let conflict: Int32 = 6
    static let badImportData: Int32 = 65

    /// One line for stderr and the exit code for any error a command throws.
    static func describe(_ error: Error) -> (message: String, code: Int32) {
        switch error {
        case let error as StoreError:
            switch error {
            case .unknownTicket, .unknownTemplate, .unknownCustomer, .unknownOrder: return (error.description, notFound)
            case .conflict: return (error.description, conflict)
            case .notEmpty: return (error.description, refused)
            case .importRejected: return (error.description, badImportData)
            case .missingStore, .notAnAftercareStore, .newerSchema, .locked: return (error.description, storeProblem)
            }
        case let error as DomainError:
            return (error.description, refused)
        case let error as CLIError:
            return (error.description, error.exitCode)
        default:
            return (String(describing: error), failure)
        }
    }
}
