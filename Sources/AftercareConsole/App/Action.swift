import AftercareCore
import Foundation
import TerminalKit

/// Everything that can happen to the console: input from the terminal, named commands, the
/// clock, and the results of effects. The runtime feeds these to `reduce(_:_:)`.
public enum Action: Equatable, Sendable {
    /// The runtime started: load the first page, counts, templates; start ticking.
    case started
    /// A key, paste or resize from the backend. Keys go through `state.keyMap` in
    /// `state.keyContext`; in text contexts unbound printable keys are typed.
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
    /// Templates and the shop name (for `{{shop.name}}`).
    case templatesLoaded(Result<[ReplyTemplate], DeskServiceError>, shopName: String?)
    /// $EDITOR closed: the text, or nil when it failed or was left empty/unchanged.
    case editorFinished(EditorRequest, String?)
    /// The store's change token, answering `pollChanges`.
    case changesDetected(token: Int64)
    /// The change-token poll failed (store busy); try again next tick.
    case pollFailed
    /// SIGINT/SIGTERM/SIGHUP or end of input: save the draft and quit.
    case shutdownRequested
}

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
    /// `DeskService.draft`; answer `.draftLoaded`.
    case loadDraft(ticketId: Int64)
    /// `DeskService.templates` and `shopName`; answer `.templatesLoaded`.
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

/// Ticket changes to persist, and why (so the result can be turned into an undo step).
public struct PersistRequest: Hashable, Sendable {
    public enum Purpose: Hashable, Sendable {
        /// An agent action; `inverse` reverts it, `batch` groups a bulk action's writes.
        case action(label: String, inverse: [TicketChange], batch: Int)
        /// Reverting the last change.
        case undo(label: String)
    }

    public var ticketId: Int64
    public var changes: [TicketChange]
    public var expectedVersion: Int64?
    public var purpose: Purpose

    public init(ticketId: Int64, changes: [TicketChange], expectedVersion: Int64?, purpose: Purpose) {
        self.ticketId = ticketId
        self.changes = changes
        self.expectedVersion = expectedVersion
        self.purpose = purpose
    }
}

/// A reply or note to add.
public struct SendRequest: Hashable, Sendable {
    public var ticketId: Int64
    public var kind: MessageKind
    public var body: String
    public var status: TicketStatus?
    public var expectedVersion: Int64?

    public init(ticketId: Int64, kind: MessageKind, body: String, status: TicketStatus?, expectedVersion: Int64?) {
        self.ticketId = ticketId
        self.kind = kind
        self.body = body
        self.status = status
        self.expectedVersion = expectedVersion
    }
}

/// An $EDITOR session for a ticket's reply or note.
public struct EditorRequest: Hashable, Sendable {
    public var ticketId: Int64
    public var kind: MessageKind
    public var seed: String

    public init(ticketId: Int64, kind: MessageKind, seed: String) {
        self.ticketId = ticketId
        self.kind = kind
        self.seed = seed
    }
}
