import Foundation

/// The three service-level targets of one priority, in business seconds: first response, next
/// reply (the customer wrote again and is waiting) and resolution.
public struct SLATargets: Sendable, Hashable {
    public var firstResponseSeconds: Int64
    public var nextReplySeconds: Int64
    public var resolutionSeconds: Int64

    /// Without a next-reply target, the next reply is due as fast as the first response.
    public init(firstResponseSeconds: Int64, nextReplySeconds: Int64? = nil, resolutionSeconds: Int64) {
        self.firstResponseSeconds = firstResponseSeconds
        self.nextReplySeconds = nextReplySeconds ?? firstResponseSeconds
        self.resolutionSeconds = resolutionSeconds
    }

    /// Business hours, for readable tables.
    public static func hours(firstResponse: Double, nextReply: Double? = nil, resolution: Double) -> SLATargets {
        SLATargets(firstResponseSeconds: Int64(firstResponse * 3600), nextReplySeconds: nextReply.map { Int64($0 * 3600) },
                   resolutionSeconds: Int64(resolution * 3600))
    }

    /// Each component the stricter (shorter) of this target and the cap's, where the cap has one.
    public func capped(by cap: SLACap) -> SLATargets {
        SLATargets(firstResponseSeconds: min(firstResponseSeconds, cap.firstResponseSeconds ?? .max),
                   nextReplySeconds: min(nextReplySeconds, cap.nextReplySeconds ?? .max),
                   resolutionSeconds: min(resolutionSeconds, cap.resolutionSeconds ?? .max))
    }
}

/// A category's upper limits on the targets (return and refund requests: answer within 2 h,
/// decide within 48 h, whatever the priority). A component left out does not cap.
public struct SLACap: Sendable, Hashable {
    public var firstResponseSeconds: Int64?
    public var nextReplySeconds: Int64?
    public var resolutionSeconds: Int64?

    public init(firstResponseSeconds: Int64? = nil, nextReplySeconds: Int64? = nil, resolutionSeconds: Int64? = nil) {
        self.firstResponseSeconds = firstResponseSeconds
        self.nextReplySeconds = nextReplySeconds
        self.resolutionSeconds = resolutionSeconds
    }

    public static func hours(firstResponse: Double? = nil, nextReply: Double? = nil, resolution: Double? = nil) -> SLACap {
        SLACap(firstResponseSeconds: firstResponse.map { Int64($0 * 3600) }, nextReplySeconds: nextReply.map { Int64($0 * 3600) },
               resolutionSeconds: resolution.map { Int64($0 * 3600) })
    }
}
