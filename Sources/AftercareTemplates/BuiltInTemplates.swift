import AftercareCore

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

    public static let all: [ReplyTemplate] = english + chinese

    /// The built-in with this name and language.
    public static func named(_ name: String, language: Language) -> ReplyTemplate? {
        all.first { $0.name == name && $0.language == language }
    }

    private static func t(
        _ name: String, _ language: Language, _ situation: TemplateSituation, _ categories: [TicketCategory],
        _ title: String, _ body: String
    ) -> ReplyTemplate {
        ReplyTemplate(name: name, language: language, situation: situation, categories: categories, title: title, body: body, isBuiltIn: true)
    }

    // MARK: - English

    static let english: [ReplyTemplate] = [
        t("welcome", .en, .welcome, [], "Order confirmed, welcome", """
            Hi {{customer.first_name}},

            Thank you for your order with {{shop.name}}! Order {{order.number}} ({{order.items}}, {{order.total}}) is confirmed and we're packing it now.

            I'll send you the tracking number as soon as it leaves us. If you need to change anything, just reply here and it comes straight to me.

            {{agent.name}}, {{shop.name}}
            Reply STOP to opt out of follow-up messages.
            """),
        t("check-in", .en, .checkIn, [.usage], "Day 3: did it arrive well?", """
            Hi {{customer.first_name}},

            {{agent.name}} from {{shop.name}} here. Your {{product.name}} should be with you by now, so I wanted to make sure it arrived in good shape and that getting started was easy.

            If anything is unclear or not quite right, reply to this message and I'll sort it out with you.

            Reply STOP to opt out of follow-up messages.
            """),
        t("satisfaction-check", .en, .satisfactionCheck, [.feedback], "Day 7: how is it going?", """
            Hi {{customer.first_name}},

            You've had your {{product.name}} for about a week. How is it working out?

            Even one line helps us a lot: what you like, and what we could do better. And if something isn't right, tell me first and I'll put it right.

            Thanks,
            {{agent.name}}, {{shop.name}}
            Reply STOP to opt out of follow-up messages.
            """),
        t("review-request", .en, .reviewRequest, [.feedback], "Ask for an honest review", """
            Hi {{customer.first_name}},

            We hope the {{product.name}} has earned its place at home. If you have a minute, would you share how it's going in a review? Honest words help other shoppers choose, and our team reads every one.
            {{#review.link}}You can leave it here: {{review.link}}{{/review.link}}{{^review.link}}You can leave it from the page of order {{order.number}}.{{/review.link}}

            No pressure at all, and thank you for shopping with {{shop.name}}.
            {{agent.name}}
            Reply STOP to opt out of follow-up messages.
            """),
        t("exclusive-offer", .en, .exclusiveOffer, [], "Members' offer with a code", """
            Hi {{customer.first_name}},

            Thank you for sticking with {{shop.name}}. As a {{customer.tier}} member you get this before anyone else: {{coupon.discount}} off your next order with the code {{coupon.code}}, valid until {{coupon.expiry}}.

            Looking for something to go with your {{product.name}}? Reply and I'll suggest a few things.

            {{agent.name}}
            Reply STOP to opt out of offers like this.
            """),
        t("re-engagement", .en, .reengagement, [], "We miss you (60+ days)", """
            Hi {{customer.first_name}},

            It's been a while since we last heard from you, and we've added quite a few new things at {{shop.name}} since then. To welcome you back, here's {{coupon.discount}} off: use {{coupon.code}} at checkout{{#coupon.expiry}} before {{coupon.expiry}}{{/coupon.expiry}}.

            And if something about your last order put you off, I'd genuinely like to hear about it.

            {{agent.name}}
            Reply STOP and we won't send messages like this again.
            """),
        t("not-arrived", .en, .notArrived, [.notReceived, .delayed], "Parcel not arrived: tracing + reship date", """
            Hi {{customer.first_name}},

            I'm sorry order {{order.number}} still hasn't reached you. I know you were waiting for it.

            I've checked {{shipment.carrier}} tracking {{shipment.tracking_number}}: the latest update is "{{shipment.status}}". I've started a trace on the parcel and I'm watching it myself. If it hasn't arrived by {{new_date}}, we'll send a new one by express at our cost, so you won't have to wait any longer than that.

            Either way, I'll get back to you on {{new_date}}.
            {{agent.name}}, {{shop.name}}
            """),
        t("delayed", .en, .delayed, [.delayed, .notReceived], "Running late: new delivery date", """
            Hi {{customer.first_name}},

            You're right, order {{order.number}} is taking longer than it should, and I'm sorry. It's with {{shipment.carrier}} (tracking {{shipment.tracking_number}}), currently "{{shipment.status}}", and should now reach you by {{new_date}}.

            I'm keeping an eye on it and will tell you straight away if anything changes.{{#coupon.code}} For the wait, please take {{coupon.discount}} off your next order with the code {{coupon.code}}.{{/coupon.code}}

            {{agent.name}}, {{shop.name}}
            """),
        t("damaged", .en, .damaged, [.damaged], "Arrived damaged: replacement on the way", """
            Hi {{customer.first_name}},

            I'm so sorry your {{product.name}} arrived damaged. That's not how it should have reached you, and thank you for telling us straight away.

            A replacement is already on its way by express and should be with you by {{new_date}}. You don't need to send the damaged one back.{{#coupon.code}} I've also set aside {{coupon.discount}} off your next order (code {{coupon.code}}) for the trouble.{{/coupon.code}}

            I'll check in once it's delivered to make sure everything is right this time.
            {{agent.name}}, {{shop.name}}
            """),
        t("wrong-or-missing", .en, .wrongOrMissing, [.wrongOrMissing], "Wrong or missing item: sending the right one", """
            Hi {{customer.first_name}},

            I'm sorry, we got order {{order.number}} wrong, and that's our mistake. The correct {{product.name}} is going out to you by express at our cost and should arrive by {{new_date}}.

            If we sent you something you didn't order, please just set it aside. We'll arrange a free pickup, so there's nothing to pay and no trip to the post office.

            I'll send you the new tracking number as soon as it ships.
            {{agent.name}}, {{shop.name}}
            """),
        t("how-to-use", .en, .howToUse, [.usage], "How to use it: guide + offer to help", """
            Hi {{customer.first_name}},

            Good question, and you're not the first to ask it about the {{product.name}}. I've put the steps together for you here: {{guide.link}}

            If you get stuck at any point, send me a photo or a short video of where you are and I'll walk you through the rest.

            {{agent.name}}, {{shop.name}}
            """),
        t("not-satisfied", .en, .notSatisfied, [.mismatch, .complaint, .returnRefund], "Not happy with it: exchange or refund", """
            Hi {{customer.first_name}},

            I'm sorry the {{product.name}} isn't what you hoped for, and thank you for telling me rather than just putting it away.

            Two options, whichever suits you better:
            - an exchange for another size or style, sent as soon as you choose;
            - a return with a full refund once it's back with us.

            Reply with the one you'd like and I'll set it up today.
            {{agent.name}}, {{shop.name}}
            """),
        t("angry-customer", .en, .angryCustomer, [.complaint], "Upset customer: own it, one person, clear fix", """
            Hi {{customer.first_name}},

            You have every right to be frustrated, and I'm sorry. We let you down on order {{order.number}}, and you shouldn't have had to chase us about it.

            I'm handling this myself from now on, so you won't be passed around again. Here's what I'm doing: {{resolution}}. I'll confirm with you by {{new_date}} that it's done.

            If you'd rather talk it through, reply with a good time and I'll call you.
            {{agent.name}}, {{shop.name}}
            """),
        t("return-approved", .en, .returnApproved, [.returnRefund, .mismatch], "Return approved: how to send it back", """
            Hi {{customer.first_name}},

            Your return for order {{order.number}} is approved. Your return number is {{return.rma_number}}.

            1. Pack the item with a note that says {{return.rma_number}}.
            2. Send it to: {{return.address}}
            3. When it reaches us, we refund {{return.refund_amount}} to your original payment method. It usually shows within {{refund.days}} days.

            Please keep the postage receipt until the refund arrives. Any questions, just reply here.
            {{agent.name}}, {{shop.name}}
            """),
        t("refund-issued", .en, .refundIssued, [.returnRefund], "Refund sent", """
            Hi {{customer.first_name}},

            Your refund of {{return.refund_amount}} for order {{order.number}} was sent today ({{today}}) to your original payment method. Depending on your bank, it usually appears within {{refund.days}} days.

            If it hasn't shown up by then, reply here and I'll chase it for you. Thank you for your patience, and I'm sorry this one didn't work out.
            {{agent.name}}, {{shop.name}}
            """),
        t("review-thanks", .en, .positiveReview, [.feedback], "Public reply to a good review", """
            Thank you so much, {{customer.first_name}}! We're really glad the {{product.name}} is working well for you, and reading this made our day. If you ever need anything, we're one message away.
            {{agent.name}}, {{shop.name}}
            """),
        t("review-reply-negative", .en, .negativeReview, [.feedback, .complaint], "Public reply to a bad review", """
            Hi {{customer.first_name}}, I'm sorry the {{product.name}} let you down, and thank you for taking the time to tell us. This isn't the experience we want anyone to have. I've sent you a private message so I can put it right for you directly, and I'll stay with it until it's sorted.
            {{agent.name}}, {{shop.name}}
            """),
        t("delay-notice", .en, .delayNotice, [.delayed], "Heads-up: order will be late", """
            Hi {{customer.first_name}},

            A quick heads-up before you have to ask: order {{order.number}} ({{order.items}}) is running behind and won't make the date we first gave you. The new expected date is {{new_date}}. I'm sorry for the change of plan.

            {{#shipment.tracking_number}}You can follow it with {{shipment.carrier}} using {{shipment.tracking_number}}. {{/shipment.tracking_number}}If the new date doesn't work for you, reply and I'll cancel with a full refund or we'll find another way.

            {{agent.name}}, {{shop.name}}
            """),
    ]

    // MARK: - Chinese

    static let chinese: [ReplyTemplate] = [
        t("welcome", .zh, .welcome, [], "下单确认与欢迎", """
            {{customer.first_name}}，您好！

            感谢您在{{shop.name}}下单～订单 {{order.number}}（{{order.items}}，共 {{order.total}}）已确认，我们正在为您打包。

            发货后我会第一时间把快递单号发给您。订单有需要修改的地方，直接回复这条消息就能找到我。

            {{shop.name}} {{agent.name}}
            回复 TD 退订
            """),
        t("check-in", .zh, .checkIn, [.usage], "第3天：到货回访", """
            {{customer.first_name}}，您好！我是{{shop.name}}的{{agent.name}}。

            您的{{product.name}}应该已经到了，想跟您确认一下：东西收到时完好吗？上手顺不顺利？

            有哪里看不明白或者不太满意，直接回复我就好，我来帮您处理。

            回复 TD 退订
            """),
        t("satisfaction-check", .zh, .satisfactionCheck, [.feedback], "第7天：满意度回访", """
            {{customer.first_name}}，您好！

            {{product.name}}用了差不多一周了，感觉怎么样？

            喜欢哪里、哪里还能做得更好，随手说一句对我们都很有帮助。如果有不满意的地方，请先告诉我，我优先帮您解决。

            {{shop.name}} {{agent.name}}
            回复 TD 退订
            """),
        t("review-request", .zh, .reviewRequest, [.feedback], "邀请真实评价", """
            {{customer.first_name}}，您好！

            {{product.name}}用了一段时间，希望它已经成了您的好帮手。方便的话，能不能花一分钟写写真实的使用感受？您的评价能帮其他买家少走弯路，我们也会认真看每一条。
            {{#review.link}}评价入口：{{review.link}}{{/review.link}}{{^review.link}}在订单 {{order.number}} 的页面点“评价”就可以。{{/review.link}}

            不方便也完全没关系，谢谢您选择{{shop.name}}！
            {{agent.name}}
            回复 TD 退订
            """),
        t("exclusive-offer", .zh, .exclusiveOffer, [], "会员专属优惠", """
            {{customer.first_name}}，您好！

            谢谢您一直支持{{shop.name}}。作为我们的{{customer.tier}}会员，这次给您留了一份专属优惠：下单时输入优惠码 {{coupon.code}}，享 {{coupon.discount}} 优惠，{{coupon.expiry}}前有效。

            想给{{product.name}}配点什么，也可以直接问我，我帮您挑。

            {{agent.name}}
            回复 TD 退订
            """),
        t("re-engagement", .zh, .reengagement, [], "老客唤回（60天以上）", """
            {{customer.first_name}}，好久不见！

            离您上次光顾{{shop.name}}已经有一阵子了，这段时间店里上了不少新品。送您一张回归优惠：结算时输入 {{coupon.code}}，享 {{coupon.discount}} 优惠{{#coupon.expiry}}（{{coupon.expiry}}前有效）{{/coupon.expiry}}。

            如果上次购物有哪里让您不满意，也很欢迎直接告诉我。

            {{agent.name}}
            回复 TD 退订
            """),
        t("not-arrived", .zh, .notArrived, [.notReceived, .delayed], "未收到货：查件并承诺补发时间", """
            {{customer.first_name}}，您好！

            订单 {{order.number}} 到现在还没送到，真的很抱歉，让您久等了。

            我刚查了{{shipment.carrier}}单号 {{shipment.tracking_number}}，最新状态是“{{shipment.status}}”。我已经发起查件，会亲自盯着。如果 {{new_date}} 前还没收到，我们直接加急给您补发一份，费用由我们承担，不用您再干等。

            无论结果如何，{{new_date}} 我都会再联系您。
            {{shop.name}} {{agent.name}}
            """),
        t("delayed", .zh, .delayed, [.delayed, .notReceived], "物流延迟：告知新的送达时间", """
            {{customer.first_name}}，您好！

            订单 {{order.number}} 确实比预期慢了，非常抱歉。包裹现在在{{shipment.carrier}}（单号 {{shipment.tracking_number}}），状态是“{{shipment.status}}”，预计 {{new_date}} 前送到。

            我会继续跟进，有任何变化第一时间告诉您。{{#coupon.code}}这次让您多等了，送您一张 {{coupon.discount}} 的优惠券，下次下单输入 {{coupon.code}} 就能用。{{/coupon.code}}

            {{shop.name}} {{agent.name}}
            """),
        t("damaged", .zh, .damaged, [.damaged], "商品损坏：已安排补发", """
            {{customer.first_name}}，您好！

            收到的{{product.name}}有损坏，真的非常抱歉，是我们没有做好。

            补发已经给您安排好了，走加急快递，预计 {{new_date}} 前送到；坏的那件不用寄回来。{{#coupon.code}}另外给您准备了一张 {{coupon.discount}} 的优惠券（{{coupon.code}}），给您添麻烦了。{{/coupon.code}}

            新的到了以后我再跟您确认一下。
            {{shop.name}} {{agent.name}}
            """),
        t("wrong-or-missing", .zh, .wrongOrMissing, [.wrongOrMissing], "错发漏发：马上补发正确商品", """
            {{customer.first_name}}，您好！

            订单 {{order.number}} 给您发错了，实在抱歉，是我们的失误。正确的{{product.name}}马上加急给您补发，运费我们出，预计 {{new_date}} 前送到。

            发错的东西麻烦您先放着，我们会安排快递上门取件，您不用花钱，也不用跑快递点。

            补发的单号一出来，我就发给您。
            {{shop.name}} {{agent.name}}
            """),
        t("how-to-use", .zh, .howToUse, [.usage], "使用指导：发教程并主动协助", """
            {{customer.first_name}}，您好！

            这个问题问得好，{{product.name}}刚上手时不少人都会卡在这一步。我把详细步骤整理好了，照着做就行：{{guide.link}}

            哪一步不顺，直接拍张照片或小视频发给我，我一步一步陪您弄好。

            {{shop.name}} {{agent.name}}
            """),
        t("not-satisfied", .zh, .notSatisfied, [.mismatch, .complaint, .returnRefund], "不满意：换货或退款任选", """
            {{customer.first_name}}，您好！

            {{product.name}}没能让您满意，很抱歉，也谢谢您愿意直接告诉我们。

            您看哪种方式更合适：
            - 换货：换尺码或款式，您选好后我们马上发出；
            - 退货退款：寄回后全额退款。

            回复我选哪一种就行，今天就帮您办好。
            {{shop.name}} {{agent.name}}
            """),
        t("angry-customer", .zh, .angryCustomer, [.complaint], "客户情绪激动：担责、专人跟进、给出方案", """
            {{customer.first_name}}，您好！

            让您这么生气，我非常抱歉。订单 {{order.number}} 是我们没处理好，还让您反复来找，这是我们的问题。

            这件事从现在起由我本人负责到底，不会再让您转来转去。我的处理方案是：{{resolution}}。{{new_date}} 前我会再跟您确认落实情况。

            如果您方便电话沟通，回复一个合适的时间，我打给您。
            {{shop.name}} {{agent.name}}
            """),
        t("return-approved", .zh, .returnApproved, [.returnRefund, .mismatch], "退货已通过：寄回说明", """
            {{customer.first_name}}，您好！

            订单 {{order.number}} 的退货申请已经通过，退货单号 {{return.rma_number}}。

            1. 把商品包好，包裹里放一张写着 {{return.rma_number}} 的纸条；
            2. 寄到：{{return.address}}
            3. 我们收到后，{{return.refund_amount}} 会原路退回，一般 {{refund.days}} 天内到账。

            快递底单请保留到退款到账。有任何不清楚的，直接回复我。
            {{shop.name}} {{agent.name}}
            """),
        t("refund-issued", .zh, .refundIssued, [.returnRefund], "退款已发出", """
            {{customer.first_name}}，您好！

            订单 {{order.number}} 的退款 {{return.refund_amount}} 已于今天（{{today}}）原路退回，到账时间以银行为准，一般 {{refund.days}} 天内到账。

            到时还没收到的话，回复我一声，我去帮您查。这次没能让您满意，再说声抱歉，也谢谢您的耐心。
            {{shop.name}} {{agent.name}}
            """),
        t("review-thanks", .zh, .positiveReview, [.feedback], "好评公开回复", """
            谢谢您的认可！{{product.name}}能让您用得顺心，我们特别开心，看到这条评价整个团队都被鼓舞到了～以后有任何需要，随时找我们。
            {{shop.name}} {{agent.name}}
            """),
        t("review-reply-negative", .zh, .negativeReview, [.feedback, .complaint], "差评公开回复", """
            非常抱歉{{product.name}}让您失望了，谢谢您把问题说出来，这不是我们想带给您的体验。我已经私信联系您，会直接帮您解决，一直跟到您满意为止。
            {{shop.name}} {{agent.name}}
            """),
        t("delay-notice", .zh, .delayNotice, [.delayed], "主动告知：订单将延迟", """
            {{customer.first_name}}，您好！

            先跟您打个招呼：订单 {{order.number}}（{{order.items}}）会比原定时间晚一些，新的预计送达时间是 {{new_date}}。打乱了您的安排，很抱歉。

            {{#shipment.tracking_number}}可以用{{shipment.carrier}}单号 {{shipment.tracking_number}} 随时查看进度。{{/shipment.tracking_number}}如果这个时间不合适，回复我就行，可以取消订单全额退款，或者我们一起想别的办法。

            {{shop.name}} {{agent.name}}
            """),
    ]
}
