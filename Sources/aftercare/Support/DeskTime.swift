import AftercareCore
import Foundation

/// Times printed for people are in the desk's time zone (the SLA calendar's), minutes precision.
struct DeskTime {
    private let formatter: DateFormatter

    init(policy: SLAPolicy) {
        formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: policy.calendar.timeZoneIdentifier) ?? .gmt
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
    }

    func string(_ date: Date) -> String { formatter.string(from: date) }
    func day(_ date: Date) -> String { String(formatter.string(from: date).prefix(10)) }
}
