import AftercareCore
import AftercareTemplates
import Foundation
import Testing

@Suite("Rendering")
struct RenderingTests {
    @Test func fillsEnglishReplyWithDatesMoneyAndTracking() throws {
        let body = "Hi {{customer.first_name}}, order {{order.number}} of {{order.date}} ({{order.items}}, {{order.total}}) "
            + "is {{shipment.status}} with {{shipment.carrier}} {{shipment.tracking_number}} since {{shipment.shipped_date}}. "
            + "Refund {{return.refund_amount}} on {{return.rma_number}}. {{customer.tier}} / {{ticket.id}} / {{today}} / {{agent.name}} of {{shop.name}}"
        let reply = try TemplateRenderer.render(body: body, templateName: "t", with: Fixture.context())
        #expect(reply.missing == [])
        #expect(reply.isSendable)
        #expect(try reply.sendableText() == "Hi Sarah, order SO20261101-0042 of 1 Nov 2026 (Stoneware mug and Tea towel ×2, ¥128.00) "
            + "is out for delivery with SF Express SF1234567890 since 3 Nov 2026. "
            + "Refund ¥88.00 on RMA-2026-0042. Gold / 1042 / 22 Nov 2026 / Lin of Hearth & Home")
    }

    @Test func theShopSignatureComesFromTheSettingsInTheRepliesLanguage() throws {
        var settings = DeskSettings.standard
        settings.shop.name = "Hearth & Home"
        settings.shop.signatures = [.en: "— Hearth & Home, 9–21 daily"]
        let detail = TicketDetail(
            summary: TicketSummary(ticket: Fixture.ticket(), customerName: "Sarah Miller", customerTier: .gold, replyCount: 0, messageCount: 1),
            messages: [], customer: Fixture.customer(), customerTier: .gold, order: Fixture.order(), recentOrders: [], otherTickets: [],
            touchpoints: [])
        let body = "Thanks.{{#shop.signature}}\n{{shop.signature}}{{/shop.signature}}"
        let english = PlaceholderContext(replyingTo: detail, agent: Fixture.agent, now: Fixture.now, settings: settings, language: .en)
        #expect(try TemplateRenderer.render(body: body, templateName: "t", with: english).sendableText() == "Thanks.\n— Hearth & Home, 9–21 daily")
        // No Chinese signature: the optional part drops out, and the reply may still be sent.
        let chinese = PlaceholderContext(replyingTo: detail, agent: Fixture.agent, now: Fixture.now, settings: settings, language: .zh)
        #expect(try TemplateRenderer.render(body: body, templateName: "t", with: chinese).sendableText() == "Thanks.")
        // Used bare, a missing signature is a hole like any other: the reply is refused.
        #expect(!(try TemplateRenderer.render(body: "{{shop.signature}}", templateName: "t", with: chinese).isSendable))
    }

    @Test func fillsChineseReplyInChineseForms() throws {
        let customer = Fixture.customer(name: "王小明", language: .zh)
        var order = Fixture.order()
        order.items.append(OrderItem(sku: "SP-3", name: "茶匙", quantity: 1, unitPrice: Money(minorUnits: 5_00)))
        let ctx = Fixture.context(language: .zh, customer: customer, order: order)
        let reply = try TemplateRenderer.render(
            body: "{{customer.first_name}}您好，订单 {{order.number}}（{{order.date}}下单，{{order.items}}，{{order.total}}）{{shipment.status}}，单号 {{shipment.tracking_number}}；{{customer.tier}}会员；{{today}}",
            templateName: "t", with: ctx)
        #expect(try reply.sendableText()
            == "王小明您好，订单 SO20261101-0042（2026年11月1日下单，Stoneware mug、Tea towel ×2、茶匙，¥128.00）派送中，单号 SF1234567890；金卡会员；2026年11月22日")
    }

    @Test func datesFollowTheShopTimeZone() {
        // 16:30 UTC on 2 Nov is already 3 Nov in Shanghai.
        let instant = Fixture.utc(2026, 11, 2, 16, 30)
        #expect(PlaceholderFormat(language: .en, timeZone: Fixture.shanghai).date(instant) == "3 Nov 2026")
        #expect(PlaceholderFormat(language: .en, timeZone: TimeZone(identifier: "UTC")!).date(instant) == "2 Nov 2026")
        #expect(PlaceholderFormat(language: .zh, timeZone: Fixture.shanghai).date(instant) == "2026年11月3日")
    }

    @Test func isoDateExtrasAreWrittenInTheReplyLanguage() throws {
        let extras = ["new_date": "2026-11-25", "coupon.expiry": "next Friday", "coupon.code": "2026-13-01"]
        let body = "{{new_date}} | {{coupon.expiry}} | {{coupon.code}}"
        #expect(try TemplateRenderer.render(body: body, templateName: "t", with: Fixture.context(extras: extras)).sendableText()
            == "25 Nov 2026 | next Friday | 2026-13-01")
        #expect(try TemplateRenderer.render(body: body, templateName: "t", with: Fixture.context(language: .zh, extras: extras)).sendableText()
            == "2026年11月25日 | next Friday | 2026-13-01")
        #expect(PlaceholderFormat(language: .en, timeZone: Fixture.shanghai).isoDate("2026-02-30") == nil)
    }

    @Test func firstNameRules() {
        #expect(PlaceholderFormat.firstName(of: "Sarah Miller") == "Sarah")
        #expect(PlaceholderFormat.firstName(of: "  Madonna ") == "Madonna")
        #expect(PlaceholderFormat.firstName(of: "王小明") == "王小明")
        #expect(PlaceholderFormat.firstName(of: "欧阳 娜娜") == "欧阳 娜娜")
        #expect(PlaceholderFormat.firstName(of: "김민수") == "김민수")
    }

    @Test func reportsUnknownPlaceholderByName() throws {
        let reply = try TemplateRenderer.render(body: "Dear {{customer.nickname}}, thanks", templateName: "t", with: Fixture.context())
        #expect(reply.missing == ["customer.nickname"])
        #expect(reply.segments == [.text("Dear "), .missing("customer.nickname"), .text(", thanks")])
        #expect(reply.text == "Dear «customer.nickname», thanks")
        #expect(!reply.isSendable)
    }

    @Test func reportsKnownButEmptyPlaceholders() throws {
        // No order at all: everything order-shaped is a hole, the rest still fills.
        let noOrder = Fixture.context(order: nil)
        let reply = try TemplateRenderer.render(
            body: "Hi {{customer.first_name}}, tracking {{shipment.tracking_number}} for {{order.number}}", templateName: "t", with: noOrder)
        #expect(reply.missing == ["shipment.tracking_number", "order.number"])
        #expect(reply.text == "Hi Sarah, tracking «shipment.tracking_number» for «order.number»")

        // An order with no shipment and no return; a shipment not yet delivered.
        let bare = Fixture.context(order: Fixture.order(shipments: [], returns: []))
        let r2 = try TemplateRenderer.render(body: "{{order.number}} {{shipment.carrier}} {{return.rma_number}}", templateName: "t", with: bare)
        #expect(r2.missing == ["shipment.carrier", "return.rma_number"])
        let undelivered = try TemplateRenderer.render(body: "{{shipment.delivered_date}}", templateName: "t", with: Fixture.context())
        #expect(undelivered.missing == ["shipment.delivered_date"])
    }

    @Test func reportsSeveralHolesOnceEachInOrder() throws {
        let reply = try TemplateRenderer.render(
            body: "{{coupon.code}} {{new_date}} {{bogus}} {{coupon.code}} {{refund.days}}", templateName: "t", with: Fixture.context())
        #expect(reply.missing == ["coupon.code", "new_date", "bogus", "refund.days"])
        #expect(reply.segments.filter { if case .missing = $0 { true } else { false } }.count == 5)
    }

    @Test func blankExtrasCountAsMissing() throws {
        let reply = try TemplateRenderer.render(body: "code {{coupon.code}}", templateName: "t",
                                                with: Fixture.context(extras: ["coupon.code": "  "]))
        #expect(reply.missing == ["coupon.code"])
    }

    @Test func extrasFillAndOverrideRecords() throws {
        let ctx = Fixture.context(extras: ["coupon.code": "SORRY15", "shipment.carrier": "顺丰速运"])
        let reply = try TemplateRenderer.render(body: "{{coupon.code}} {{shipment.carrier}}", templateName: "t", with: ctx)
        #expect(try reply.sendableText() == "SORRY15 顺丰速运")
    }

    @Test func refusesToSendWithTheExactDomainError() throws {
        let template = ReplyTemplate(name: "damaged", language: .en, situation: .damaged, categories: [.damaged],
                                     title: "x", body: "New one by {{new_date}}, code {{coupon.code}}, again {{new_date}}")
        let reply = try template.render(with: Fixture.context())
        #expect(throws: DomainError.unfillablePlaceholders(template: "damaged", names: ["new_date", "coupon.code"])) {
            try reply.sendableText()
        }
        let filled = try template.render(with: Fixture.context(extras: ["new_date": "25 Nov 2026", "coupon.code": "SORRY15"]))
        #expect(try filled.sendableText() == "New one by 25 Nov 2026, code SORRY15, again 25 Nov 2026")
    }

    @Test func optionalSectionsDropOutWithoutReportingHoles() throws {
        let body = "Sorry!{{#coupon.code}} Use {{coupon.code}} for {{coupon.discount}} off.{{/coupon.code}}{{^coupon.code}} No code.{{/coupon.code}}"
        let without = try TemplateRenderer.render(body: body, templateName: "t", with: Fixture.context())
        #expect(try without.sendableText() == "Sorry! No code.")
        let with = try TemplateRenderer.render(body: body, templateName: "t",
                                               with: Fixture.context(extras: ["coupon.code": "SORRY15", "coupon.discount": "15%"]))
        #expect(try with.sendableText() == "Sorry! Use SORRY15 for 15% off.")
        // A section that is shown still reports holes inside it.
        let half = try TemplateRenderer.render(body: body, templateName: "t", with: Fixture.context(extras: ["coupon.code": "SORRY15"]))
        #expect(half.missing == ["coupon.discount"])
    }

    @Test func standaloneSectionLinesLeaveNoBlankLines() throws {
        let body = "Hi {{customer.first_name}},\n{{#coupon.code}}\nCode: {{coupon.code}}\n{{/coupon.code}}\nBye"
        #expect(try TemplateRenderer.render(body: body, templateName: "t", with: Fixture.context()).sendableText() == "Hi Sarah,\nBye")
        #expect(try TemplateRenderer.render(body: body, templateName: "t", with: Fixture.context(extras: ["coupon.code": "X1"]))
            .sendableText() == "Hi Sarah,\nCode: X1\nBye")
        // The same at the very start of the body (the plain-text pragma must not break standalone lines).
        let first = "{{#coupon.code}}\nCode: {{coupon.code}}\n{{/coupon.code}}\nHi"
        #expect(try TemplateRenderer.render(body: first, templateName: "t", with: Fixture.context()).sendableText() == "Hi")
    }

    @Test func neverEscapesHTML() throws {
        let customer = Fixture.customer(name: "O'Brien & <Co> \"Ltd\"")
        let ctx = Fixture.context(customer: customer)
        for body in ["{{customer.name}}", "{{{customer.name}}}", "{{&customer.name}}"] {
            let reply = try TemplateRenderer.render(body: body, templateName: "t", with: ctx)
            #expect(try reply.sendableText() == "O'Brien & <Co> \"Ltd\"")
        }
        // Text inside sections too.
        let inSection = try TemplateRenderer.render(body: "{{#customer.name}}<{{customer.name}}>{{/customer.name}}", templateName: "t", with: ctx)
        #expect(try inSection.sendableText() == "<O'Brien & <Co> \"Ltd\">")
    }

    @Test func valuesCannotForgeHoleMarkers() throws {
        let customer = Fixture.customer(name: "Eve\u{E000}order.number\u{E001}")
        let reply = try TemplateRenderer.render(body: "{{customer.name}}", templateName: "t", with: Fixture.context(customer: customer))
        #expect(reply.missing == [])
        #expect(try reply.sendableText() == "Eveorder.number")
    }

    @Test func nameThatIsAlsoAPrefixStillResolvesStrictly() throws {
        let ctx = Fixture.context(extras: ["coupon": "spring sale", "coupon.code": "SPRING"])
        let reply = try TemplateRenderer.render(
            body: "{{coupon}}: {{coupon.code}}{{#coupon}} ({{coupon}}, {{shop.name}}){{/coupon}} {{coupon.typo}}", templateName: "t", with: ctx)
        #expect(reply.text == "spring sale: SPRING (spring sale, Hearth & Home) «coupon.typo»")
        #expect(reply.missing == ["coupon.typo"])
    }

    @Test func dotAndBarePrefixesAreHoles() throws {
        let reply = try TemplateRenderer.render(body: "{{customer}} {{.}}", templateName: "t", with: Fixture.context())
        #expect(reply.missing == ["customer", "."])
        // Inside a section, {{.}} is the section's value.
        let inSection = try TemplateRenderer.render(body: "{{#order.number}}<{{.}}>{{/order.number}}", templateName: "t", with: Fixture.context())
        #expect(try inSection.sendableText() == "<SO20261101-0042>")
        #expect(try PlaceholderVocabulary.names(inBody: "{{#order.number}}{{.}}{{/order.number}}") == ["order.number"])
    }

    @Test func syntaxErrorsNameTheTemplateLineAndProblem() {
        #expect(throws: TemplateSyntaxError(template: "damaged", line: 2, column: 1,
                                            problem: "{{#coupon.code}} opened on line 2 is never closed (add {{/coupon.code}})")) {
            try TemplateRenderer.render(body: "Hi\n{{#coupon.code}}code {{coupon.code}}\nbye", templateName: "damaged", with: Fixture.context())
        }
        do {
            _ = try TemplateRenderer.render(body: "Hi {{customer.name}\nbye", templateName: "damaged", with: Fixture.context())
            Issue.record("expected a syntax error")
        } catch {
            #expect(error.description == "template damaged: line 1, column 4: '{{' is never closed with '}}'")
        }
        let cases: [(String, String)] = [
            ("{{#a}}x{{/b}}", "{{/b}} does not match {{#a}} opened on line 1"),
            ("x{{/a}}", "{{/a}} closes a section that was never opened"),
            ("{{> footer}}", "{{> footer}}: partials (other templates pulled in) are not supported in replies"),
            ("{{uppercased(customer.name)}}", "{{uppercased(customer.name)}}: transforms such as uppercased(…) are not supported; write the placeholder on its own"),
            ("{{客户}}", "{{客户}}: '客户' is not a placeholder name (use letters, digits, '_' and '-', with '.' between parts, e.g. order.number)"),
            ("{{% CONTENT_TYPE: HTML}}", "{{% CONTENT_TYPE: HTML}}: pragmas are not supported (replies are always plain text)"),
            ("{{=<% %>=}}", "{{=<% %>=}}: changing the {{ }} delimiters is not supported in replies"),
            ("{{ }}", "{{ }} has no placeholder name"),
        ]
        for (body, problem) in cases {
            let column = body.firstRange(of: "{{/")?.lowerBound.utf16Offset(in: body).advanced(by: 1) ?? 1
            #expect(throws: TemplateSyntaxError(template: "t", line: 1, column: column, problem: problem)) {
                try TemplateRenderer.validate(body: body, templateName: "t")
            }
        }
    }

    @Test func commentsAreNotSent() throws {
        let reply = try TemplateRenderer.render(body: "Hi{{! internal: check stock first }} there", templateName: "t", with: Fixture.context())
        #expect(try reply.sendableText() == "Hi there")
    }

    @Test func listsPlaceholderNamesInOrder() throws {
        let names = try PlaceholderVocabulary.names(inBody: "{{a.b}} {{#c}}{{d}}{{/c}} {{a.b}} {{! e }} {{^f}}{{/f}}")
        #expect(names == ["a.b", "c", "d", "f"])
        #expect(PlaceholderVocabulary.known.contains("shipment.tracking_number"))
        #expect(PlaceholderVocabulary.extras.contains("coupon.code"))
        #expect(PlaceholderVocabulary.known.isDisjoint(with: PlaceholderVocabulary.extras))
    }

    @Test func vocabularyIsAllFilledByACompleteContext() {
        var order = Fixture.order()
        order.shipments[0].milestones.append(Milestone(kind: .delivered, at: Fixture.utc(2026, 11, 6)))
        let ctx = Fixture.context(order: order)
        let unfilled = PlaceholderVocabulary.known.filter { ctx[$0] == nil }
        #expect(unfilled.isEmpty, "not filled: \(unfilled.sorted())")
    }
}
