import Foundation

/// A file a command reads whole (`import FILE`, `settings import FILE`, `templates add FILE`):
/// its bytes, or `-` for standard input, with one error for one that cannot be read.
enum InputFile {
    static func data(_ path: String) throws -> Data {
        if path == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
        guard let contents = FileManager.default.contents(atPath: path) else {
            throw CLIError(description: "cannot read \(path)", exitCode: ExitCodes.unreadableFile)
        }
        return contents
    }

    /// The file as UTF-8 text; other encodings are refused rather than guessed.
    static func text(_ path: String) throws -> String {
        guard let text = String(data: try data(path), encoding: .utf8) else {
            throw CLIError(description: "\(path == "-" ? "standard input" : path) is not UTF-8 text", exitCode: ExitCodes.badData)
        }
        return text
    }

    /// How messages name it.
    static func name(_ path: String) -> String { path == "-" ? "standard input" : path }
}
