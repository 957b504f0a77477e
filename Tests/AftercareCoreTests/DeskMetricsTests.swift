import Foundation
import Testing
@testable import AftercareCore

@Suite struct DeskMetricsTests {
    let now = SH.date(2026, 3, 10, 12)   // Tuesday noon

    func facts(
        _ id: Int64, _ category: TicketCategory, _ priority: Priority, _ status: TicketStatus, assignee: String?,
        created: Date, firstResponse: Date?, solved: Date?, replies: Int, used: Int64, csat: Int?, nps: Int?,
        runningSince: Date? = nil
    ) -> TicketFacts {
        TicketFacts(id: id, category: category, priority: priority, status: status, channel: .wechat, assignee: assignee,
                    createdAt: created, firstRespondedAt: firstResponse, solvedAt: solved, replyCount: replies,
                    resolutionUsedSeconds: used, csat: csat, nps: nps, resolutionRunningSince: runningSince)
    }

    /// Five tickets whose figures are worked out by hand (business hours, Mon–Sat 09–21).
    var sample: [TicketFacts] {
        [
            // Damaged/high (2h/24h): answered in 30 min, solved after one reply in 3h. CSAT 5, NPS 10.
            facts(1, .damaged, .high, .solved, assignee: "alice", created: SH.date(2026, 3, 2, 10),
                  firstResponse: SH.date(2026, 3, 2, 10, 30), solved: SH.date(2026, 3, 2, 13), replies: 1,
                  used: 3 * hour, csat: 5, nps: 10),
            // Return/normal → 2h/48h: created 20:00, answered next day 10:00 = exactly 2h (met);
            // resolution 50h (missed); two replies. CSAT 3, NPS 6.
            facts(2, .returnRefund, .normal, .solved, assignee: "bob", created: SH.date(2026, 3, 2, 20),
                  firstResponse: SH.date(2026, 3, 3, 10), solved: SH.date(2026, 3, 7, 12), replies: 2,
                  used: 50 * hour, csat: 3, nps: 6),
            // Not received/high: answered after 4h (missed), resolved in 20h (met), closed. CSAT 4, NPS 9.
            facts(3, .notReceived, .high, .closed, assignee: "alice", created: SH.date(2026, 3, 2, 9),
                  firstResponse: SH.date(2026, 3, 2, 13), solved: SH.date(2026, 3, 4, 9), replies: 1,
                  used: 20 * hour, csat: 4, nps: 9),
            // Damaged/normal, new this morning before opening: 3h waited of 8h, not breached.
            facts(4, .damaged, .normal, .new, assignee: nil, created: SH.date(2026, 3, 10, 8),
                  firstResponse: nil, solved: nil, replies: 0, used: 0, csat: nil, nps: nil,
                  runningSince: SH.date(2026, 3, 10, 8)),
            // Presale/urgent (1h/8h) since Monday 09:00, unanswered: 15h → both clocks breached.
            facts(5, .presale, .urgent, .open, assignee: "bob", created: SH.date(2026, 3, 9, 9),
                  firstResponse: nil, solved: nil, replies: 0, used: 0, csat: nil, nps: nil,
                  runningSince: SH.date(2026, 3, 9, 9)),
        ]
    }

    @Test func handComputedReview() throws {
        var metrics = DeskMetrics(policy: .standard, now: now)
        metrics.add(contentsOf: sample)
        let report = metrics.report()
        #expect(report.tickets == 5)
        #expect(report.solved == 3)
        #expect(report.open == 2)
        #expect(report.breached == 1)
        // First response: 30 min, 2h, 4h.
        #expect(report.firstResponse == DurationSummary(count: 3, medianSeconds: 2 * hour, meanSeconds: 7800))
        // Resolution: 3h, 50h, 20h → median 20h (histogram: within 0.8 %), mean exact.
        #expect(report.resolution.count == 3)
        #expect(report.resolution.meanSeconds == 87_600)
        let median: Int64 = try #require(report.resolution.medianSeconds)
        let tolerance: Int64 = 20 * hour / 125
        #expect(abs(median - 20 * hour) <= tolerance)
        #expect(report.firstResponseSLA == Ratio(met: 2, total: 4))      // #1, #2 met; #3 late; #5 overdue
        #expect(report.resolutionSLA == Ratio(met: 2, total: 4))         // #1, #3 met; #2 late; #5 overdue
        #expect(report.firstContactResolution == Ratio(met: 2, total: 3))
        #expect(report.firstResponseSLA.percent == 50)
        #expect(report.csat.responses == 3)
        #expect(report.csat.average == 4)
        let satisfied: Double = report.csat.satisfiedPercent ?? 0
        #expect(abs(satisfied - 200.0 / 3) < 1e-9)
        #expect(report.nps.responses == 3)
        #expect(report.nps.promoters == 2 && report.nps.passives == 0 && report.nps.detractors == 1)
        let nps: Double = report.nps.score ?? 0
        #expect(abs(nps - 100.0 / 3) < 1e-9)
        #expect(report.topComplaints == [
            CategoryCount(category: .damaged, count: 2),
            CategoryCount(category: .notReceived, count: 1),
            CategoryCount(category: .returnRefund, count: 1),
        ])
        #expect(report.agents == [
            AgentFigures(agent: "alice", tickets: 2, solved: 2, medianFirstResponseSeconds: 1800, csatAverage: 4.5, csatResponses: 2),
            AgentFigures(agent: "bob", tickets: 2, solved: 1, medianFirstResponseSeconds: 2 * hour, csatAverage: 3, csatResponses: 1),
        ])
    }

    @Test func periodFilterAndEmptyReport() {
        var metrics = DeskMetrics(policy: .standard, now: now,
                                  period: DateInterval(start: SH.date(2026, 3, 1), end: SH.date(2026, 3, 9)))
        metrics.add(contentsOf: sample)
        let report = metrics.report()
        #expect(report.tickets == 3)
        #expect(report.open == 0 && report.breached == 0)
        #expect(report.periodStart == SH.date(2026, 3, 1))
        let empty = DeskMetrics(policy: .standard, now: now).report()
        #expect(empty.tickets == 0)
        #expect(empty.firstResponse.medianSeconds == nil)
        #expect(empty.csat.average == nil && empty.nps.score == nil)
        #expect(empty.firstResponseSLA.percent == nil)
        #expect(empty.text().contains("—"))
    }

    @Test func reportEncodesAsJSONAndPrintsText() throws {
        var metrics = DeskMetrics(policy: .standard, now: now)
        metrics.add(contentsOf: sample)
        let report = metrics.report()
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        let data = try encoder.encode(report)
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        #expect(try decoder.decode(DeskReport.self, from: data) == report)
        let text = report.text()
        #expect(text.contains("First response SLA met: 50.0% (2/4)"))
        #expect(text.contains("damaged/defective: 2"))
        #expect(text.contains("alice: 2 tickets"))
        #expect(report.text(language: .zh).contains("一次解决率: 66.7% (2/3)"))
        #expect(DeskReport.formatDuration(3 * hour + 300) == "3h 05m")
        #expect(DeskReport.formatDuration(50 * hour) == "2d 02h")
    }

    @Test func histogramIsBoundedAndAccurate() {
        var histogram = DurationHistogram()
        for minute in 0..<200 { histogram.add(seconds: Int64(minute) * 60) }
        let exact: Int64? = histogram.median
        #expect(exact == Int64(99 * 60))          // exact below 256 minutes
        var wide = DurationHistogram()
        for value in stride(from: Int64(1), through: 1_000_000, by: 1) { wide.add(seconds: value * 97) }
        let median = wide.median!
        let expected: Double = 500_000 * 97
        let error: Double = abs(Double(median) - expected) / expected
        #expect(error < 0.008)
        #expect(DurationHistogram.bucket(ofMinutes: Int64.max / 60) < 8_000)
        // Buckets are contiguous across the linear/log boundary.
        #expect(DurationHistogram.bucket(ofMinutes: 255) == 255)
        #expect(DurationHistogram.bucket(ofMinutes: 256) == 256)
        #expect(DurationHistogram.bucket(ofMinutes: 511) == 383)
        #expect(DurationHistogram.bucket(ofMinutes: 512) == 384)
    }

    @Test func factsFromATicket() throws {
        var ticket = makeTicket(priority: .high, category: .damaged, createdAt: SH.date(2026, 3, 2, 10))
        try TicketWorkflow.applyReply(to: &ticket, at: SH.date(2026, 3, 2, 11), setting: .solved, policy: .standard)
        let f = TicketFacts(ticket: ticket, replyCount: 1)
        #expect(f.resolutionUsedSeconds == hour)
        #expect(f.solvedAt == SH.date(2026, 3, 2, 11))
        #expect(f.resolutionRunningSince == nil)
    }

    @Test func nextRepliesGivenAndCustomersWaitingPastDueCount() {
        var metrics = DeskMetrics(policy: .standard, now: now)
        // Three next replies given, one of them late.
        var answered = facts(1, .damaged, .high, .open, assignee: "alice", created: SH.date(2026, 3, 2, 10),
                             firstResponse: SH.date(2026, 3, 2, 10, 30), solved: nil, replies: 4, used: hour, csat: nil, nps: nil)
        answered.nextReplies = NextReplyRecord(count: 3, late: 1, businessSeconds: 3 * hour)
        // Waiting since Monday 09:00 on a high ticket (2h): past due at Tuesday noon.
        var waiting = facts(2, .delayed, .high, .open, assignee: "bob", created: SH.date(2026, 3, 2, 10),
                            firstResponse: SH.date(2026, 3, 2, 10, 30), solved: nil, replies: 1, used: hour, csat: nil, nps: nil)
        waiting.awaitingReplySince = SH.date(2026, 3, 9, 9)
        metrics.add(answered)
        metrics.add(waiting)
        let report = metrics.report()
        #expect(report.nextReply.count == 3)
        #expect(report.nextReply.meanSeconds == hour)
        #expect(report.nextReplySLA == Ratio(met: 2, total: 4))
        #expect(report.breached >= 1)
        #expect(report.text().contains("Next reply SLA met: 50.0% (2/4)"))
        #expect(report.text(language: .zh).contains("再次回复达标率"))
    }
}
