import AftercareCore
import Foundation

/// The replies Aftercare ships with: one Chinese and one English template per situation, under the
/// same name. Problem replies follow the service-recovery order (acknowledge, apologise, fix,
/// compensate, follow up) and own the problem; marketing follow-ups end with the opt-out line;
/// review requests only ask.
///
/// Extras the agent fills in (dates as `2026-11-25`, which come out in the reply's language): `new_date`, `coupon.code` / `coupon.discount` / `coupon.expiry`,
/// `refund.days`, `review.link`, `guide.link`, `return.address`, `resolution`. Parts in
/// `{{#coupon.code}}…{{/coupon.code}}` (and the like) are optional and drop out when not filled.
public enum BuiltInTemplates {
    /// Names of the follow-ups that are marketing, and so carry the opt-out line.
    public static let marketingSituations: Set<TemplateSituation> = [
        .welcome, .checkIn, .satisfactionCheck, .reviewRequest, .exclusiveOffer, .reengagement,
    ]

    /// English first, then Chinese, each in the order of the customer's journey.
    /// (A file that does not parse would be left out; `BuiltInTemplateTests` checks every one does.)
    public static let all: [ReplyTemplate] = (english + chinese).compactMap { bytes in
        try? TemplateFile.parse(String(decoding: bytes, as: UTF8.self), isBuiltIn: true)
    }

    /// The shipped files, for the test that checks each one parses.
    public static var files: [String] { (english + chinese).map { String(decoding: $0, as: UTF8.self) } }

    /// The built-in with this name and language.
    public static func named(_ name: String, language: Language) -> ReplyTemplate? {
        all.first { $0.name == name && $0.language == language }
    }

    // The files in BuiltIn/, embedded at build time (SwiftPM resources): one file per template and
    // language, in the format `templates add` reads.
    private static let english: [[UInt8]] = [
        PackageResources.welcome_en_txt,
        PackageResources.check_in_en_txt,
        PackageResources.satisfaction_check_en_txt,
        PackageResources.review_request_en_txt,
        PackageResources.exclusive_offer_en_txt,
        PackageResources.re_engagement_en_txt,
        PackageResources.not_arrived_en_txt,
        PackageResources.delayed_en_txt,
        PackageResources.damaged_en_txt,
        PackageResources.wrong_or_missing_en_txt,
        PackageResources.how_to_use_en_txt,
        PackageResources.not_satisfied_en_txt,
        PackageResources.angry_customer_en_txt,
        PackageResources.return_approved_en_txt,
        PackageResources.refund_issued_en_txt,
        PackageResources.review_thanks_en_txt,
        PackageResources.review_reply_negative_en_txt,
        PackageResources.delay_notice_en_txt,
    ]

    private static let chinese: [[UInt8]] = [
        PackageResources.welcome_zh_txt,
        PackageResources.check_in_zh_txt,
        PackageResources.satisfaction_check_zh_txt,
        PackageResources.review_request_zh_txt,
        PackageResources.exclusive_offer_zh_txt,
        PackageResources.re_engagement_zh_txt,
        PackageResources.not_arrived_zh_txt,
        PackageResources.delayed_zh_txt,
        PackageResources.damaged_zh_txt,
        PackageResources.wrong_or_missing_zh_txt,
        PackageResources.how_to_use_zh_txt,
        PackageResources.not_satisfied_zh_txt,
        PackageResources.angry_customer_zh_txt,
        PackageResources.return_approved_zh_txt,
        PackageResources.refund_issued_zh_txt,
        PackageResources.review_thanks_zh_txt,
        PackageResources.review_reply_negative_zh_txt,
        PackageResources.delay_notice_zh_txt,
    ]
}
