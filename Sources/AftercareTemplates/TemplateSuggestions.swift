import AftercareCore
import Foundation

/// Orders templates for the reply picker.
public enum TemplateSuggestions {
    /// Templates matching `query`, best first.
    ///
    /// Filter: every word of `query` must occur (case-insensitively; `-`, `_` and spaces alike) in
    /// the template's name, title, situation (raw value or its Chinese/English label) or one of its
    /// categories (raw value or label). An empty query keeps everything.
    /// Order: templates whose categories include the ticket's category first, then those in
    /// `language`, then by name; ties keep their input order.
    public static func rank(_ templates: [ReplyTemplate], for ticket: Ticket, language: Language, query: String) -> [ReplyTemplate] {
        let words = query.split(whereSeparator: \.isWhitespace).map { fold(String($0)) }.filter { !$0.isEmpty }
        let matching = templates.enumerated().filter { _, template in
            let haystack = searchText(of: template)
            return words.allSatisfy { haystack.contains($0) }
        }
        return matching.sorted { a, b in
            let ka = (a.element.categories.contains(ticket.category) ? 0 : 1, a.element.language == language ? 0 : 1)
            let kb = (b.element.categories.contains(ticket.category) ? 0 : 1, b.element.language == language ? 0 : 1)
            if ka != kb { return ka < kb }
            if a.element.name != b.element.name { return a.element.name < b.element.name }
            return a.offset < b.offset
        }.map(\.element)
    }

    /// Everything a query may match, folded.
    static func searchText(of t: ReplyTemplate) -> String {
        var parts = [t.name, t.title, t.situation.rawValue]
        parts += Language.allCases.map { t.situation.label(in: $0) }
        for category in t.categories {
            parts.append(category.rawValue)
            parts += Language.allCases.map { category.label(in: $0) }
        }
        return parts.map(fold).joined(separator: "\n")
    }

    private static func fold(_ s: String) -> String {
        s.lowercased().replacingOccurrences(of: "_", with: " ").replacingOccurrences(of: "-", with: " ")
    }
}

extension TemplateSituation {
    /// What agents call this situation, for the picker and help screen.
    public func label(in language: Language) -> String {
        switch (self, language) {
        case (.welcome, .en): "welcome / order confirmation"
        case (.welcome, .zh): "欢迎/下单确认"
        case (.checkIn, .en): "check-in (day 3)"
        case (.checkIn, .zh): "到货回访（第3天）"
        case (.satisfactionCheck, .en): "satisfaction check (day 7)"
        case (.satisfactionCheck, .zh): "满意度回访（第7天）"
        case (.reviewRequest, .en): "review request"
        case (.reviewRequest, .zh): "邀请评价"
        case (.exclusiveOffer, .en): "exclusive offer"
        case (.exclusiveOffer, .zh): "专属优惠"
        case (.reengagement, .en): "re-engagement"
        case (.reengagement, .zh): "老客唤回"
        case (.notArrived, .en): "not arrived"
        case (.notArrived, .zh): "未收到货"
        case (.delayed, .en): "delayed"
        case (.delayed, .zh): "物流延迟"
        case (.damaged, .en): "damaged"
        case (.damaged, .zh): "商品损坏"
        case (.wrongOrMissing, .en): "wrong or missing item"
        case (.wrongOrMissing, .zh): "错发漏发"
        case (.howToUse, .en): "how to use"
        case (.howToUse, .zh): "使用指导"
        case (.notSatisfied, .en): "not satisfied"
        case (.notSatisfied, .zh): "不满意"
        case (.angryCustomer, .en): "angry customer"
        case (.angryCustomer, .zh): "客户情绪激动"
        case (.returnApproved, .en): "return approved"
        case (.returnApproved, .zh): "退货已通过"
        case (.refundIssued, .en): "refund issued"
        case (.refundIssued, .zh): "退款已发出"
        case (.positiveReview, .en): "positive review reply"
        case (.positiveReview, .zh): "好评回复"
        case (.negativeReview, .en): "negative review reply"
        case (.negativeReview, .zh): "差评回复"
        case (.delayNotice, .en): "delay notice"
        case (.delayNotice, .zh): "延迟发货通知"
        case (.general, .en): "general"
        case (.general, .zh): "通用"
        }
    }
}
