/// The features' declarations merged once: who owns each command and key context, and how help
/// names them. `Command` and `KeyContext` answer from it.
enum FeatureCatalog {
    static let commands: [Command: (info: CommandInfo, owner: any FeatureCommands.Type)] = {
        var merged: [Command: (info: CommandInfo, owner: any FeatureCommands.Type)] = [:]
        for feature in Features.all {
            for info in feature.commands { merged[info.command] = (info, feature) }
        }
        return merged
    }()

    static let contexts: [KeyContext: (info: KeyContextInfo, owner: any FeatureCommands.Type)] = {
        var merged: [KeyContext: (info: KeyContextInfo, owner: any FeatureCommands.Type)] = [:]
        for feature in Features.all {
            for info in feature.keyContexts { merged[info.context] = (info, feature) }
        }
        return merged
    }()

    static func entry(_ command: Command) -> (info: CommandInfo, owner: any FeatureCommands.Type) {
        guard let entry = commands[command] else { preconditionFailure("no feature declares the command \(command.rawValue)") }
        return entry
    }

    static func entry(_ context: KeyContext) -> (info: KeyContextInfo, owner: any FeatureCommands.Type) {
        guard let entry = contexts[context] else { preconditionFailure("no feature declares the key context \(context.rawValue)") }
        return entry
    }
}

extension Command: CustomStringConvertible {
    /// One line for `?` help and the footer.
    public var description: String { FeatureCatalog.entry(self).info.description }

    /// Shown in the footer's hint line (the rest are in `?` help only).
    public var isFooterHint: Bool { FeatureCatalog.entry(self).info.isFooterHint }

    /// The feature that declares and runs this command.
    var owner: any FeatureCommands.Type { FeatureCatalog.entry(self).owner }

    /// Why this command can't run now (shown in the status line), or nil when it can.
    public func disabledReason(in state: AppState) -> String? {
        owner.disabledReason(self, in: state)
    }
}

extension KeyContext {
    /// Printable keys without a binding are inserted as text here.
    public var isText: Bool { FeatureCatalog.entry(self).info.isText }

    /// `global` bindings apply here as a fallback.
    public var inheritsGlobal: Bool { FeatureCatalog.entry(self).info.inheritsGlobal }

    /// How help and warnings name the context.
    public var title: String { FeatureCatalog.entry(self).info.title }

    /// The feature whose screen or modal this context is.
    var owner: any FeatureCommands.Type { FeatureCatalog.entry(self).owner }
}
