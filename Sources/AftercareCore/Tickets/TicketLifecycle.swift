/// The allowed moves between ticket statuses, and what a new message does to the status.
///
///     new → open → pending / on-hold → solved → closed
///
/// A customer reply to a pending or solved ticket reopens it; closed is final (a new message
/// on a closed ticket starts a follow-up ticket instead).
public enum TicketLifecycle {
    public static func allowedTargets(from status: TicketStatus) -> Set<TicketStatus> {
        switch status {
        case .new: [.open, .pending, .onHold, .solved, .closed]
        case .open: [.pending, .onHold, .solved, .closed]
        case .pending: [.open, .onHold, .solved, .closed]
        case .onHold: [.open, .pending, .solved, .closed]
        case .solved: [.open, .closed]
        case .closed: []
        }
    }

    public static func canMove(from: TicketStatus, to: TicketStatus) -> Bool {
        allowedTargets(from: from).contains(to)
    }

    /// Throws `DomainError.invalidTransition` unless `from → to` is allowed (a no-op move is allowed).
    public static func validate(ticketId: Int64, from: TicketStatus, to: TicketStatus) throws {
        guard from == to || canMove(from: from, to: to) else {
            throw DomainError.invalidTransition(ticketId: ticketId, from: from, to: to)
        }
    }

    /// Status after the customer writes again. `nil` means the ticket is closed and the message
    /// belongs on a new follow-up ticket.
    public static func statusAfterInbound(_ status: TicketStatus) -> TicketStatus? {
        switch status {
        case .pending, .solved: .open
        case .new, .open, .onHold: status
        case .closed: nil
        }
    }

    /// Status after an agent replies without choosing one: a new ticket becomes open.
    public static func statusAfterReply(_ status: TicketStatus) -> TicketStatus {
        status == .new ? .open : status
    }
}
