import Foundation
import Testing
@testable import AftercareCore

@Suite struct LifecycleTests {
    static let expected: [TicketStatus: Set<TicketStatus>] = [
        .new: [.open, .pending, .onHold, .solved, .closed],
        .open: [.pending, .onHold, .solved, .closed],
        .pending: [.open, .onHold, .solved, .closed],
        .onHold: [.open, .pending, .solved, .closed],
        .solved: [.open, .closed],
        .closed: [],
    ]

    @Test func everyMoveIsAllowedOrRefusedThroughTheWorkflow() throws {
        let now = SH.date(2026, 3, 3, 12)
        for from in TicketStatus.allCases {
            for to in TicketStatus.allCases {
                var ticket = makeTicket(status: from, createdAt: SH.date(2026, 3, 2, 10))
                let before = ticket
                let allowed = from == to || Self.expected[from]!.contains(to)
                #expect(TicketLifecycle.canMove(from: from, to: to) == Self.expected[from]!.contains(to))
                if allowed {
                    try TicketWorkflow.apply(.setStatus(to), to: &ticket, at: now, policy: .standard)
                    #expect(ticket.status == to, "\(from) → \(to)")
                    #expect(ticket.updatedAt == now)
                    #expect(ticket.version == before.version)
                } else {
                    #expect(throws: DomainError.invalidTransition(ticketId: 7, from: from, to: to)) {
                        try TicketWorkflow.apply(.setStatus(to), to: &ticket, at: now, policy: .standard)
                    }
                    #expect(ticket == before)
                }
            }
        }
    }

    @Test func inboundReopensPendingAndSolvedButNotClosed() throws {
        let policy = SLAPolicy.standard
        let now = SH.date(2026, 3, 4, 12)
        for status in [TicketStatus.new, .open, .onHold] {
            var ticket = makeTicket(status: status, createdAt: SH.date(2026, 3, 2, 10))
            #expect(TicketWorkflow.applyInbound(to: &ticket, at: now, policy: policy) == .unchanged)
            #expect(ticket.status == status)
            #expect(ticket.updatedAt == now)
        }
        var solved = makeTicket(status: .open, createdAt: SH.date(2026, 3, 2, 10))
        try TicketWorkflow.apply(.setStatus(.solved), to: &solved, at: SH.date(2026, 3, 2, 12), policy: policy)
        #expect(solved.solvedAt != nil)
        #expect(solved.resolutionClock.runningSince == nil)
        #expect(TicketWorkflow.applyInbound(to: &solved, at: now, policy: policy) == .reopened(from: .solved))
        #expect(solved.status == .open)
        #expect(solved.solvedAt == nil)
        #expect(solved.resolutionClock == ResolutionClock(usedSeconds: 2 * hour, runningSince: now))

        var closed = makeTicket(status: .closed, createdAt: SH.date(2026, 3, 2, 10))
        let before = closed
        #expect(TicketWorkflow.applyInbound(to: &closed, at: now, policy: policy) == .needsFollowUpTicket)
        #expect(closed == before)
    }
}

@Suite struct WorkflowTests {
    let policy = SLAPolicy.standard
    let created = SH.date(2026, 3, 2, 10)
    let now = SH.date(2026, 3, 2, 15)

    @Test func agentChoicesSetManualFlags() throws {
        var ticket = makeTicket(createdAt: created)
        try TicketWorkflow.apply(.setPriority(.urgent), to: &ticket, at: now, policy: policy)
        #expect(ticket.priority == .urgent && ticket.priorityIsManual && !ticket.categoryIsManual)
        try TicketWorkflow.apply(.setCategory(.damaged), to: &ticket, at: now, policy: policy)
        #expect(ticket.category == .damaged && ticket.categoryIsManual)
        Triage.apply(TriageResult(category: .presale, priority: .low, matchedRules: []), to: &ticket)
        #expect(ticket.priority == .urgent && ticket.category == .damaged)
        #expect(ticket.updatedAt == now)
        #expect(ticket.version == 1)
    }

    @Test func tagsAreNormalised() throws {
        var ticket = makeTicket(createdAt: created)
        ticket.tags = ["Zeta", "zeta "]
        for tag in ["  VIP ", "vip", "Fragile   Item", "易碎", "Alpha"] {
            try TicketWorkflow.apply(.addTag(tag), to: &ticket, at: now, policy: policy)
        }
        #expect(ticket.tags == ["alpha", "fragile-item", "vip", "zeta", "易碎"])
        try TicketWorkflow.apply(.removeTag(" VIP"), to: &ticket, at: now, policy: policy)
        #expect(ticket.tags == ["alpha", "fragile-item", "zeta", "易碎"])
        #expect(throws: DomainError.self) {
            try TicketWorkflow.apply(.addTag("   "), to: &ticket, at: now, policy: policy)
        }
        #expect(TicketWorkflow.normalizedTag("ÉCLAIR Box") == "Éclair-box")  // only ASCII is lowercased
    }

    @Test func satisfactionBounds() throws {
        var ticket = makeTicket(status: .solved, createdAt: created)
        for bad in [0, 6, -1] {
            #expect(throws: DomainError.invalidValue(field: "csat", value: String(bad), expected: "1–5")) {
                try TicketWorkflow.apply(.recordSatisfaction(csat: bad, nps: nil), to: &ticket, at: now, policy: policy)
            }
        }
        #expect(throws: DomainError.self) {
            try TicketWorkflow.apply(.recordSatisfaction(csat: 5, nps: 11), to: &ticket, at: now, policy: policy)
        }
        #expect(ticket.csat == nil && ticket.nps == nil)   // nothing half-applied
        try TicketWorkflow.apply(.recordSatisfaction(csat: 1, nps: 0), to: &ticket, at: now, policy: policy)
        #expect(ticket.csat == 1 && ticket.nps == 0)
        try TicketWorkflow.apply(.recordSatisfaction(csat: 5, nps: nil), to: &ticket, at: now, policy: policy)
        #expect(ticket.csat == 5 && ticket.nps == 0)
        try TicketWorkflow.apply(.recordSatisfaction(csat: nil, nps: 10), to: &ticket, at: now, policy: policy)
        #expect(ticket.nps == 10)
    }

    @Test func assignDepartmentAndMerge() throws {
        var ticket = makeTicket(status: .open, createdAt: created)
        try TicketWorkflow.apply(.assign("  li.wei "), to: &ticket, at: now, policy: policy)
        #expect(ticket.assignee == "li.wei")
        try TicketWorkflow.apply(.assign(" "), to: &ticket, at: now, policy: policy)
        #expect(ticket.assignee == nil)
        try TicketWorkflow.apply(.setDepartment("logistics"), to: &ticket, at: now, policy: policy)
        #expect(ticket.department == "logistics")
        #expect(throws: DomainError.self) {
            try TicketWorkflow.apply(.mergeInto(ticket.id), to: &ticket, at: now, policy: policy)
        }
        try TicketWorkflow.apply(.mergeInto(42), to: &ticket, at: now, policy: policy)
        #expect(ticket.mergedInto == 42)
        #expect(ticket.status == .closed)
        #expect(ticket.solvedAt == nil)
        #expect(ticket.resolutionClock == ResolutionClock(usedSeconds: 5 * hour, runningSince: nil))
    }

    @Test func statusChangesMaintainSolvedAtAndTheClock() throws {
        var ticket = makeTicket(status: .open, createdAt: created)
        try TicketWorkflow.apply(.setStatus(.solved), to: &ticket, at: now, policy: policy)
        #expect(ticket.solvedAt == now)
        #expect(ticket.resolutionClock == ResolutionClock(usedSeconds: 5 * hour, runningSince: nil))
        let later = SH.date(2026, 3, 3, 10)
        try TicketWorkflow.apply(.setStatus(.open), to: &ticket, at: later, policy: policy)
        #expect(ticket.solvedAt == nil)
        #expect(ticket.resolutionClock.runningSince == later)
        try TicketWorkflow.apply(.setStatus(.closed), to: &ticket, at: SH.date(2026, 3, 3, 11), policy: policy)
        #expect(ticket.solvedAt == SH.date(2026, 3, 3, 11))
        #expect(ticket.resolutionClock.usedSeconds == 6 * hour)
    }

    @Test func replyRecordsFirstResponseOnce() throws {
        var ticket = makeTicket(createdAt: created)
        try TicketWorkflow.applyReply(to: &ticket, at: SH.date(2026, 3, 2, 11), setting: nil, policy: policy)
        #expect(ticket.status == .open)
        #expect(ticket.firstRespondedAt == SH.date(2026, 3, 2, 11))
        try TicketWorkflow.applyReply(to: &ticket, at: SH.date(2026, 3, 2, 12), setting: .pending, policy: policy)
        #expect(ticket.firstRespondedAt == SH.date(2026, 3, 2, 11))
        #expect(ticket.status == .pending)
        #expect(ticket.resolutionClock == ResolutionClock(usedSeconds: 2 * hour, runningSince: nil))
        #expect(ticket.updatedAt == SH.date(2026, 3, 2, 12))
        // A reply without a status leaves pending as it is.
        try TicketWorkflow.applyReply(to: &ticket, at: SH.date(2026, 3, 2, 13), setting: nil, policy: policy)
        #expect(ticket.status == .pending)
        var closed = makeTicket(status: .closed, createdAt: created)
        #expect(throws: DomainError.invalidTransition(ticketId: 7, from: .closed, to: .open)) {
            try TicketWorkflow.applyReply(to: &closed, at: now, setting: .open, policy: policy)
        }
        #expect(closed.firstRespondedAt == nil)
    }
}

@Suite struct LoyaltyTests {
    let program = LoyaltyProgram.standard

    @Test(arguments: [
        (0, Int64(0), LoyaltyTier.none), (1, 1, .silver), (2, 499_99, .silver), (2, 500_00, .gold), (3, 0, .gold),
        (9, 1999_99, .gold), (9, 2000_00, .platinum), (10, 0, .platinum), (1, 2000_00, .platinum), (0, 499_99, .none),
    ])
    func tiersAtThresholds(orders: Int, spend: Int64, tier: LoyaltyTier) {
        #expect(program.tier(orderCount: orders, lifetimeSpendMinor: spend) == tier)
    }

    @Test func vipAndCustomerAndPoints() {
        #expect(!LoyaltyTier.silver.isVIP && LoyaltyTier.gold.isVIP && LoyaltyTier.platinum.isVIP)
        #expect(LoyaltyTier.none < .silver && LoyaltyTier.gold < .platinum)
        let customer = Customer(externalId: "C-1", name: "王芳", language: .zh, createdAt: SH.date(2026, 1, 1),
                                orderCount: 4, lifetimeSpend: Money(minorUnits: 120_00))
        #expect(program.tier(of: customer) == .gold)
        #expect(LoyaltyProgram.standard.points(forSpendMinor: 128_50) == 128)
        #expect(LoyaltyProgram.standard.points(forSpendMinor: 99) == 0)
        #expect(LoyaltyProgram.standard.points(forSpendMinor: -500) == 0)
    }
}
