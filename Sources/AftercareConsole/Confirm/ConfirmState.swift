import AftercareCore

/// A yes/no question and what the answer decides.
public struct ConfirmState: Equatable, Sendable {
    public var prompt: String
    public var action: ConfirmAction

    public init(prompt: String, action: ConfirmAction) {
        self.prompt = prompt
        self.action = action
    }
}

public enum ConfirmAction: Equatable, Sendable {
    /// A saved draft was found on opening the ticket: yes puts it back in compose.
    case restoreDraft(Draft)
    /// Throw away the compose text and its saved draft.
    case discardCompose
    /// Someone answered the ticket while the agent wrote: yes sends theirs too, on purpose.
    case sendAnyway
}
