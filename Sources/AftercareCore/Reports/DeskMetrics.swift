import Foundation

/// A bounded histogram of non-negative durations (seconds) for medians over millions of rows.
///
/// Log-linear buckets on whole minutes: exact to the minute below 256 minutes, then 128 buckets
/// per doubling (relative error under 0.8 %). At most ~7,600 buckets whatever the input, grown
/// only as far as the largest value seen.
public struct DurationHistogram: Sendable, Hashable, Codable {
    private var counts: [Int64] = []
    public private(set) var count: Int64 = 0
    public private(set) var sum: Int64 = 0

    public init() {}

    private static let linear = 256
    private static let subBuckets = 128

    static func bucket(ofMinutes m: Int64) -> Int {
        if m < Int64(linear) { return Int(m) }
        let exponent = (63 - m.leadingZeroBitCount) - 7   // m >> exponent lies in 128..<256
        let sub = Int(m >> Int64(exponent)) - subBuckets
        return linear + (exponent - 1) * subBuckets + sub
    }

    /// A bucket's value in seconds: the whole minute for the exact buckets (so minute-aligned
    /// durations come back exactly), the midpoint for the log buckets.
    static func representativeSeconds(ofBucket b: Int) -> Int64 {
        if b < linear { return Int64(b) * 60 }
        let exponent = (b - linear) / subBuckets + 1
        let sub = Int64((b - linear) % subBuckets + subBuckets)
        let low = sub << Int64(exponent)
        let width = Int64(1) << Int64(exponent)
        let (lowSeconds, overflow) = low.multipliedReportingOverflow(by: 60)
        return overflow ? .max : lowSeconds.addingSaturating(width * 30)
    }

    public mutating func add(seconds: Int64) {
        let s = max(0, seconds)
        let b = DurationHistogram.bucket(ofMinutes: s / 60)
        if b >= counts.count { counts.append(contentsOf: repeatElement(0, count: b - counts.count + 1)) }
        counts[b] += 1
        count += 1
        sum = sum.addingSaturating(s)
    }

    public mutating func merge(_ other: DurationHistogram) {
        if other.counts.count > counts.count {
            counts.append(contentsOf: repeatElement(0, count: other.counts.count - counts.count))
        }
        for (index, value) in other.counts.enumerated() { counts[index] += value }
        count += other.count
        sum = sum.addingSaturating(other.sum)
    }

    public var mean: Int64? { count == 0 ? nil : Int64(saturating: (Double(sum) / Double(count)).rounded()) }

    /// The value at quantile `q` (0…1), as the midpoint of its bucket; nil when empty.
    public func quantile(_ q: Double) -> Int64? {
        guard count > 0 else { return nil }
        let rank = max(1, Int64((Double(count) * min(max(q, 0), 1)).rounded(.up)))
        var seen: Int64 = 0
        for (index, value) in counts.enumerated() {
            seen += value
            if seen >= rank { return DurationHistogram.representativeSeconds(ofBucket: index) }
        }
        return nil
    }

    public var median: Int64? { quantile(0.5) }
}

/// Median and mean of a set of durations (business seconds), with how many there were.
public struct DurationSummary: Codable, Sendable, Hashable {
    public var count: Int64
    public var medianSeconds: Int64?
    public var meanSeconds: Int64?

    public init(count: Int64, medianSeconds: Int64?, meanSeconds: Int64?) {
        self.count = count
        self.medianSeconds = medianSeconds
        self.meanSeconds = meanSeconds
    }

    init(_ histogram: DurationHistogram) {
        self.init(count: histogram.count, medianSeconds: histogram.median, meanSeconds: histogram.mean)
    }
}

/// A share: `met` of `total`, and the percentage (nil when there is nothing to measure).
public struct Ratio: Codable, Sendable, Hashable {
    public var met: Int64
    public var total: Int64

    public init(met: Int64, total: Int64) {
        self.met = met
        self.total = total
    }

    public var percent: Double? { total == 0 ? nil : Double(met) * 100 / Double(total) }
}

public struct CSATSummary: Codable, Sendable, Hashable {
    public var responses: Int64
    /// Average score 1–5.
    public var average: Double?
    /// Answers of 4 or 5, as a percentage of responses.
    public var satisfiedPercent: Double?

    public init(responses: Int64, average: Double?, satisfiedPercent: Double?) {
        self.responses = responses
        self.average = average
        self.satisfiedPercent = satisfiedPercent
    }
}

public struct NPSSummary: Codable, Sendable, Hashable {
    public var responses: Int64
    public var promoters: Int64
    public var passives: Int64
    public var detractors: Int64
    /// % promoters (9–10) minus % detractors (0–6): −100…100; nil without responses.
    public var score: Double?

    public init(responses: Int64, promoters: Int64, passives: Int64, detractors: Int64, score: Double?) {
        self.responses = responses
        self.promoters = promoters
        self.passives = passives
        self.detractors = detractors
        self.score = score
    }
}

public struct CategoryCount: Codable, Sendable, Hashable {
    public var category: TicketCategory
    public var count: Int64

    public init(category: TicketCategory, count: Int64) {
        self.category = category
        self.count = count
    }
}

public struct AgentFigures: Codable, Sendable, Hashable {
    public var agent: String
    public var tickets: Int64
    public var solved: Int64
    public var medianFirstResponseSeconds: Int64?
    public var csatAverage: Double?
    public var csatResponses: Int64

    public init(agent: String, tickets: Int64, solved: Int64, medianFirstResponseSeconds: Int64?, csatAverage: Double?, csatResponses: Int64) {
        self.agent = agent
        self.tickets = tickets
        self.solved = solved
        self.medianFirstResponseSeconds = medianFirstResponseSeconds
        self.csatAverage = csatAverage
        self.csatResponses = csatResponses
    }
}

/// The monthly after-sales review: what `DeskMetrics` produces, printed by the CLI as text
/// (`text`) or encoded as JSON (Codable). Durations are business seconds.
public struct DeskReport: Codable, Sendable, Hashable {
    /// The instant the figures were computed for (open and breached counts are as of this time).
    public var generatedAt: Date
    /// The creation-time window the tickets were taken from, when one was given.
    public var periodStart: Date?
    public var periodEnd: Date?
    public var tickets: Int64
    public var solved: Int64
    /// Still active (new, open, pending, on-hold) at `generatedAt`.
    public var open: Int64
    /// Active and past an SLA target at `generatedAt`.
    public var breached: Int64
    public var firstResponse: DurationSummary
    /// Business time the resolution clock ran for solved tickets (pauses excluded).
    public var resolution: DurationSummary
    /// Answered within target, of answered tickets plus unanswered ones already past due.
    public var firstResponseSLA: Ratio
    /// Next replies (to a customer who wrote again): how long they took on average (business time).
    public var nextReply: DurationSummary
    /// Next replies within target, of those given plus customers waiting past due now.
    public var nextReplySLA: Ratio
    /// Solved within target, of solved tickets plus active ones already past due.
    public var resolutionSLA: Ratio
    /// Solved after exactly one reply, of solved tickets that got at least one reply.
    public var firstContactResolution: Ratio
    public var csat: CSATSummary
    public var nps: NPSSummary
    /// Problem categories (not pre-sale questions or reviews), most frequent first.
    public var topComplaints: [CategoryCount]
    /// By agent login, alphabetical; unassigned tickets are only in the totals.
    public var agents: [AgentFigures]

    public init(
        generatedAt: Date, periodStart: Date?, periodEnd: Date?, tickets: Int64, solved: Int64, open: Int64,
        breached: Int64, firstResponse: DurationSummary, resolution: DurationSummary, firstResponseSLA: Ratio,
        nextReply: DurationSummary, nextReplySLA: Ratio, resolutionSLA: Ratio, firstContactResolution: Ratio, csat: CSATSummary, nps: NPSSummary,
        topComplaints: [CategoryCount], agents: [AgentFigures]
    ) {
        self.generatedAt = generatedAt
        self.periodStart = periodStart
        self.periodEnd = periodEnd
        self.tickets = tickets
        self.solved = solved
        self.open = open
        self.breached = breached
        self.firstResponse = firstResponse
        self.resolution = resolution
        self.firstResponseSLA = firstResponseSLA
        self.nextReply = nextReply
        self.nextReplySLA = nextReplySLA
        self.resolutionSLA = resolutionSLA
        self.firstContactResolution = firstContactResolution
        self.csat = csat
        self.nps = nps
        self.topComplaints = topComplaints
        self.agents = agents
    }

    /// "3h 05m", "2d 04h" (business time; a "d" is 24 business hours), "—" for no data.
    public static func formatDuration(_ seconds: Int64?) -> String {
        guard let seconds else { return "—" }
        let minutes = seconds / 60
        if minutes < 60 { return "\(minutes)m" }
        let hours = minutes / 60
        if hours < 48 { return "\(hours)h \(pad(minutes % 60))m" }
        return "\(hours / 24)d \(pad(hours % 24))h"
    }

    static func pad(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }

    static func formatPercent(_ value: Double?) -> String {
        guard let value else { return "—" }
        return String(format: "%.1f%%", value)
    }

    static func formatNumber(_ value: Double?, digits: Int = 2) -> String {
        guard let value else { return "—" }
        return String(format: "%.\(digits)f", value)
    }

    /// A plain-text rendering for the terminal, in `language`.
    public func text(language: Language = .en) -> String {
        let zh = language == .zh
        var lines: [String] = []
        func line(_ en: String, _ cn: String, _ value: String) {
            lines.append("\(zh ? cn : en): \(value)")
        }
        func ratio(_ r: Ratio) -> String { "\(DeskReport.formatPercent(r.percent)) (\(r.met)/\(r.total))" }
        lines.append(zh ? "售后月度复盘" : "After-sales review")
        line("Tickets", "工单", "\(tickets) (\(zh ? "已解决" : "solved") \(solved), \(zh ? "未结" : "open") \(open), \(zh ? "超时" : "breached") \(breached))")
        line("First response median/mean", "首次响应 中位/平均",
             "\(DeskReport.formatDuration(firstResponse.medianSeconds)) / \(DeskReport.formatDuration(firstResponse.meanSeconds))")
        line("Resolution median/mean", "解决时长 中位/平均",
             "\(DeskReport.formatDuration(resolution.medianSeconds)) / \(DeskReport.formatDuration(resolution.meanSeconds))")
        line("First response SLA met", "首次响应达标率", ratio(firstResponseSLA))
        line("Next reply mean", "再次回复 平均", DeskReport.formatDuration(nextReply.meanSeconds) + " (n=\(nextReply.count))")
        line("Next reply SLA met", "再次回复达标率", ratio(nextReplySLA))
        line("Resolution SLA met", "解决达标率", ratio(resolutionSLA))
        line("First-contact resolution", "一次解决率", ratio(firstContactResolution))
        line("CSAT", "满意度", "\(DeskReport.formatNumber(csat.average))/5, \(zh ? "满意" : "satisfied") \(DeskReport.formatPercent(csat.satisfiedPercent)) (n=\(csat.responses))")
        line("NPS", "净推荐值", "\(DeskReport.formatNumber(nps.score, digits: 1)) (n=\(nps.responses))")
        if !topComplaints.isEmpty {
            lines.append(zh ? "主要问题:" : "Top complaints:")
            for entry in topComplaints {
                lines.append("  \(entry.category.label(in: language)): \(entry.count)")
            }
        }
        if !agents.isEmpty {
            lines.append(zh ? "客服:" : "Agents:")
            for agent in agents {
                lines.append("  \(agent.agent): \(agent.tickets) \(zh ? "工单" : "tickets"), \(agent.solved) \(zh ? "已解决" : "solved"), "
                    + "\(zh ? "首次响应中位" : "median first response") \(DeskReport.formatDuration(agent.medianFirstResponseSeconds)), "
                    + "CSAT \(DeskReport.formatNumber(agent.csatAverage))")
            }
        }
        return lines.joined(separator: "\n")
    }
}

/// Streaming accumulator for the monthly review: feed it `TicketFacts` one at a time (the store
/// streams 1M rows), then ask for the `report()`. Memory is constant in the number of tickets:
/// counters, bounded `DurationHistogram`s (medians are histogram medians, exact to the minute
/// below 256 minutes and within 0.8 % above), and one small record per agent.
///
/// Times are business time on `policy.calendar`; SLA targets are `policy.targets(priority:category:)`.
/// Solved means `solvedAt` is set and the ticket is solved or closed.
public struct DeskMetrics: Sendable {
    public let policy: SLAPolicy
    public let now: Date
    /// When set, only tickets created inside it count (everything else is skipped).
    public let period: DateInterval?
    public var topComplaintLimit: Int

    struct AgentAccumulator: Sendable {
        var tickets: Int64 = 0
        var solved: Int64 = 0
        var firstResponse = DurationHistogram()
        var csatSum: Int64 = 0
        var csatCount: Int64 = 0
    }

    private var tickets: Int64 = 0
    private var solved: Int64 = 0
    private var open: Int64 = 0
    private var breached: Int64 = 0
    private var firstResponse = DurationHistogram()
    private var resolution = DurationHistogram()
    private var firstResponseMet: Int64 = 0
    private var firstResponseMeasured: Int64 = 0
    private var nextReplies: Int64 = 0
    private var nextReplySeconds: Int64 = 0
    private var nextReplyMet: Int64 = 0
    private var nextReplyMeasured: Int64 = 0
    private var resolutionMet: Int64 = 0
    private var resolutionMeasured: Int64 = 0
    private var fcrMet: Int64 = 0
    private var fcrTotal: Int64 = 0
    private var csatSum: Int64 = 0
    private var csatCount: Int64 = 0
    private var csatSatisfied: Int64 = 0
    private var promoters: Int64 = 0
    private var passives: Int64 = 0
    private var detractors: Int64 = 0
    private var categories = [Int64](repeating: 0, count: TicketCategory.allCases.count)
    private var agents: [String: AgentAccumulator] = [:]

    public init(policy: SLAPolicy, now: Date, period: DateInterval? = nil, topComplaintLimit: Int = 5) {
        self.policy = policy
        self.now = now
        self.period = period
        self.topComplaintLimit = topComplaintLimit
    }

    /// Categories that are problems (top complaints); pre-sale questions and reviews are not.
    public static func isComplaint(_ category: TicketCategory) -> Bool {
        category != .presale && category != .feedback
    }

    public mutating func add(_ facts: TicketFacts) {
        if let period, !period.contains(facts.createdAt) { return }
        let calendar = policy.calendar
        let goal = policy.targets(priority: facts.priority, category: facts.category)
        tickets += 1
        let isSolved = facts.solvedAt != nil && (facts.status == .solved || facts.status == .closed)
        let isActive = facts.status.isActive
        if isSolved { solved += 1 }
        if isActive { open += 1 }
        categories[TicketCategory.allCases.firstIndex(of: facts.category)!] += 1

        // First response.
        var firstSeconds: Int64?
        var firstBreachedNow = false
        if let answered = facts.firstRespondedAt {
            let seconds = calendar.businessSeconds(from: facts.createdAt, to: answered)
            firstSeconds = seconds
            firstResponse.add(seconds: seconds)
            firstResponseMeasured += 1
            if seconds <= goal.firstResponseSeconds { firstResponseMet += 1 }
        } else if isActive {
            let waited = calendar.businessSeconds(from: facts.createdAt, to: now)
            if waited > goal.firstResponseSeconds {
                firstBreachedNow = true
                firstResponseMeasured += 1
            }
        }

        // Next replies: those given, and a customer waiting past due now.
        var nextReplyBreachedNow = false
        let record = facts.nextReplies
        if record.count > 0 {
            nextReplies += Int64(record.count)
            let (sum, overflow) = nextReplySeconds.addingReportingOverflow(max(0, record.businessSeconds))
            nextReplySeconds = overflow ? .max : sum
            nextReplyMeasured += Int64(record.count)
            nextReplyMet += Int64(max(0, record.count - record.late))
        }
        // A paused ticket's next-reply clock stops, as the inbox and `show` count it.
        if isActive, !facts.status.pausesResolutionClock, let since = facts.awaitingReplySince,
           calendar.businessSeconds(from: since, to: now) > goal.nextReplySeconds {
            nextReplyBreachedNow = true
            nextReplyMeasured += 1
        }

        // Resolution.
        var resolutionBreachedNow = false
        if isSolved {
            resolution.add(seconds: facts.resolutionUsedSeconds)
            resolutionMeasured += 1
            if facts.resolutionUsedSeconds <= goal.resolutionSeconds { resolutionMet += 1 }
            if facts.replyCount >= 1 {
                fcrTotal += 1
                if facts.replyCount == 1 { fcrMet += 1 }
            }
        } else if isActive {
            var used = facts.resolutionUsedSeconds
            if let since = facts.resolutionRunningSince { used += calendar.businessSeconds(from: since, to: now) }
            if used > goal.resolutionSeconds {
                resolutionBreachedNow = true
                resolutionMeasured += 1
            }
        }
        if firstBreachedNow || nextReplyBreachedNow || resolutionBreachedNow { breached += 1 }

        // Satisfaction.
        if let score = facts.csat, (1...5).contains(score) {
            csatSum += Int64(score)
            csatCount += 1
            if score >= 4 { csatSatisfied += 1 }
        }
        if let score = facts.nps, (0...10).contains(score) {
            switch score {
            case 9...10: promoters += 1
            case 7...8: passives += 1
            default: detractors += 1
            }
        }

        // Per agent.
        if let login = facts.assignee, !login.isEmpty {
            var entry = agents[login] ?? AgentAccumulator()
            entry.tickets += 1
            if isSolved { entry.solved += 1 }
            if let firstSeconds { entry.firstResponse.add(seconds: firstSeconds) }
            if let score = facts.csat, (1...5).contains(score) {
                entry.csatSum += Int64(score)
                entry.csatCount += 1
            }
            agents[login] = entry
        }
    }

    public mutating func add<S: Sequence>(contentsOf facts: S) where S.Element == TicketFacts {
        for item in facts { add(item) }
    }

    public func report() -> DeskReport {
        let npsResponses = promoters + passives + detractors
        let npsScore: Double? = npsResponses == 0 ? nil
            : (Double(promoters) - Double(detractors)) * 100 / Double(npsResponses)
        let top = TicketCategory.allCases.indices
            .filter { DeskMetrics.isComplaint(TicketCategory.allCases[$0]) && categories[$0] > 0 }
            .sorted { categories[$0] != categories[$1] ? categories[$0] > categories[$1] : $0 < $1 }
            .prefix(max(0, topComplaintLimit))
            .map { CategoryCount(category: TicketCategory.allCases[$0], count: categories[$0]) }
        let agentFigures = agents.keys.sorted().map { login -> AgentFigures in
            let entry = agents[login]!
            return AgentFigures(
                agent: login, tickets: entry.tickets, solved: entry.solved,
                medianFirstResponseSeconds: entry.firstResponse.median,
                csatAverage: entry.csatCount == 0 ? nil : Double(entry.csatSum) / Double(entry.csatCount),
                csatResponses: entry.csatCount
            )
        }
        return DeskReport(
            generatedAt: now, periodStart: period?.start, periodEnd: period?.end, tickets: tickets,
            solved: solved, open: open, breached: breached,
            firstResponse: DurationSummary(firstResponse), resolution: DurationSummary(resolution),
            firstResponseSLA: Ratio(met: firstResponseMet, total: firstResponseMeasured),
            nextReply: DurationSummary(count: nextReplies, medianSeconds: nil,
                                       meanSeconds: nextReplies == 0 ? nil : nextReplySeconds / nextReplies),
            nextReplySLA: Ratio(met: nextReplyMet, total: nextReplyMeasured),
            resolutionSLA: Ratio(met: resolutionMet, total: resolutionMeasured),
            firstContactResolution: Ratio(met: fcrMet, total: fcrTotal),
            csat: CSATSummary(
                responses: csatCount,
                average: csatCount == 0 ? nil : Double(csatSum) / Double(csatCount),
                satisfiedPercent: csatCount == 0 ? nil : Double(csatSatisfied) * 100 / Double(csatCount)
            ),
            nps: NPSSummary(responses: npsResponses, promoters: promoters, passives: passives,
                            detractors: detractors, score: npsScore),
            topComplaints: Array(top), agents: agentFigures
        )
    }
}

extension TicketFacts {
    /// The facts of a ticket as it stands, given how many replies it has.
    public init(ticket: Ticket, replyCount: Int) {
        self.init(
            id: ticket.id, category: ticket.category, priority: ticket.priority, status: ticket.status,
            channel: ticket.channel, assignee: ticket.assignee, createdAt: ticket.createdAt,
            firstRespondedAt: ticket.firstRespondedAt, solvedAt: ticket.solvedAt, replyCount: replyCount,
            resolutionUsedSeconds: ticket.resolutionClock.usedSeconds, csat: ticket.csat, nps: ticket.nps,
            resolutionRunningSince: ticket.resolutionClock.runningSince, nextReplies: ticket.nextReplies,
            awaitingReplySince: ticket.awaitingReplySince
        )
    }
}
