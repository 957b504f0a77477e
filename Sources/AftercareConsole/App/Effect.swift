import AftercareCore

/// Side effects the reducer asks for, as plain data: tests compare them, the runtime runs them.
public enum Effect: Equatable, Sendable {
    /// `DeskService.inboxPage`; answer `.pageLoaded(request, …)`.
    case loadInboxPage(PageRequest)
    /// `DeskService.count` for each; answer `.countsLoaded`.
    case loadCounts([CountRequest])
    /// `DeskService.detail`; answer `.detailLoaded`.
    case loadDetail(ticketId: Int64)
    /// `DeskService.apply`; answer `.saved(request, …)`.
    case persist(PersistRequest)
    /// `DeskService.addMessage`; answer `.sent(request, …)`.
    case send(SendRequest)
    /// `DeskService.saveDraft` (an empty body deletes it); answer only on failure.
    case saveDraft(Draft)
    /// `DeskService.draft` (this console's, or one left by a console that is gone); answer `.draftLoaded`.
    case loadDraft(ticketId: Int64)
    /// `DeskService.discardDraft`: a draft another (closed) console left, once restored here.
    case discardDraft(ticketId: Int64, session: String)
    /// `DeskService.heartbeat`: where this console is; no answer.
    case heartbeat(ConsolePresence)
    /// `DeskService.presence`; answer `.presenceLoaded`.
    case loadPresence
    /// `DeskService.endSession`: this console closes.
    case endSession
    /// `DeskService.settings`; answer `.settingsLoaded`.
    case loadSettings
    /// `DeskService.templates`; answer `.templatesLoaded`.
    case loadTemplates
    /// Suspend the terminal, run $EDITOR on `seed`, resume; answer `.editorFinished`.
    case openEditor(EditorRequest)
    /// `DeskService.changeToken`; answer `.changesDetected`.
    case pollChanges
    /// Start the one-second `.tick`.
    case scheduleTick
    /// Stop the loop (after running the effects before it), restore the terminal.
    case quit
}
