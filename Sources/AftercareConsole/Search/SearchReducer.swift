/// The `/` line's part of `reduce`. Its text is `InboxState.search`, part of the inbox's query,
/// so it is kept when the line closes.
extension AppState {
    /// The search text changed: a new query generation, loaded from the top. Results of older
    /// queries are dropped when they arrive.
    mutating func searchChanged() -> [Effect] {
        inbox.generation += 1
        inbox.pending = nil
        return [inboxReload(placement: .replace)].compactMap { $0 }
    }

    mutating func typeSearch(_ text: String) -> [Effect] {
        inbox.search.insert(text)
        return searchChanged()
    }

    mutating func editSearch(_ edit: TextEdit) -> [Effect] {
        let before = inbox.search.text
        inbox.search.apply(edit, width: size.columns)
        return inbox.search.text == before ? [] : searchChanged()
    }

    /// Esc: closes the line and drops the search.
    mutating func cancelSearch() -> [Effect] {
        modal = nil
        guard !inbox.search.isEmpty else { return [] }
        inbox.search.clear()
        return searchChanged()
    }
}
