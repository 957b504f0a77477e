/// Who the desk speaks for: the shop's name (`{{shop.name}}`), how replies are signed in each
/// language, the language for customers who have none, and the currency the desk counts in.
public struct ShopSettings: Sendable, Hashable {
    public var name: String
    /// Appended to replies in that language (`{{shop.signature}}`); empty means none.
    public var signatures: [Language: String]
    public var defaultLanguage: Language
    /// ISO 4217 code: loyalty thresholds and points are counted in it.
    public var currency: String

    public init(name: String, signatures: [Language: String] = [:], defaultLanguage: Language = .zh, currency: String = "CNY") {
        self.name = name
        self.signatures = signatures
        self.defaultLanguage = defaultLanguage
        self.currency = currency
    }

    public static let standard = ShopSettings(name: "", signatures: [:], defaultLanguage: .zh, currency: "CNY")

    public func signature(for language: Language) -> String { signatures[language] ?? "" }
}
