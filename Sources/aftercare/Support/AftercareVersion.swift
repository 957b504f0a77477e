/// The version `aftercare --version` prints and the man page carries.
enum AftercareVersion {
    static let current = "0.7.0"
}
