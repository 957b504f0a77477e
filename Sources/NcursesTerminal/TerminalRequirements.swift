import CNcursesw
import Foundation

/// Why the console cannot start on this terminal. Each reads as one line.
public enum TerminalRequirementError: Error, Equatable, CustomStringConvertible {
    case notATerminal
    case nonUTF8Locale(String)
    case noTerm
    case dumbTerm
    case unknownTerm(String)
    case unusableTerm(String)

    public var description: String {
        switch self {
        case .notATerminal: "the console needs a terminal (stdin and stdout are not a tty); use the subcommands (aftercare --help) in scripts"
        case let .nonUTF8Locale(codeset): "the console needs a UTF-8 locale (this one is \(codeset)); try LANG=C.UTF-8"
        case .noTerm: "TERM is not set; set it to your terminal type, e.g. TERM=xterm-256color"
        case .dumbTerm: "TERM=dumb cannot draw the console; use a full terminal or the subcommands (aftercare --help)"
        case let .unknownTerm(term): "unknown terminal type TERM=\(term) (no terminfo entry); try TERM=xterm-256color"
        case let .unusableTerm(term): "TERM=\(term) cannot move the cursor, so the console cannot draw on it"
        }
    }
}

/// Checks made before ncurses is started: `initscr` would exit the process on an unknown TERM
/// and draw garbage on a dumb one, so each case is caught here with a clear message instead.
public enum TerminalRequirements {
    public static func check(environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw TerminalRequirementError.notATerminal }
        setlocale(LC_ALL, "")
        let codeset = String(cString: aftercare_codeset())
        guard codeset.uppercased().replacingOccurrences(of: "-", with: "") == "UTF8" else {
            throw TerminalRequirementError.nonUTF8Locale(codeset)
        }
        guard let term = environment["TERM"], !term.isEmpty else { throw TerminalRequirementError.noTerm }
        guard term != "dumb" else { throw TerminalRequirementError.dumbTerm }
        var status: Int32 = 0
        guard setupterm(term, STDOUT_FILENO, &status) == OK, status == 1 else { throw TerminalRequirementError.unknownTerm(term) }
        defer { aftercare_free_curterm() }
        let cup = tigetstr("cup")
        // tigetstr returns (char *)-1 for "not a string capability" and NULL for "absent".
        guard let cup, Int(bitPattern: cup) != -1 else { throw TerminalRequirementError.unusableTerm(term) }
    }
}
