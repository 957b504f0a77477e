import AftercareCore
import AftercareInterchange
import Foundation
import TerminalKit

/// Everything the command line prints goes through here. Customer text is untrusted: text meant
/// for people is sanitised (escape sequences, bidi overrides, zero-width characters become visible
/// placeholders); JSON output escapes them as `\uXXXX` (see `JSONLineWriter`).
enum Output {
    static func line(_ text: String = "") {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    /// A line that contains customer text.
    static func untrusted(_ text: String) {
        line(UntrustedText.sanitize(text))
    }

    /// Several lines of customer text (a message body): line breaks kept, everything else sanitised.
    static func untrustedBlock(_ text: String) {
        line(UntrustedText.sanitize(text, keepNewlines: true))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data(("aftercare: " + UntrustedText.sanitize(text, keepNewlines: true) + "\n").utf8))
    }

    static func json<T: Encodable>(_ value: T) throws {
        line(try jsonText(value))
    }

    /// JSON with every scalar that could act on a terminal or hide itself escaped (`\u009b`,
    /// `\u202e`), as the export writes them too.
    static func jsonText<T: Encodable>(_ value: T) throws -> String {
        JSONLineWriter.escapingUntrustedScalars(String(decoding: try encoder.encode(value), as: UTF8.self))
    }

    /// Text without a line end (streamed JSON).
    static func raw(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return encoder
    }()

    /// Terminal width for tables: $COLUMNS, else the tty's, else 100 (pipes and files).
    static func width() -> Int {
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 20 { return columns }
        var size = winsize()
        if isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 20 { return Int(size.ws_col) }
        return 100
    }
}
