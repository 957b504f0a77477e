import AftercareCore
import AftercareTemplates
import Foundation
import Testing

@Suite("Built-in templates")
struct BuiltInTemplateTests {
    static let situations = TemplateSituation.allCases.filter { $0 != .general }

    @Test(arguments: BuiltInTemplates.all)
    func rendersCompletelyAgainstAFullContext(_ template: ReplyTemplate) throws {
        let context = Fixture.context(language: template.language, extras: Fixture.allExtras)
        let reply = try template.render(with: context)
        #expect(reply.missing == [], "\(template.name)/\(template.language)")
        let text = try reply.sendableText()
        #expect(!text.contains("{{") && !text.contains("}}") && !text.contains("«"))
        #expect(!text.contains("\n\n\n"), "no stray blank lines in \(template.name)/\(template.language)")
    }

    @Test(arguments: BuiltInTemplates.all)
    func usesOnlyDeclaredPlaceholders(_ template: ReplyTemplate) throws {
        #expect(try PlaceholderVocabulary.undeclared(inBody: template.body) == [])
        #expect(template.isBuiltIn)
    }

    @Test func everyShippedFileParses() throws {
        #expect(BuiltInTemplates.files.count == 36)
        for file in BuiltInTemplates.files { _ = try TemplateFile.parse(file, isBuiltIn: true) }
        #expect(BuiltInTemplates.all.count == BuiltInTemplates.files.count)
    }

    @Test func everyNameHasChineseAndEnglish() {
        let byName = Dictionary(grouping: BuiltInTemplates.all, by: \.name)
        for (name, templates) in byName {
            #expect(Set(templates.map(\.language)) == Set(Language.allCases), "\(name)")
            #expect(templates.count == 2, "\(name)")
            #expect(Set(templates.map(\.situation)).count == 1, "\(name): both languages serve one situation")
            #expect(Set(templates.map { Set($0.categories) }).count == 1, "\(name): same categories in both languages")
        }
    }

    @Test func everySituationIsCovered() {
        #expect(Set(BuiltInTemplates.all.map(\.situation)) == Set(Self.situations))
        #expect(BuiltInTemplates.all.count == Self.situations.count * 2)
    }

    @Test func languagesAreWrittenInTheirOwnScript() {
        for template in BuiltInTemplates.all {
            let hasHan = template.body.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }
            #expect(hasHan == (template.language == .zh), "\(template.name)/\(template.language)")
        }
    }

    @Test func marketingFollowUpsCarryTheOptOutLine() {
        for template in BuiltInTemplates.all {
            let optOut = template.language == .en ? "Reply STOP" : "回复 TD 退订"
            let isMarketing = BuiltInTemplates.marketingSituations.contains(template.situation)
            #expect(template.body.contains(optOut) == isMarketing, "\(template.name)/\(template.language)")
        }
    }

    @Test func reviewRequestsOnlyAsk() {
        for template in BuiltInTemplates.all where template.situation == .reviewRequest {
            let names = (try? PlaceholderVocabulary.names(in: template)) ?? []
            #expect(!names.contains { $0.hasPrefix("coupon.") }, "no reward for a review")
            for word in ["coupon", "discount", "5-star", "five-star", "优惠", "返现", "好评"] {
                #expect(!template.body.lowercased().contains(word), "\(template.language): \(word)")
            }
        }
    }

    @Test func problemRepliesApologiseAndNeverBlameTheCarrier() {
        let problems: Set<TemplateSituation> = [.notArrived, .delayed, .damaged, .wrongOrMissing, .notSatisfied, .angryCustomer, .negativeReview, .delayNotice]
        for template in BuiltInTemplates.all where problems.contains(template.situation) {
            let body = template.body.lowercased()
            #expect(body.contains("sorry") || body.contains("抱歉"), "\(template.name)/\(template.language)")
            for blame in ["carrier's fault", "courier's fault", "快递的问题", "物流的问题", "快递公司的责任"] {
                #expect(!body.contains(blame))
            }
        }
    }

    @Test func notArrivedCarriesTheRealFactsInEachLanguage() throws {
        let zh = try #require(BuiltInTemplates.named("not-arrived", language: .zh))
        let zhText = try zh.render(with: Fixture.context(language: .zh, customer: Fixture.customer(name: "王小明", language: .zh),
                                                          extras: ["new_date": "2026-11-25"])).sendableText()
        #expect(zhText.hasPrefix("王小明，您好！"))
        #expect(zhText.contains("订单 SO20261101-0042"))
        #expect(zhText.contains("SF Express单号 SF1234567890，最新状态是“派送中”"))
        #expect(zhText.contains("如果 2026年11月25日 前还没收到"))
        #expect(zhText.hasSuffix("Hearth & Home Lin"))

        let en = try #require(BuiltInTemplates.named("not-arrived", language: .en))
        let enText = try en.render(with: Fixture.context(extras: ["new_date": "2026-11-25"])).sendableText()
        #expect(enText.hasPrefix("Hi Sarah,"))
        #expect(enText.contains("SF Express tracking SF1234567890: the latest update is \"out for delivery\""))
        #expect(enText.contains("If it hasn't arrived by 25 Nov 2026"))
    }

    @Test func optionalCouponDropsOutCleanly() throws {
        let damaged = try #require(BuiltInTemplates.named("damaged", language: .en))
        var extras = Fixture.allExtras
        extras["coupon.code"] = nil
        let reply = try damaged.render(with: Fixture.context(extras: extras))
        #expect(reply.isSendable)
        #expect(!reply.text.contains("code"))
        let zh = try #require(BuiltInTemplates.named("damaged", language: .zh))
        let zhReply = try zh.render(with: Fixture.context(language: .zh, extras: extras))
        #expect(zhReply.isSendable && !zhReply.text.contains("优惠券"))
    }

    @Test func notArrivedWithoutShipmentIsRefusedByName() throws {
        let template = try #require(BuiltInTemplates.named("not-arrived", language: .en))
        let reply = try template.render(with: Fixture.context(order: Fixture.order(shipments: []), extras: ["new_date": "25 Nov 2026"]))
        #expect(reply.missing == ["shipment.carrier", "shipment.tracking_number", "shipment.status"])
        #expect(throws: DomainError.unfillablePlaceholders(template: "not-arrived", names: ["shipment.carrier", "shipment.tracking_number", "shipment.status"])) {
            try reply.sendableText()
        }
    }

    @Test func delayNoticeWorksBeforeShipping() throws {
        for language in Language.allCases {
            let template = try #require(BuiltInTemplates.named("delay-notice", language: language))
            let reply = try template.render(with: Fixture.context(language: language, order: Fixture.order(shipments: []), extras: ["new_date": "25 Nov 2026"]))
            #expect(reply.isSendable, "\(language): \(reply.missing)")
        }
    }
}
