import Foundation
import Testing

/// The binary refuses terminals it cannot draw on with one clear line, and exits non-zero.
@Suite(.enabled(if: TmuxSession.isAvailable)) struct TerminalRequirementsEndToEndTests {
    static let binary: String = {
        var dir = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("aftercare").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return ".build/debug/aftercare"
    }()

    @Test func unknownAndDumbTermsAreRefusedClearly() throws {
        for (term, expected) in [("dumb", "TERM=dumb cannot draw"), ("no-such-terminal-xyz", "unknown terminal type TERM=no-such-terminal-xyz")] {
            let session = try TmuxSession(columns: 100, rows: 10, command: [Self.binary, "console-check"], environment: ["TERM": term])
            let screen = try session.wait(for: "[exited", seconds: 10)
            #expect(screen.contains(expected), "\(screen)")
            #expect(!screen.contains("[exited 0]"))
        }
    }
}
