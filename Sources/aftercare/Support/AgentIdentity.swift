import AftercareCore
import Foundation

/// The agent is the Unix account running the process, read from the password database.
/// `$USER` is not consulted: anyone can set it, and the audit trail must say who really acted.
enum AgentIdentity {
    static func current() -> Agent {
        guard let pw = getpwuid(getuid()) else { return Agent(login: "uid\(getuid())") }
        let login = String(cString: pw.pointee.pw_name)
        var display = login
        if let gecos = pw.pointee.pw_gecos {
            let full = String(cString: gecos).split(separator: ",", omittingEmptySubsequences: false).first.map(String.init) ?? ""
            if !full.trimmingCharacters(in: .whitespaces).isEmpty { display = full }
        }
        return Agent(login: login, displayName: display)
    }
}
