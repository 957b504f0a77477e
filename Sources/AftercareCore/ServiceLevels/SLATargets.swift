import Foundation

/// First-response and resolution targets for one priority, in business seconds.
public struct SLATargets: Codable, Sendable, Hashable {
    public var firstResponseSeconds: Int64
    public var resolutionSeconds: Int64

    public init(firstResponseSeconds: Int64, resolutionSeconds: Int64) {
        self.firstResponseSeconds = firstResponseSeconds
        self.resolutionSeconds = resolutionSeconds
    }

    /// Business hours, for readable tables.
    public static func hours(firstResponse: Double, resolution: Double) -> SLATargets {
        SLATargets(firstResponseSeconds: Int64(firstResponse * 3600), resolutionSeconds: Int64(resolution * 3600))
    }

    /// Each component the stricter (shorter) of the two.
    public func stricter(_ other: SLATargets) -> SLATargets {
        SLATargets(firstResponseSeconds: min(firstResponseSeconds, other.firstResponseSeconds),
                   resolutionSeconds: min(resolutionSeconds, other.resolutionSeconds))
    }
}
