import AftercareCore
import Foundation

/// The console's run as a whole: the first loads, the clock, noticing other agents' changes,
/// reloading, quitting.
extension AppState {
    /// The runtime started: load the first page, counts and templates; start ticking and polling.
    mutating func start() -> [Effect] {
        inbox.generation += 1
        pollInFlight = true
        return [inboxReload(placement: .replace), .loadCounts(countRequests()), .loadTemplates, .scheduleTick, .pollChanges]
            .compactMap { $0 }
    }

    mutating func tick(_ date: Date) -> [Effect] {
        now = date
        var effects: [Effect] = []
        if let c = compose, c.draftDirty, let edited = c.lastEditAt, now.timeIntervalSince(edited) >= 1 {
            effects += saveDraftNow()
        }
        effects += presenceTick()
        if !pollInFlight {
            pollInFlight = true
            effects.append(.pollChanges)
        }
        return effects
    }

    mutating func refreshAll() -> [Effect] {
        var effects: [Effect] = []
        inbox.generation += 1
        if let reload = inboxReload(placement: inbox.loaded ? .refresh(keepSelected: inbox.selectedRow?.id) : .replace) {
            effects.append(reload)
        }
        effects.append(.loadCounts(countRequests()))
        if let id = ticket?.ticketId { effects.append(.loadDetail(ticketId: id)) }
        return effects
    }

    mutating func changesDetected(_ token: Int64) -> [Effect] {
        pollInFlight = false
        defer { changeToken = token }
        guard let previous = changeToken, previous != token else { return [] }
        // The change may be new desk settings: the clocks must follow them too.
        return refreshAll() + [.loadSettings]
    }

    /// New settings from the store: every view computes its clocks with them from the next frame.
    mutating func settingsLoaded(_ result: Result<DeskSettings, DeskServiceError>) -> [Effect] {
        switch result {
        case let .success(loaded) where loaded != settings:
            let reorder = loaded.changesInboxOrder(comparedTo: settings)
            settings = loaded
            status = StatusLine(reorder ? "desk settings changed: SLA clocks follow the new calendar and targets" : "desk settings changed")
        case .success:
            break
        case let .failure(error):
            status = StatusLine("desk settings not reloaded: \(error.description)", kind: .error)
        }
        return []
    }

    /// The store was busy; the next tick polls again.
    mutating func pollFailed() -> [Effect] {
        pollInFlight = false
        return []
    }

    mutating func quit() -> [Effect] {
        var effects = saveDraftNow()
        isQuitting = true
        // Gone at once for the others, and this console's drafts free for the agent's next one.
        effects.append(.endSession)
        effects.append(.quit)
        return effects
    }
}
