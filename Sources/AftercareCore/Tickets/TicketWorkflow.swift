import Foundation

/// What a new customer message did to its ticket.
public enum InboundOutcome: Sendable, Hashable {
    /// The status stays as it was (new, open, on-hold): the message just joins the thread.
    case unchanged
    /// A pending or solved ticket went back to open; the resolution clock runs again.
    case reopened(from: TicketStatus)
    /// The ticket is closed: nothing was changed, the message belongs on a new follow-up ticket.
    case needsFollowUpTicket
}

/// The ticket rules the store runs inside its write transactions. Pure: every function takes
/// `now` and the policy, touches only the ticket it is given, and never bumps `version` (the
/// store does that when it writes the row).
public enum TicketWorkflow {
    /// Applies one agent change.
    ///
    /// - `setStatus`: validated by `TicketLifecycle` (`DomainError.invalidTransition`); pauses or
    ///   resumes the resolution clock; solved sets `solvedAt`, closing an unsolved ticket sets it
    ///   too, reopening clears it. A no-op move changes nothing but `updatedAt`.
    /// - `setPriority` / `setCategory`: also mark the field manual, so triage leaves it alone.
    /// - `assign` / `setDepartment`: trimmed; empty means nobody / none.
    /// - `addTag` / `removeTag`: tags are normalised (see `normalizedTag`); an empty tag is
    ///   `DomainError.invalidValue`.
    /// - `mergeInto`: points the ticket at the survivor and closes it (without marking it
    ///   solved); merging into itself or into a non-positive id is `invalidValue`.
    /// - `recordSatisfaction`: CSAT 1–5 and NPS 0–10 (`invalidValue` otherwise); a nil answer
    ///   leaves the stored one as it is.
    ///
    /// On success `updatedAt = now`. On error the ticket is unchanged.
    public static func apply(_ change: TicketChange, to ticket: inout Ticket, at now: Date, policy: SLAPolicy) throws {
        var next = ticket
        switch change {
        case let .setStatus(status):
            try move(&next, to: status, at: now, policy: policy)
        case let .setPriority(priority):
            next.priority = priority
            next.priorityIsManual = true
        case let .setCategory(category):
            next.category = category
            next.categoryIsManual = true
        case let .assign(login):
            next.assignee = trimmedOrNil(login)
        case let .setDepartment(department):
            next.department = trimmedOrNil(department)
        case let .addTag(tag):
            let clean = normalizedTag(tag)
            guard !clean.isEmpty else {
                throw DomainError.invalidValue(field: "tag", value: tag, expected: "a non-empty tag")
            }
            next.tags = normalizedTags(next.tags + [clean])
        case let .removeTag(tag):
            let clean = normalizedTag(tag)
            next.tags = normalizedTags(next.tags).filter { $0 != clean }
        case let .mergeInto(survivor):
            guard survivor > 0, survivor != ticket.id else {
                throw DomainError.invalidValue(field: "merged_into", value: String(survivor),
                                               expected: "the id of another ticket")
            }
            try TicketLifecycle.validate(ticketId: ticket.id, from: ticket.status, to: .closed)
            next.mergedInto = survivor
            next.status = .closed
            next.resolutionClock = policy.clock(next.resolutionClock, afterMovingTo: .closed, at: now)
        case let .recordSatisfaction(csat, nps):
            if let csat {
                guard (1...5).contains(csat) else {
                    throw DomainError.invalidValue(field: "csat", value: String(csat), expected: "1–5")
                }
                next.csat = csat
            }
            if let nps {
                guard (0...10).contains(nps) else {
                    throw DomainError.invalidValue(field: "nps", value: String(nps), expected: "0–10")
                }
                next.nps = nps
            }
        }
        next.updatedAt = now
        ticket = next
    }

    /// A customer message arrived on the ticket: pending and solved reopen (clock resumes,
    /// `solvedAt` cleared), new/open/on-hold stay, closed asks for a follow-up ticket and is left
    /// untouched. A customer who was already answered now waits for the next reply: its clock
    /// starts (unless it already runs from an earlier message).
    @discardableResult
    public static func applyInbound(to ticket: inout Ticket, at now: Date, policy: SLAPolicy) -> InboundOutcome {
        guard let status = TicketLifecycle.statusAfterInbound(ticket.status) else { return .needsFollowUpTicket }
        let previous = ticket.status
        ticket.updatedAt = now
        if status != previous { setStatus(&ticket, to: status, at: now, policy: policy) }
        if ticket.firstRespondedAt != nil, ticket.awaitingReplySince == nil, !ticket.status.pausesResolutionClock {
            ticket.awaitingReplySince = now
        }
        return status == previous ? .unchanged : .reopened(from: previous)
    }

    /// An agent replied. The first reply is recorded as the first response (once); the status
    /// becomes `status` when given (validated), else `TicketLifecycle.statusAfterReply` (new → open).
    public static func applyReply(to ticket: inout Ticket, at now: Date, setting status: TicketStatus?, policy: SLAPolicy) throws {
        var next = ticket
        let target = status ?? TicketLifecycle.statusAfterReply(ticket.status)
        if let since = ticket.awaitingReplySince {
            let taken = policy.calendar.businessSeconds(from: since, to: now)
            next.nextReplies.count += 1
            next.nextReplies.businessSeconds += taken
            if taken > policy.targets(for: ticket).nextReplySeconds { next.nextReplies.late += 1 }
            next.awaitingReplySince = nil
        }
        try move(&next, to: target, at: now, policy: policy)
        if next.firstRespondedAt == nil { next.firstRespondedAt = now }
        next.updatedAt = now
        ticket = next
    }

    /// The next-reply clock and record a whole thread implies (imports and the demo desk bring
    /// threads, not events): once the customer has been answered, a customer message starts a
    /// wait that the next reply ends. A ticket left pending, on-hold or finished owes no reply.
    public static func replayNextReplies(of ticket: inout Ticket, thread: [Message], policy: SLAPolicy) {
        var awaiting: Date?
        var record = NextReplyRecord()
        var answered = false
        let target = policy.targets(for: ticket).nextReplySeconds
        for message in thread {
            if let first = ticket.firstRespondedAt, message.createdAt >= first { answered = true }
            switch message.kind {
            case .inbound:
                if answered && awaiting == nil { awaiting = message.createdAt }
            case .reply:
                if let since = awaiting {
                    let taken = policy.calendar.businessSeconds(from: since, to: message.createdAt)
                    record.count += 1
                    record.businessSeconds += taken
                    if taken > target { record.late += 1 }
                    awaiting = nil
                }
                answered = true
            case .note:
                break
            }
        }
        if ticket.status.pausesResolutionClock { awaiting = nil }
        ticket.awaitingReplySince = awaiting
        ticket.nextReplies = record
    }

    /// Tag as stored: surrounding whitespace trimmed, ASCII letters lowercased (other scripts
    /// unchanged), inner runs of whitespace collapsed to one "-".
    public static func normalizedTag(_ tag: String) -> String {
        let words = tag.split(whereSeparator: { $0.isWhitespace })
        var result = ""
        for (index, word) in words.enumerated() {
            if index > 0 { result.append("-") }
            for scalar in word.unicodeScalars {
                if scalar.value >= 0x41 && scalar.value <= 0x5A {
                    result.unicodeScalars.append(Unicode.Scalar(scalar.value + 0x20)!)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }

    /// Normalised, empty ones dropped, de-duplicated, sorted.
    public static func normalizedTags(_ tags: [String]) -> [String] {
        Array(Set(tags.map(normalizedTag).filter { !$0.isEmpty })).sorted()
    }

    // MARK: Internals

    private static func move(_ ticket: inout Ticket, to status: TicketStatus, at now: Date, policy: SLAPolicy) throws {
        try TicketLifecycle.validate(ticketId: ticket.id, from: ticket.status, to: status)
        guard status != ticket.status else { return }
        setStatus(&ticket, to: status, at: now, policy: policy)
    }

    private static func setStatus(_ ticket: inout Ticket, to status: TicketStatus, at now: Date, policy: SLAPolicy) {
        ticket.resolutionClock = policy.clock(ticket.resolutionClock, afterMovingTo: status, at: now)
        // Waiting on the customer, a third party, or done: nobody owes the customer a next reply.
        if status.pausesResolutionClock || !status.isActive { ticket.awaitingReplySince = nil }
        switch status {
        case .solved:
            ticket.solvedAt = now
        case .closed:
            if ticket.solvedAt == nil { ticket.solvedAt = now }
        case .new, .open, .pending, .onHold:
            ticket.solvedAt = nil
        }
        ticket.status = status
    }

    private static func trimmedOrNil(_ text: String?) -> String? {
        guard let trimmed = text?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
        return trimmed
    }
}
