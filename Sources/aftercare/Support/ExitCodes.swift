import AftercareStore
import Foundation

/// Errors of the command line itself (bad flag combinations are ArgumentParser's).
struct CLIError: Error, CustomStringConvertible {
    var description: String
    var exitCode: Int32 = ExitCodes.failure
}

/// Every exit code the command line uses, in one place (README lists them; the sysexits.h
/// values are the ones mail systems and scripts already understand).
enum ExitCodes {
    static let success: Int32 = 0
    static let failure: Int32 = 1
    /// The console cannot run on this terminal (none, TERM=dumb or unknown, not UTF-8).
    static let unusableTerminal: Int32 = 2
    static let notFound: Int32 = 3
    static let storeProblem: Int32 = 4
    static let refused: Int32 = 5
    static let conflict: Int32 = 6
    /// EX_USAGE: a bad flag or argument.
    static let usage: Int32 = 64
    /// EX_DATAERR: bad import data, a bad template or settings file.
    static let badData: Int32 = 65
    /// EX_NOINPUT: a file that cannot be read.
    static let unreadableFile: Int32 = 66
    /// EX_CANTCREAT: an output file that cannot be written.
    static let cannotWrite: Int32 = 73
    /// EX_IOERR: the disk is full or failed while writing the store (nothing was written).
    static let storageFailure: Int32 = 74
    /// EX_NOPERM: this account may not read or write the store's files.
    static let noPermission: Int32 = 77
    /// EX_CONFIG: a configuration file (keys, theme, triage rules) that is wrong.
    static let badConfiguration: Int32 = 78
    /// After signal N the console exits with 128 + N, as shells report it.
    static func signal(_ number: Int32) -> Int32 { 128 + number }

    static func code(for kind: FailureKind) -> Int32 {
        switch kind {
        case .notFound: notFound
        case .storeUnavailable: storeProblem
        case .noPermission: noPermission
        case .storageFailure: storageFailure
        case .refused: refused
        case .conflict: conflict
        case .badData: badData
        case .unexpected: failure
        }
    }

    /// One line for stderr and the exit code for any error a command throws.
    static func describe(_ error: Error) -> (message: String, code: Int32) {
        if let error = error as? CLIError { return (error.description, error.exitCode) }
        let failure = Failure(error)
        return (failure.message, code(for: failure.kind))
    }
}
