/// A named change an agent (or a script) makes to a ticket. The store applies it in one
/// transaction, checks the ticket's version, and writes an audit row for it.
public enum TicketChange: Codable, Sendable, Hashable {
    case setStatus(TicketStatus)
    case setPriority(Priority)
    case setCategory(TicketCategory)
    case assign(String?)
    case addTag(String)
    case removeTag(String)
    case setDepartment(String?)
    case mergeInto(Int64)
    case recordSatisfaction(csat: Int?, nps: Int?)

    /// The audit trail's name for this kind of change.
    public var auditField: String {
        switch self {
        case .setStatus: "status"
        case .setPriority: "priority"
        case .setCategory: "category"
        case .assign: "assignee"
        case .addTag, .removeTag: "tags"
        case .setDepartment: "department"
        case .mergeInto: "merged_into"
        case .recordSatisfaction: "satisfaction"
        }
    }
}
