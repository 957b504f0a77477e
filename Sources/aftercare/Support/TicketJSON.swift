import AftercareCore
import AftercareStore
import Foundation

/// A ticket as `--json` prints it. `id` is the short number agents type.
struct TicketJSON: Encodable {
    var id: Int64
    var externalId: String
    var subject: String
    var status: String
    var priority: String
    var category: String
    var channel: String
    var language: String
    var tags: [String]
    var assignee: String?
    var department: String?
    var mergedInto: Int64?
    var customer: CustomerRef
    var order: String?
    var createdAt: Date
    var updatedAt: Date
    var firstRespondedAt: Date?
    var solvedAt: Date?
    var version: Int64
    var messageCount: Int
    var csat: Int?
    var nps: Int?
    var sla: SLAJSON

    struct CustomerRef: Encodable {
        var externalId: String
        var name: String
        var tier: String
    }

    init(_ summary: TicketSummary, policy: SLAPolicy, now: Date) {
        let t = summary.ticket
        id = t.id
        externalId = t.externalId
        subject = t.subject
        status = t.status.rawValue
        priority = t.priority.rawValue
        category = t.category.rawValue
        channel = t.channel.rawValue
        language = t.language.rawValue
        tags = t.tags
        assignee = t.assignee
        department = t.department
        mergedInto = t.mergedInto
        customer = CustomerRef(externalId: t.customerExternalId, name: summary.customerName, tier: summary.customerTier.rawValue)
        order = t.orderExternalId
        createdAt = t.createdAt
        updatedAt = t.updatedAt
        firstRespondedAt = t.firstRespondedAt
        solvedAt = t.solvedAt
        version = t.version
        messageCount = summary.messageCount
        csat = t.csat
        nps = t.nps
        sla = SLAJSON(policy.state(of: t, at: now), nextReplies: t.nextReplies)
    }
}

struct SLAJSON: Encodable {
    var breached: Bool
    var firstResponse: ClockJSON
    /// The customer wrote again after being answered: running while they wait, with the record
    /// of next replies given so far.
    var nextReply: NextReplyJSON
    var resolution: ClockJSON

    struct NextReplyJSON: Encodable {
        var state: String
        var due: Date?
        var secondsLeft: Int64?
        var replies: Int
        var late: Int
        var businessSeconds: Int64
    }

    struct ClockJSON: Encodable {
        var state: String
        var due: Date?
        var secondsLeft: Int64?
        var metAt: Date?

        init(_ clock: SLAClockState) {
            switch clock {
            case let .met(at, due, breached):
                state = breached ? "met_late" : "met"; self.due = due; metAt = at
            case let .running(due, left):
                state = left < 0 ? "breached" : "running"; self.due = due; secondsLeft = left
            case let .paused(left):
                state = "paused"; secondsLeft = left
            case .none:
                state = "none"
            }
        }
    }

    init(_ state: SLAState, nextReplies: NextReplyRecord) {
        breached = state.isBreached
        firstResponse = ClockJSON(state.firstResponse)
        let clock = ClockJSON(state.nextReply)
        nextReply = NextReplyJSON(state: clock.state, due: clock.due, secondsLeft: clock.secondsLeft, replies: nextReplies.count,
                                  late: nextReplies.late, businessSeconds: nextReplies.businessSeconds)
        resolution = ClockJSON(state.resolution)
    }
}
