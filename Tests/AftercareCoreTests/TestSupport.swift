import Foundation
@testable import AftercareCore

/// Shanghai wall-clock instants for readable tests.
enum SH {
    static let calendar: Calendar = {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = TimeZone(identifier: "Asia/Shanghai")!
        return c
    }()

    static func date(_ y: Int, _ m: Int, _ d: Int, _ h: Int = 0, _ min: Int = 0, _ s: Int = 0) -> Date {
        calendar.date(from: DateComponents(year: y, month: m, day: d, hour: h, minute: min, second: s))!
    }
}

let hour: Int64 = 3600

func makeTicket(
    id: Int64 = 7, status: TicketStatus = .new, priority: Priority = .normal, category: TicketCategory = .other,
    createdAt: Date, firstRespondedAt: Date? = nil
) -> Ticket {
    Ticket(id: id, externalId: "T-\(id)", customerExternalId: "C-1", channel: .wechat, language: .zh,
           subject: "subject", status: status, priority: priority, category: category, createdAt: createdAt,
           firstRespondedAt: firstRespondedAt)
}
