import AftercareCore

/// One count for the status bar.
public struct CountRequest: Hashable, Sendable {
    public var view: InboxView
    public var filter: InboxFilter

    public init(view: InboxView, filter: InboxFilter) {
        self.view = view
        self.filter = filter
    }
}
