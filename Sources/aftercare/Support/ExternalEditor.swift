import Foundation

/// Runs the agent's editor ($VISUAL, else $EDITOR, else vi) on a private temporary file.
/// The file is created 0600 (replies hold customer data) and removed afterwards, whatever happens.
enum ExternalEditor {
    static func edit(_ seed: String, suffix: String) throws -> String {
        let environment = ProcessInfo.processInfo.environment
        let editor = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty } ?? "vi"
        var template = Array((FileManager.default.temporaryDirectory.path + "/aftercare-XXXXXX" + suffix).utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemps($0.baseAddress!, Int32(suffix.utf8.count)) }
        guard fd >= 0 else { throw CLIError(description: "cannot create a temporary file for the editor") }
        let path = String(cString: template)
        defer { unlink(path) }
        fchmod(fd, 0o600)
        let data = Data(seed.utf8)
        _ = data.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        // The editor string may carry flags ("code -w", "vim -u NONE"): let the shell split it.
        process.arguments = ["-c", editor + " \"$1\"", "aftercare-editor", path]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CLIError(description: "the editor (\(editor)) exited with status \(process.terminationStatus); nothing saved")
        }
        guard let edited = FileManager.default.contents(atPath: path).flatMap({ String(data: $0, encoding: .utf8) }) else {
            throw CLIError(description: "the edited file is not UTF-8 text; nothing saved")
        }
        return edited
    }
}
