import Foundation
import Testing
@testable import AftercareCore

@Suite struct FollowUpPlannerTests {
    let placed = SH.date(2026, 3, 2, 10)
    var order: Order {
        Order(externalId: "O-1", customerExternalId: "C-1", number: "SO-1", placedAt: placed, items: [],
              amount: Money(minorUnits: 199_00))
    }
    func customer(optedOut: Bool = false, orders: Int = 1) -> Customer {
        Customer(externalId: "C-1", name: "Lin", language: .en, optedOut: optedOut, createdAt: placed, orderCount: orders)
    }
    func day(_ n: Double) -> Date { placed.addingTimeInterval(n * 86_400) }
    func touch(_ kind: TouchpointKind, _ at: Date, order: String? = "O-1") -> Touchpoint {
        Touchpoint(customerExternalId: "C-1", orderExternalId: order, kind: kind, channel: .email, at: at)
    }

    @Test func scheduleFollowsTheDays() {
        let expected: [(Double, TouchpointKind?)] = [
            (0.1, .welcome), (2, .checkIn), (5, nil), (7.5, .satisfactionCheck), (20, .reviewRequest),
            (45, .offer), (75, .loyaltyInvite), (120, .reengagement),
        ]
        for (d, kind) in expected {
            let decision = FollowUpPlanner.decide(order: order, customer: customer(), touchpoints: [],
                                                  hasOpenProblem: false, at: day(d))
            if let kind {
                #expect(decision == .send(kind: kind, step: kind, newCustomer: true), "day \(d)")
            } else {
                #expect(decision == .nothing(.noStepDue), "day \(d)")
            }
        }
    }

    @Test func optOutCapAndAlreadySent() {
        #expect(FollowUpPlanner.decide(order: order, customer: customer(optedOut: true), touchpoints: [],
                                       hasOpenProblem: false, at: day(2)) == .nothing(.optedOut))
        // The order confirmation is a service message: it still goes out.
        #expect(FollowUpPlanner.decide(order: order, customer: customer(optedOut: true), touchpoints: [],
                                       hasOpenProblem: false, at: day(0.1))
            == .send(kind: .welcome, step: .welcome, newCustomer: true))
        #expect(FollowUpPlanner.decide(order: order, customer: customer(), touchpoints: [touch(.checkIn, day(1.5))],
                                       hasOpenProblem: false, at: day(2)) == .nothing(.alreadySent))
        // Two proactive touchpoints in the last 30 days (any order) block a third.
        let recent = [touch(.offer, day(10), order: "O-9"), touch(.checkIn, day(2)), touch(.welcome, day(0.1))]
        #expect(FollowUpPlanner.decide(order: order, customer: customer(), touchpoints: recent,
                                       hasOpenProblem: false, at: day(20)) == .nothing(.frequencyCap))
        #expect(FollowUpPlanner.decide(order: order, customer: customer(), touchpoints: recent,
                                       hasOpenProblem: false, at: day(30.5)) == .nothing(.frequencyCap))
        // Once they age out of the 30-day window, the next step goes (a long-term customer here).
        #expect(FollowUpPlanner.decide(order: order, customer: customer(orders: 4), touchpoints: recent,
                                       hasOpenProblem: false, at: day(45))
            == .send(kind: .offer, step: .offer, newCustomer: false))
    }

    @Test func openProblemGetsAFeedbackRequestInsteadOfAReviewRequest() {
        let decision = FollowUpPlanner.decide(order: order, customer: customer(), touchpoints: [],
                                              hasOpenProblem: true, at: day(20))
        #expect(decision == .send(kind: .satisfactionCheck, step: .reviewRequest, newCustomer: true))
        // That feedback request counts as the review step being done.
        #expect(FollowUpPlanner.decide(order: order, customer: customer(), touchpoints: [touch(.satisfactionCheck, day(20))],
                                       hasOpenProblem: false, at: day(25)) == .nothing(.alreadySent))
    }

    @Test func reengagementOnlyWhenNoNewerOrder() {
        #expect(FollowUpPlanner.decide(order: order, customer: customer(), touchpoints: [], hasOpenProblem: false,
                                       lastOrderPlacedAt: day(100), at: day(120)) == .nothing(.notInactive))
        #expect(FollowUpPlanner.decide(order: order, customer: customer(), touchpoints: [], hasOpenProblem: false,
                                       lastOrderPlacedAt: placed, at: day(120))
            == .send(kind: .reengagement, step: .reengagement, newCustomer: true))
    }
}
