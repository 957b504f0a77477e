// The themes shipped in Themes/*.toml, compiled in (SwiftPM resources, through the
// Theme/Shipped link to that directory) so the console works without it.

/// The themes shipped in `Themes/`, compiled in.
public enum BuiltInThemes {
    /// Names of the built-in themes.
    public static let names = ["default", "light", "high-contrast", "mono"]

    /// The TOML text of a built-in theme: `Themes/<name>.toml` as it was when built.
    public static func source(named name: String) -> String? {
        let bytes: [UInt8]? = switch name {
        case "default": PackageResources.default_toml
        case "light": PackageResources.light_toml
        case "high-contrast": PackageResources.high_contrast_toml
        case "mono": PackageResources.mono_toml
        default: nil
        }
        return bytes.map { String(decoding: $0, as: UTF8.self) }
    }

    /// A built-in theme by name.
    public static func theme(named name: String) -> Theme? {
        guard let text = source(named: name) else { return nil }
        return try? Theme.parse(text, file: "<built-in \(name)>", inheritingFrom: nil)
    }

    /// The default theme (256 colours, dark background).
    public static let `default`: Theme = theme(named: "default")!
    /// Attributes only; also the source of the no-colour fallback attributes.
    public static let mono: Theme = theme(named: "mono")!
}
