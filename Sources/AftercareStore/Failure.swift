import AftercareCore
import Foundation

/// What went wrong, in the terms both the command line (its exit code) and the console (its
/// status line, whether to reload) act on. Every error a store call or a domain rule throws
/// falls into one of these, through `Failure(error)`, so the two front ends never disagree.
public enum FailureKind: Sendable, Hashable {
    /// No such ticket, customer, order or template.
    case notFound
    /// The store is missing, not an Aftercare store, of another release's schema, damaged, or
    /// stayed locked.
    case storeUnavailable
    /// The file system keeps this account from the store.
    case noPermission
    /// The disk is full or failed: nothing was written.
    case storageFailure
    /// A rule refused the change (invalid status move, value out of range, unfillable placeholder).
    case refused
    /// Someone else changed the ticket since it was read.
    case conflict
    /// Records offered for import were rejected (every bad line is named).
    case badData
    /// Anything else: a bug or an environment problem, reported as it is.
    case unexpected
}

/// An error as one line an agent can act on, and its kind.
public struct Failure: Error, Sendable, Hashable, CustomStringConvertible {
    public var kind: FailureKind
    public var message: String

    public init(kind: FailureKind, message: String) {
        self.kind = kind
        self.message = message
    }

    public init(_ error: Error) {
        switch error {
        case let failure as Failure:
            self = failure
        case let error as StoreError:
            self.init(kind: error.kind, message: error.description)
        case let error as DomainError:
            self.init(kind: .refused, message: error.description)
        default:
            self.init(kind: .unexpected, message: String(describing: error))
        }
    }

    public var description: String { message }
}

extension StoreError {
    public var kind: FailureKind {
        switch self {
        case .unknownTicket, .unknownTemplate, .unknownCustomer, .unknownOrder: .notFound
        case .conflict, .settingsConflict, .answeredMeanwhile: .conflict
        case .notEmpty: .refused
        case .importRejected: .badData
        case .missingStore, .notAnAftercareStore, .newerSchema, .needsUpgrade, .locked, .damaged, .unreadableSettings, .unreadableRecord:
            .storeUnavailable
        case .permissionDenied: .noPermission
        case .diskFull, .ioFailure: .storageFailure
        case .openedForReading: .unexpected
        }
    }
}
