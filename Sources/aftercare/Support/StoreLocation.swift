import Foundation

/// Where the desk's store is: `--store PATH`, else `$AFTERCARE_STORE`, else
/// `$XDG_DATA_HOME/aftercare/desk.sqlite` (`~/.local/share/aftercare/desk.sqlite`).
enum StoreLocation {
    static func resolve(flag: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let flag, !flag.isEmpty { return expand(flag) }
        if let env = environment["AFTERCARE_STORE"], !env.isEmpty { return expand(env) }
        return defaultPath(environment: environment)
    }

    static func defaultPath(environment: [String: String]) -> String {
        let dataHome: String
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            dataHome = xdg
        } else {
            dataHome = homeDirectory() + "/.local/share"
        }
        return dataHome + "/aftercare/desk.sqlite"
    }

    static func expand(_ path: String) -> String {
        if path == "~" { return homeDirectory() }
        if path.hasPrefix("~/") { return homeDirectory() + path.dropFirst() }
        return path
    }

    static func homeDirectory() -> String {
        if let pw = getpwuid(getuid()), let dir = pw.pointee.pw_dir { return String(cString: dir) }
        return NSHomeDirectory()
    }
}
