import AftercareCore

/// How the rows of a page request join the window.
public enum PagePlacement: Hashable, Sendable {
    /// A new query: the rows replace the window.
    case replace
    /// The page after the window.
    case append
    /// The page before the window.
    case prepend
    /// The window reloaded in place (someone changed something): keep the row with this id selected.
    case refresh(keepSelected: Int64?)
}

/// An inbox page load, as an effect and as the tag on its result.
public struct PageRequest: Hashable, Sendable {
    public var filter: InboxFilter
    public var cursor: InboxCursor?
    public var limit: Int
    public var placement: PagePlacement
    public var generation: Int

    public init(filter: InboxFilter, cursor: InboxCursor?, limit: Int, placement: PagePlacement, generation: Int) {
        self.filter = filter
        self.cursor = cursor
        self.limit = limit
        self.placement = placement
        self.generation = generation
    }
}
