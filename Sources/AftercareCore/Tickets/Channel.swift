/// Where a customer reached the shop, and where a reply goes back.
public enum Channel: String, Codable, CaseIterable, Sendable, Hashable {
    case email
    case wechat
    case xiaohongshu
    case marketplace
    case phone
    case web

    /// Short label for narrow columns (the inbox shows channels in 4 cells).
    public var shortLabel: String {
        switch self {
        case .email: "mail"
        case .wechat: "wx"
        case .xiaohongshu: "xhs"
        case .marketplace: "mkt"
        case .phone: "tel"
        case .web: "web"
        }
    }
}

/// The language a customer writes in and is answered in.
public enum Language: String, Codable, CaseIterable, Sendable, Hashable {
    case zh
    case en
}
