import AftercareCore
import Foundation
import TerminalKit

/// The console's only state transition: pure and total (every action in every state does
/// something sensible or nothing). Returns the effects to run, in order. Each action goes to the
/// feature it belongs to; commands go to the feature that owns them (`AppState.run`).
public func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
    switch action {
    // The session: start, input, the clock, others' changes, shutdown.
    case .started: return state.start()
    case let .input(event): return state.handleInput(event)
    case let .command(command): return state.run(command)
    case let .tick(date): return state.tick(date)
    case let .changesDetected(token): return state.changesDetected(token)
    case .pollFailed: return state.pollFailed()
    case .shutdownRequested: return state.quit()
    // Inbox.
    case let .pageLoaded(request, result): return state.pageLoaded(request, result)
    case let .countsLoaded(counts): return state.countsLoaded(counts)
    // Ticket.
    case let .detailLoaded(id, result): return state.detailLoaded(id, result)
    // Ticket actions.
    case let .saved(request, result): return state.saved(request, result)
    // Compose.
    case let .sent(request, result): return state.sent(request, result)
    case let .draftLoaded(id, draft): return state.draftLoaded(id, draft)
    case let .draftSaveFailed(error): return state.draftSaveFailed(error)
    // Presence.
    case let .presenceLoaded(everyone): return state.presenceLoaded(everyone)
    case let .editorFinished(request, text): return state.editorFinished(request, text)
    // Canned replies.
    case let .templatesLoaded(result): return state.templatesLoaded(result)
    case let .settingsLoaded(result): return state.settingsLoaded(result)
    }
}

extension AppState {
    /// Runs a command in the current context, or says in the status line why it can't. The
    /// feature that owns the command runs it.
    mutating func run(_ command: Command) -> [Effect] {
        if let reason = command.disabledReason(in: self) {
            status = StatusLine("\(command.description): \(reason)", kind: .error)
            return []
        }
        return command.owner.run(command, in: &self)
    }
}
