import Foundation
import Testing
@testable import AftercareCore

@Suite struct SLAPolicyTests {
    let policy = SLAPolicy.standard
    let monday10 = SH.date(2026, 3, 2, 10)

    @Test func defaultTargetsAndCategoryOverrides() {
        #expect(policy.targets(for: .urgent) == SLATargets(firstResponseSeconds: hour, nextReplySeconds: hour, resolutionSeconds: 8 * hour))
        #expect(policy.targets(for: .high) == SLATargets(firstResponseSeconds: 2 * hour, resolutionSeconds: 24 * hour))
        #expect(policy.targets(for: .normal) == SLATargets(firstResponseSeconds: 8 * hour, resolutionSeconds: 48 * hour))
        #expect(policy.targets(for: .low) == SLATargets(firstResponseSeconds: 24 * hour, resolutionSeconds: 72 * hour))
        // Return/refund: respond within 2h, decide within 48h; the stricter target wins.
        #expect(policy.targets(priority: .low, category: .returnRefund) == SLATargets(firstResponseSeconds: 2 * hour, resolutionSeconds: 48 * hour))
        #expect(policy.targets(priority: .normal, category: .returnRefund) == SLATargets(firstResponseSeconds: 2 * hour, resolutionSeconds: 48 * hour))
        #expect(policy.targets(priority: .urgent, category: .returnRefund) == SLATargets(firstResponseSeconds: hour, resolutionSeconds: 8 * hour))
        #expect(policy.targets(priority: .normal, category: .damaged) == policy.targets(for: .normal))
        let refund = makeTicket(priority: .normal, category: .returnRefund, createdAt: monday10)
        #expect(policy.targets(for: refund).firstResponseSeconds == 2 * hour)
        #expect(policy.firstResponseDue(for: refund) == SH.date(2026, 3, 2, 12))
        #expect(policy.nextDue(for: refund) == SH.date(2026, 3, 2, 12))
    }

    @Test func firstResponseBreachAndTimeLeft() {
        let ticket = makeTicket(priority: .urgent, createdAt: monday10)
        #expect(policy.nextDue(for: ticket) == SH.date(2026, 3, 2, 11))
        let early = policy.state(of: ticket, at: SH.date(2026, 3, 2, 10, 30))
        #expect(early.firstResponse == .running(due: SH.date(2026, 3, 2, 11), businessSecondsLeft: 1800))
        #expect(!early.isBreached)
        let late = policy.state(of: ticket, at: SH.date(2026, 3, 2, 11, 30))
        #expect(late.firstResponse == .running(due: SH.date(2026, 3, 2, 11), businessSecondsLeft: -1800))
        #expect(late.isBreached)
        #expect(late.current == late.firstResponse)
        // Overnight does not count: 10h Monday after due + 30 min Tuesday.
        let nextDay = policy.state(of: ticket, at: SH.date(2026, 3, 3, 9, 30))
        #expect(nextDay.firstResponse == .running(due: SH.date(2026, 3, 2, 11), businessSecondsLeft: -(10 * hour + 1800)))
        // Answered late: met but breached, and no longer counts as breached now.
        var answered = ticket
        answered.firstRespondedAt = SH.date(2026, 3, 2, 11, 5)
        answered.status = .open
        let after = policy.state(of: answered, at: SH.date(2026, 3, 2, 12))
        #expect(after.firstResponse == .met(at: SH.date(2026, 3, 2, 11, 5), due: SH.date(2026, 3, 2, 11), breached: true))
        #expect(!after.isBreached)
        #expect(after.current == after.resolution)
    }

    @Test func pendingPausesAndReopenMovesTheDueTimeByThePausedSpan() throws {
        var ticket = makeTicket(priority: .normal, createdAt: monday10)
        try TicketWorkflow.applyReply(to: &ticket, at: SH.date(2026, 3, 2, 11), setting: nil, policy: policy)
        #expect(ticket.status == .open)
        // 48 business hours from Monday 10:00.
        #expect(policy.resolutionDue(for: ticket) == SH.date(2026, 3, 6, 10))
        #expect(policy.nextDue(for: ticket) == SH.date(2026, 3, 6, 10))

        try TicketWorkflow.apply(.setStatus(.pending), to: &ticket, at: SH.date(2026, 3, 2, 12), policy: policy)
        #expect(ticket.resolutionClock == ResolutionClock(usedSeconds: 2 * hour, runningSince: nil))
        #expect(policy.resolutionDue(for: ticket) == nil)
        #expect(policy.nextDue(for: ticket) == nil)
        #expect(policy.state(of: ticket, at: SH.date(2026, 3, 3, 15)).resolution == .paused(businessSecondsLeft: 46 * hour))
        #expect(policy.resolutionSecondsLeft(for: ticket, at: SH.date(2026, 3, 3, 15)) == 46 * hour)

        // The customer answers on Wednesday 12:00: 24 business hours paused.
        let outcome = TicketWorkflow.applyInbound(to: &ticket, at: SH.date(2026, 3, 4, 12), policy: policy)
        #expect(outcome == .reopened(from: .pending))
        #expect(ticket.status == .open)
        #expect(ticket.resolutionClock == ResolutionClock(usedSeconds: 2 * hour, runningSince: SH.date(2026, 3, 4, 12)))
        let due = SH.date(2026, 3, 9, 10)
        #expect(policy.resolutionDue(for: ticket) == due)
        #expect(policy.calendar.adding(businessSeconds: 24 * hour, to: SH.date(2026, 3, 6, 10)) == due)
        #expect(policy.state(of: ticket, at: SH.date(2026, 3, 4, 13)).resolution
            == .running(due: due, businessSecondsLeft: 45 * hour))
        #expect(policy.resolutionUsedSeconds(for: ticket, at: SH.date(2026, 3, 4, 13)) == 3 * hour)

        // On-hold pauses too; running past due while open is a breach.
        try TicketWorkflow.apply(.setStatus(.onHold), to: &ticket, at: SH.date(2026, 3, 4, 14), policy: policy)
        #expect(ticket.resolutionClock.usedSeconds == 4 * hour)
        #expect(ticket.resolutionClock.runningSince == nil)
    }

    @Test func breachedWhilePausedStaysBreachedAfterReopen() throws {
        var ticket = makeTicket(priority: .urgent, createdAt: monday10, firstRespondedAt: SH.date(2026, 3, 2, 10, 10))
        ticket.status = .open
        // Open 10:00 → 19:00 = 9h used against an 8h target, then pending.
        try TicketWorkflow.apply(.setStatus(.pending), to: &ticket, at: SH.date(2026, 3, 2, 19), policy: policy)
        let paused = policy.state(of: ticket, at: SH.date(2026, 3, 3, 10))
        #expect(paused.resolution == .paused(businessSecondsLeft: -hour))
        #expect(paused.isBreached)
        _ = TicketWorkflow.applyInbound(to: &ticket, at: SH.date(2026, 3, 3, 10), policy: policy)
        // Due one business hour before the reopen: Tuesday 09:00.
        #expect(policy.resolutionDue(for: ticket) == SH.date(2026, 3, 3, 9))
        #expect(policy.state(of: ticket, at: SH.date(2026, 3, 3, 10)).resolution
            == .running(due: SH.date(2026, 3, 3, 9), businessSecondsLeft: -hour))
    }

    @Test func solvedTicketsReportMetOrBreached() throws {
        var ticket = makeTicket(priority: .urgent, createdAt: monday10)
        try TicketWorkflow.applyReply(to: &ticket, at: SH.date(2026, 3, 2, 10, 20), setting: .solved, policy: policy)
        #expect(ticket.status == .solved)
        #expect(ticket.solvedAt == SH.date(2026, 3, 2, 10, 20))
        let state = policy.state(of: ticket, at: SH.date(2026, 3, 5))
        #expect(state.resolution == .met(at: SH.date(2026, 3, 2, 10, 20), due: SH.date(2026, 3, 2, 18), breached: false))
        #expect(!state.isBreached)
        #expect(policy.nextDue(for: ticket) == nil)
        // Closed without ever being solved: no resolution clock to report.
        var spam = makeTicket(createdAt: monday10)
        spam.status = .closed
        #expect(policy.state(of: spam, at: SH.date(2026, 3, 3)) == SLAState(firstResponse: .none, resolution: .none))
    }

    @Test func aCustomerWhoWritesAgainStartsTheNextReplyClock() throws {
        var ticket = makeTicket(priority: .high, createdAt: monday10)
        try TicketWorkflow.applyReply(to: &ticket, at: SH.date(2026, 3, 2, 10, 30), setting: nil, policy: policy)
        #expect(ticket.awaitingReplySince == nil)
        // The customer writes again at 11:00: the next reply is due within 2 business hours.
        TicketWorkflow.applyInbound(to: &ticket, at: SH.date(2026, 3, 2, 11), policy: policy)
        #expect(ticket.awaitingReplySince == SH.date(2026, 3, 2, 11))
        #expect(policy.nextReplyDue(for: ticket) == SH.date(2026, 3, 2, 13))
        // The inbox now sorts by the next reply, not the resolution (24h away).
        #expect(policy.nextDue(for: ticket) == SH.date(2026, 3, 2, 13))
        let waiting = policy.state(of: ticket, at: SH.date(2026, 3, 2, 13, 30))
        #expect(waiting.nextReply == .running(due: SH.date(2026, 3, 2, 13), businessSecondsLeft: -1800))
        #expect(waiting.isBreached)
        #expect(waiting.current == waiting.nextReply)
        // A second message does not restart the clock.
        TicketWorkflow.applyInbound(to: &ticket, at: SH.date(2026, 3, 2, 12), policy: policy)
        #expect(ticket.awaitingReplySince == SH.date(2026, 3, 2, 11))
        // The reply at 13:30 ends it, late, and is recorded.
        try TicketWorkflow.applyReply(to: &ticket, at: SH.date(2026, 3, 2, 13, 30), setting: nil, policy: policy)
        #expect(ticket.awaitingReplySince == nil)
        #expect(ticket.nextReplies == NextReplyRecord(count: 1, late: 1, businessSeconds: 9000))
        #expect(policy.state(of: ticket, at: SH.date(2026, 3, 2, 14)).nextReply == .none)
        #expect(policy.nextDue(for: ticket) == policy.resolutionDue(for: ticket))
    }

    @Test func waitingOnTheCustomerOrAThirdPartyOwesNoNextReply() throws {
        var ticket = makeTicket(priority: .normal, createdAt: monday10)
        try TicketWorkflow.applyReply(to: &ticket, at: SH.date(2026, 3, 2, 10, 30), setting: nil, policy: policy)
        TicketWorkflow.applyInbound(to: &ticket, at: SH.date(2026, 3, 2, 11), policy: policy)
        try TicketWorkflow.apply(.setStatus(.onHold), to: &ticket, at: SH.date(2026, 3, 2, 11, 30), policy: policy)
        #expect(ticket.awaitingReplySince == nil)
        // On hold, a customer message leaves the clock off (the desk waits on the carrier).
        TicketWorkflow.applyInbound(to: &ticket, at: SH.date(2026, 3, 2, 12), policy: policy)
        #expect(ticket.awaitingReplySince == nil)
        // Pending reopens on a customer message, and the clock starts.
        try TicketWorkflow.apply(.setStatus(.pending), to: &ticket, at: SH.date(2026, 3, 2, 12, 30), policy: policy)
        TicketWorkflow.applyInbound(to: &ticket, at: SH.date(2026, 3, 2, 13), policy: policy)
        #expect(ticket.status == .open && ticket.awaitingReplySince == SH.date(2026, 3, 2, 13))
    }

    @Test func aThreadReplaysIntoTheSameClock() throws {
        var ticket = makeTicket(priority: .high, createdAt: monday10)
        ticket.status = .open
        ticket.firstRespondedAt = SH.date(2026, 3, 2, 10, 30)
        let thread = [
            Message(ticketId: 1, kind: .inbound, author: "c", channel: .web, createdAt: monday10, body: "a"),
            Message(ticketId: 1, kind: .reply, author: "a", channel: .web, createdAt: SH.date(2026, 3, 2, 10, 30), body: "b"),
            Message(ticketId: 1, kind: .inbound, author: "c", channel: .web, createdAt: SH.date(2026, 3, 2, 11), body: "c"),
            Message(ticketId: 1, kind: .note, author: "a", channel: .web, createdAt: SH.date(2026, 3, 2, 11, 10), body: "d"),
            Message(ticketId: 1, kind: .reply, author: "a", channel: .web, createdAt: SH.date(2026, 3, 2, 12), body: "e"),
            Message(ticketId: 1, kind: .inbound, author: "c", channel: .web, createdAt: SH.date(2026, 3, 2, 15), body: "f"),
        ]
        TicketWorkflow.replayNextReplies(of: &ticket, thread: thread, policy: policy)
        #expect(ticket.nextReplies == NextReplyRecord(count: 1, late: 0, businessSeconds: 3600))
        #expect(ticket.awaitingReplySince == SH.date(2026, 3, 2, 15))
        ticket.status = .pending
        TicketWorkflow.replayNextReplies(of: &ticket, thread: thread, policy: policy)
        #expect(ticket.awaitingReplySince == nil)
    }
}
