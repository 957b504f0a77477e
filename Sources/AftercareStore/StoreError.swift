import AftercareCore
import Foundation

/// Errors the store reports. Each `description` is one line an agent can act on.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    case missingStore(path: String)
    case notAnAftercareStore(path: String, reason: String)
    case newerSchema(path: String, unknownMigrations: [String])
    case unknownTicket(Int64)
    case unknownCustomer(String)
    case unknownOrder(String)
    case unknownTemplate(name: String, language: Language?)
    /// The ticket changed since the caller read it (version `expected`, now `actual`).
    case conflict(ticketId: Int64, expected: Int64, actual: Int64, changedBy: String?, changedAt: Date?)
    /// Someone answered (or changed the status of) the ticket after the agent started writing;
    /// nothing was sent (see `WriteGuard.unansweredSince`).
    case answeredMeanwhile(ticketId: Int64, changes: [MeanwhileChange])
    case importRejected(lines: [String])
    case locked(path: String)
    case notEmpty(path: String, tickets: Int)
    /// Someone saved the desk settings since the caller read them.
    case settingsConflict(expected: Int64, actual: Int64, changedBy: String?, changedAt: Date?)
    /// A stored record does not read back (a store edited by hand, or damaged).
    case unreadableRecord(record: String, reason: String)
    /// The stored settings text cannot be read (a store edited by hand).
    case unreadableSettings(version: Int64, reason: String)
    /// A store of an earlier release, opened by a command that only reads (it never upgrades).
    case needsUpgrade(path: String)
    /// The file system keeps this account from the store's files; `reason` says which and why.
    case permissionDenied(path: String, reason: String)
    /// The disk (or the account's quota) is full: the write was rolled back whole.
    case diskFull(path: String)
    /// SQLite found the file damaged.
    case damaged(path: String, reason: String)
    /// Reading or writing the file failed at the operating system.
    case ioFailure(path: String, reason: String)
    /// A write was attempted on a store opened for reading only (a bug in the command).
    case openedForReading(path: String)

    public var description: String {
        switch self {
        case let .missingStore(path):
            return "no store at \(path) (run `aftercare init` or `aftercare seed` first, or pass --store)"
        case let .notAnAftercareStore(path, reason):
            return "\(path) is not an Aftercare store (\(reason))"
        case let .newerSchema(path, unknown):
            return "\(path) was written by a newer Aftercare (unknown migrations: \(unknown.joined(separator: ", ")))"
        case let .unknownTicket(id):
            return "no ticket #\(id)"
        case let .unknownCustomer(id):
            return "no customer with id \(id)"
        case let .unknownOrder(id):
            return "no order with id \(id)"
        case let .unknownTemplate(name, language):
            return "no template named '\(name)'" + (language.map { " in \($0.rawValue)" } ?? "")
        case let .conflict(id, expected, actual, by, at):
            var who = ""
            if let by { who += " by \(by)" }
            if let at { who += " at \(ISO8601DateFormatter().string(from: at))" }
            return "ticket #\(id) was changed\(who) since you read it (version \(expected) → \(actual)); reload and try again"
        case let .answeredMeanwhile(id, changes):
            let what = changes.prefix(3).map(\.summary).joined(separator: ", ") + (changes.count > 3 ? " and more" : "")
            return "ticket #\(id) changed since you started writing: \(what); nothing sent, your text is kept"
        case let .importRejected(lines):
            return "import rejected, nothing written:\n" + lines.joined(separator: "\n")
        case let .notEmpty(path, tickets):
            return "\(path) already has \(tickets) tickets; seed a new store (--store PATH)"
        case let .settingsConflict(expected, actual, by, at):
            var who = ""
            if let by { who += " by \(by)" }
            if let at { who += " at \(ISO8601DateFormatter().string(from: at))" }
            return "the desk settings were changed\(who) since you read them (version \(expected) → \(actual)); nothing saved, start again from the current settings"
        case let .unreadableRecord(record, reason):
            return "\(record) in the store cannot be read (\(reason)); restore it from an export or a backup"
        case let .unreadableSettings(version, reason):
            return "the stored desk settings (version \(version)) cannot be read: \(reason)"
        case let .locked(path):
            return "\(path) is busy: another process held its write lock too long; nothing was written, try again"
        case let .needsUpgrade(path):
            return "\(path) was made by an earlier Aftercare and needs upgrading: run `aftercare init --store \(path)` "
                + "(about 40 s per million tickets; other agents' writes wait meanwhile)"
        case let .permissionDenied(path, reason):
            return "permission denied on \(path): \(reason)"
        case let .diskFull(path):
            return "disk full writing \(path): nothing was written; free some space and try again"
        case let .damaged(path, reason):
            return "\(path) is damaged (\(reason)); restore it from a backup or an export"
        case let .ioFailure(path, reason):
            return "could not use \(path): \(reason)"
        case let .openedForReading(path):
            return "internal error: \(path) was opened for reading only and cannot take this change"
        }
    }
}
