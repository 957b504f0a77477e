/// Where a ticket is in its life. See `TicketLifecycle` for the moves between them.
public enum TicketStatus: String, Codable, CaseIterable, Sendable, Hashable {
    case new
    case open
    /// Waiting on the customer: the resolution clock is paused.
    case pending
    /// Waiting on a third party (carrier, factory): the resolution clock is paused.
    case onHold = "on_hold"
    case solved
    case closed

    /// Still needs work from the desk (shown in the "open" inbox views).
    public var isActive: Bool {
        switch self {
        case .new, .open, .pending, .onHold: true
        case .solved, .closed: false
        }
    }

    /// The resolution clock does not run in these states.
    public var pausesResolutionClock: Bool { self == .pending || self == .onHold || !isActive }
}

/// Urgency. `rank` 0 is the most urgent, so ascending order is the work order.
public enum Priority: String, Codable, CaseIterable, Sendable, Hashable, Comparable {
    case urgent
    case high
    case normal
    case low

    public var rank: Int {
        switch self {
        case .urgent: 0
        case .high: 1
        case .normal: 2
        case .low: 3
        }
    }

    public init?(rank: Int) {
        guard let match = Priority.allCases.first(where: { $0.rank == rank }) else { return nil }
        self = match
    }

    /// One step more urgent (urgent stays urgent).
    public var raised: Priority { Priority(rank: max(0, rank - 1)) ?? .urgent }

    public static func < (lhs: Priority, rhs: Priority) -> Bool { lhs.rank < rhs.rank }
}

/// What kind of after-sales problem a ticket is about (triage categories from domain.md).
public enum TicketCategory: String, Codable, CaseIterable, Sendable, Hashable {
    case notReceived = "not_received"
    case delayed
    case damaged
    case wrongOrMissing = "wrong_or_missing"
    case mismatch
    case usage
    case returnRefund = "return_refund"
    case complaint
    case feedback
    case presale
    case other

    public func label(in language: Language) -> String {
        switch (self, language) {
        case (.notReceived, .en): "not received"
        case (.notReceived, .zh): "未收到货"
        case (.delayed, .en): "delayed"
        case (.delayed, .zh): "物流延迟"
        case (.damaged, .en): "damaged/defective"
        case (.damaged, .zh): "损坏/质量"
        case (.wrongOrMissing, .en): "wrong/missing item"
        case (.wrongOrMissing, .zh): "错发/漏发"
        case (.mismatch, .en): "size/description"
        case (.mismatch, .zh): "尺寸/描述不符"
        case (.usage, .en): "how to use"
        case (.usage, .zh): "使用问题"
        case (.returnRefund, .en): "return/refund"
        case (.returnRefund, .zh): "退换货/退款"
        case (.complaint, .en): "complaint"
        case (.complaint, .zh): "投诉"
        case (.feedback, .en): "review/feedback"
        case (.feedback, .zh): "评价/反馈"
        case (.presale, .en): "pre-sale question"
        case (.presale, .zh): "售前咨询"
        case (.other, .en): "other"
        case (.other, .zh): "其他"
        }
    }
}
