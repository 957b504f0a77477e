import AftercareCore
import Foundation
import TerminalKit

/// Everything that can happen to the console: input from the terminal, named commands, the
/// clock, and the results of effects. The runtime feeds these to `reduce(_:_:)`.
public enum Action: Equatable, Sendable {
    /// The runtime started: load the first page, counts, templates; start ticking.
    case started
    /// A key, paste or resize from the backend. Keys go through `state.keyMap` in
    /// `state.keyContext`; in text contexts unbound printable keys are typed. The runtime also
    /// sends the backend's size as a resize at start and after $EDITOR.
    case input(InputEvent)
    case command(Command)
    /// The clock: SLA columns recompute from it, drafts save when typing paused, changes are polled.
    case tick(Date)

    case pageLoaded(PageRequest, Result<InboxPage, DeskServiceError>)
    case countsLoaded([InboxView: Int])
    case detailLoaded(ticketId: Int64, Result<TicketDetail, DeskServiceError>)
    /// A `persist` effect finished: the ticket as saved, or why not.
    case saved(PersistRequest, Result<Ticket, DeskServiceError>)
    /// A `send` effect finished.
    case sent(SendRequest, Result<Ticket, DeskServiceError>)
    case draftLoaded(ticketId: Int64, Draft?)
    case draftSaveFailed(DeskServiceError)
    /// Every console open now (this one included).
    case presenceLoaded([ConsolePresence])
    /// Templates and the shop name (for `{{shop.name}}`).
    case templatesLoaded(Result<[ReplyTemplate], DeskServiceError>)
    /// The desk's settings, answering `loadSettings`.
    case settingsLoaded(Result<DeskSettings, DeskServiceError>)
    /// $EDITOR closed: the text, or nil when it failed or was left empty/unchanged.
    case editorFinished(EditorRequest, String?)
    /// The store's change token, answering `pollChanges`.
    case changesDetected(token: Int64)
    /// The change-token poll failed (store busy); try again next tick.
    case pollFailed
    /// SIGINT/SIGTERM/SIGHUP or end of input: save the draft and quit.
    case shutdownRequested
}
