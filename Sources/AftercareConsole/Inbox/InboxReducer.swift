import AftercareCore
import Foundation

/// The inbox's part of `reduce`: the loaded window of pages, the highlight, views, bulk selection.
extension AppState {
    /// The counts shown in the status bar (plus the current view's).
    func countRequests() -> [CountRequest] {
        var views = InboxView.counted
        if !views.contains(inbox.view) { views.append(inbox.view) }
        return views.map { CountRequest(view: $0, filter: $0.filter(for: agent)) }
    }

    /// A page load for the current query at the current generation. `.replace` starts at the top;
    /// `.refresh` reloads the window in place; `.append`/`.prepend` extend it (nil when there is
    /// nothing more that way or a load is already out).
    mutating func inboxReload(placement: PagePlacement) -> Effect? {
        let filter = inbox.filter(for: agent)
        let request: PageRequest
        switch placement {
        case .replace:
            request = PageRequest(filter: filter, cursor: nil, limit: InboxState.pageSize, placement: .replace, generation: inbox.generation)
        case .refresh:
            let limit = min(max(inbox.rows.count, InboxState.pageSize), InboxState.pageSize * InboxState.maxPages)
            request = PageRequest(filter: filter, cursor: inbox.pages.first?.start ?? nil, limit: limit, placement: placement, generation: inbox.generation)
        case .append:
            guard inbox.pending == nil, let next = inbox.nextCursor else { return nil }
            request = PageRequest(filter: filter, cursor: next, limit: InboxState.pageSize, placement: .append, generation: inbox.generation)
        case .prepend:
            guard inbox.pending == nil, let start = inbox.earlierPages.last else { return nil }
            request = PageRequest(filter: filter, cursor: start, limit: InboxState.pageSize, placement: .prepend, generation: inbox.generation)
        }
        inbox.pending = request
        return .loadInboxPage(request)
    }

    /// j/k, PgDn/PgUp, g/G in the list (also while the search line is open). `g` past the
    /// window's first page reloads from the top.
    mutating func moveInbox(_ motion: Motion) -> [Effect] {
        let page = Layout.inboxListRows(for: size)
        switch motion {
        case .down: return moveInbox(to: inbox.selected + 1)
        case .up: return moveInbox(to: inbox.selected - 1)
        case .pageDown: return moveInbox(to: inbox.selected + page, scroll: page)
        case .pageUp: return moveInbox(to: inbox.selected - page, scroll: -page)
        case .bottom: return moveInbox(to: max(0, inbox.rows.count - 1))
        case .top:
            if !inbox.earlierPages.isEmpty {
                inbox.generation += 1
                return [inboxReload(placement: .replace)].compactMap { $0 }
            }
            return moveInbox(to: 0)
        }
    }

    /// Moves the highlight to `index` (clamped to the loaded rows), scrolling so it stays on screen;
    /// moving past either end of the window (or near its end) asks for the next/previous page.
    mutating func moveInbox(to index: Int, scroll: Int = 0) -> [Effect] {
        guard !inbox.rows.isEmpty else { return [] }
        var effects: [Effect] = []
        let listRows = Layout.inboxListRows(for: size)
        if index >= inbox.rows.count - listRows, inbox.nextCursor != nil, let load = inboxReload(placement: .append) {
            effects.append(load)
        }
        if index < 0, !inbox.earlierPages.isEmpty, let load = inboxReload(placement: .prepend) {
            effects.append(load)
        }
        inbox.selected = min(max(0, index), inbox.rows.count - 1)
        if scroll != 0 { inbox.offset += scroll }
        clampInboxScroll()
        return effects
    }

    /// Keeps `offset` such that the selected row is on screen and no space is wasted at the end.
    mutating func clampInboxScroll() {
        let listRows = Layout.inboxListRows(for: size)
        inbox.selected = min(max(0, inbox.selected), max(0, inbox.rows.count - 1))
        if inbox.selected < inbox.offset { inbox.offset = inbox.selected }
        if inbox.selected >= inbox.offset + listRows { inbox.offset = inbox.selected - listRows + 1 }
        inbox.offset = max(0, min(inbox.offset, max(0, inbox.rows.count - listRows)))
    }

    mutating func switchView(_ view: InboxView) -> [Effect] {
        let left = leaveTicket()
        inbox.view = view
        inbox.search.clear()
        inbox.bulk.removeAll()
        inbox.generation += 1
        inbox.pending = nil
        inbox.loaded = false
        status = StatusLine("view: \(view)")
        var effects = left + [inboxReload(placement: .replace)].compactMap { $0 }
        if inbox.counts[view] == nil { effects.append(.loadCounts([CountRequest(view: view, filter: view.filter(for: agent))])) }
        return effects
    }

    /// Space/x: marks or unmarks the highlighted row for a bulk action, then moves down.
    mutating func toggleSelection() -> [Effect] {
        guard let row = inbox.selectedRow else { return [] }
        if inbox.bulk.remove(row.id) == nil { inbox.bulk.insert(row.id) }
        status = StatusLine("\(inbox.bulk.count) selected")
        return moveInbox(to: inbox.selected + 1)
    }

    /// `*`: marks every loaded row.
    mutating func selectLoadedRows() -> [Effect] {
        inbox.bulk.formUnion(inbox.rows.map(\.id))
        status = StatusLine("\(inbox.bulk.count) selected")
        return []
    }

    mutating func clearSelection() -> [Effect] {
        inbox.bulk.removeAll()
        status = StatusLine("selection cleared")
        return []
    }

    mutating func countsLoaded(_ counts: [InboxView: Int]) -> [Effect] {
        inbox.counts.merge(counts) { $1 }
        return []
    }

    mutating func pageLoaded(_ request: PageRequest, _ result: Result<InboxPage, DeskServiceError>) -> [Effect] {
        guard request.generation == inbox.generation else { return [] }  // an older query's answer
        if inbox.pending == request { inbox.pending = nil }
        let page: InboxPage
        switch result {
        case let .success(p): page = p
        case let .failure(error):
            status = StatusLine("inbox not loaded: \(error.description)", kind: .error)
            return []
        }
        switch request.placement {
        case .replace:
            inbox.rows = page.rows
            inbox.pages = [PageSpan(start: request.cursor, count: page.rows.count)]
            inbox.earlierPages = []
            inbox.rowsAbove = 0
            inbox.nextCursor = page.next
            inbox.selected = 0
            inbox.offset = 0
            inbox.loaded = true
        case let .refresh(keep):
            let oldIndex = inbox.selected
            let oldOffsetFromTop = inbox.selected - inbox.offset
            inbox.rows = page.rows
            inbox.pages = [PageSpan(start: request.cursor, count: page.rows.count)]
            inbox.nextCursor = page.next
            if let keep, let index = page.rows.firstIndex(where: { $0.id == keep }) {
                inbox.selected = index
            } else {
                inbox.selected = min(oldIndex, max(0, page.rows.count - 1))
            }
            inbox.offset = inbox.selected - oldOffsetFromTop
            inbox.loaded = true
        case .append:
            inbox.rows += page.rows
            inbox.pages.append(PageSpan(start: request.cursor, count: page.rows.count))
            inbox.nextCursor = page.next
            if inbox.pages.count > InboxState.maxPages {
                let dropped = inbox.pages.removeFirst()
                inbox.earlierPages.append(dropped.start)
                inbox.rows.removeFirst(min(dropped.count, inbox.rows.count))
                inbox.rowsAbove += dropped.count
                inbox.selected -= dropped.count
                inbox.offset -= dropped.count
            }
        case .prepend:
            inbox.rows = page.rows + inbox.rows
            inbox.pages.insert(PageSpan(start: request.cursor, count: page.rows.count), at: 0)
            if !inbox.earlierPages.isEmpty { inbox.earlierPages.removeLast() }
            inbox.rowsAbove = max(0, inbox.rowsAbove - page.rows.count)
            inbox.selected += page.rows.count
            inbox.offset += page.rows.count
            if inbox.pages.count > InboxState.maxPages {
                let dropped = inbox.pages.removeLast()
                inbox.rows.removeLast(min(dropped.count, inbox.rows.count))
                inbox.nextCursor = dropped.start
            }
            // The move that asked for this page wanted the row above the old top.
            inbox.selected = max(0, inbox.selected - 1)
        }
        clampInboxScroll()
        return []
    }
}
