/// The person at the keyboard. Their identity comes from the Unix account that runs the
/// process (never from `$USER`, which anyone can set); the caller resolves it and passes it in.
public struct Agent: Codable, Sendable, Hashable {
    public var login: String
    public var displayName: String

    public init(login: String, displayName: String? = nil) {
        self.login = login
        self.displayName = displayName ?? login
    }
}
