import Foundation
import Testing

@testable import AftercareCore

@Suite struct SLACellTests {
    let policy = SLAPolicy(calendar: .always, targets: SLAPolicy.standardTargets)
    let created = Date(timeIntervalSince1970: 1_795_000_000)

    func ticket(_ status: TicketStatus = .new, priority: Priority = .normal) -> Ticket {
        var t = Ticket(externalId: "T", customerExternalId: "C", channel: .wechat, language: .zh, subject: "s",
                       priority: priority, createdAt: created)
        if status != .new { try! TicketWorkflow.applyReply(to: &t, at: created, setting: status, policy: policy) }
        return t
    }

    @Test func runningClockShowsTimeLeftAndWhetherItIsNear() {
        let due = policy.firstResponseDue(for: ticket())
        let early = SLACell(ticket: ticket(), policy: policy, now: due.addingTimeInterval(-5 * 3600))
        #expect(early == SLACell(text: "5h00m", urgency: .onTrack))
        let near = SLACell(ticket: ticket(), policy: policy, now: due.addingTimeInterval(-3600))
        #expect(near == SLACell(text: "1h00m", urgency: .near))
    }

    @Test func overdueSaysLatePlainly() {
        let due = policy.firstResponseDue(for: ticket())
        #expect(SLACell(ticket: ticket(), policy: policy, now: due.addingTimeInterval(7800)) == SLACell(text: "LATE 2h10m", urgency: .breached))
    }

    @Test func pausedAndFinishedTickets() {
        #expect(SLACell(ticket: ticket(.pending), policy: policy, now: created.addingTimeInterval(60)).urgency == .paused)
        #expect(SLACell(ticket: ticket(.solved), policy: policy, now: created) == SLACell(text: "solved", urgency: .finished))
    }
}
