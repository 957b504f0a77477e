import AftercareCore

// Phrase tables for the demo desk. Every sentence here is written for this project. Placeholders:
// {p} product  {c} carrier  {d} days  {o} order number  {t} tracking number  {n} customer's name
// {r} refund amount  {m} survivor ticket number  {s} size
//
// Texts are split into parts once (static tables), so rendering is string appends only.

struct Phrase: Sendable {
    enum Part: Sendable {
        case text(String)
        case slot(UInt8)
    }

    let parts: [Part]
    /// Bit set of the slots used (bit = slot byte - 'a').
    let slotMask: UInt32

    init(_ template: String) {
        var parts: [Part] = []
        var mask: UInt32 = 0
        var buffer = ""
        var scalars = Array(template.unicodeScalars)[...]
        while let s = scalars.first {
            scalars = scalars.dropFirst()
            if s == "{", scalars.count >= 2, scalars[scalars.startIndex + 1] == "}", let v = scalars.first?.value, v >= 0x61, v <= 0x7A {
                if !buffer.isEmpty { parts.append(.text(buffer)) }
                buffer = ""
                parts.append(.slot(UInt8(v)))
                mask |= 1 << (v - 0x61)
                scalars = scalars.dropFirst(2)
            } else {
                buffer.unicodeScalars.append(s)
            }
        }
        if !buffer.isEmpty { parts.append(.text(buffer)) }
        self.parts = parts
        self.slotMask = mask
    }

    func uses(_ slot: Character) -> Bool { slotMask & (1 << (slot.asciiValue! - 0x61)) != 0 }
}

/// The values a phrase may use.
struct PhraseSlots {
    var product = ""
    var carrier = ""
    var days = 0
    var order = ""
    var tracking = ""
    var name = ""
    var refund = ""
    var survivor: Int64 = 0
    var size = ""

    func render(_ phrase: Phrase, into out: inout String) {
        for part in phrase.parts {
            switch part {
            case let .text(t): out += t
            case let .slot(s):
                switch s {
                case UInt8(ascii: "p"): out += product
                case UInt8(ascii: "c"): out += carrier
                case UInt8(ascii: "d"): out += String(days)
                case UInt8(ascii: "o"): out += order
                case UInt8(ascii: "t"): out += tracking
                case UInt8(ascii: "n"): out += name
                case UInt8(ascii: "r"): out += refund
                case UInt8(ascii: "m"): out += String(survivor)
                case UInt8(ascii: "s"): out += size
                default: break
                }
            }
        }
    }

    func render(_ phrase: Phrase) -> String {
        var out = ""
        out.reserveCapacity(160)
        render(phrase, into: &out)
        return out
    }
}

/// The phrases for one category in one language. (Classes: the generator looks them up per
/// ticket, and one reference is cheaper to pass around than a dozen arrays.)
final class CategoryPhrases: Sendable {
    /// Subject and body of the first inbound message (what triage reads).
    let subjects: [Phrase]
    let openers: [Phrase]
    /// Customer writes again while the ticket is open.
    let followUps: [Phrase]
    /// Customer answers the agent's question (pending → open).
    let answers: [Phrase]
    /// Agent's first reply.
    let acks: [Phrase]
    /// Agent asks for something (→ pending).
    let asks: [Phrase]
    /// Internal note when waiting on a third party (→ on hold).
    let holdNotes: [Phrase]
    /// Agent's fix (→ solved).
    let fixes: [Phrase]
    /// Where an on-hold ticket is escalated.
    let department: String?
    let tags: [String]

    init(
        subjects: [String], openers: [String], followUps: [String], answers: [String], acks: [String],
        asks: [String], holdNotes: [String], fixes: [String], department: String?, tags: [String]
    ) {
        self.subjects = subjects.map(Phrase.init)
        self.openers = openers.map(Phrase.init)
        self.followUps = followUps.map(Phrase.init)
        self.answers = answers.map(Phrase.init)
        self.acks = acks.map(Phrase.init)
        self.asks = asks.map(Phrase.init)
        self.holdNotes = holdNotes.map(Phrase.init)
        self.fixes = fixes.map(Phrase.init)
        self.department = department
        self.tags = tags
    }
}

final class LanguagePhrases: Sendable {
    let categories: [TicketCategory: CategoryPhrases]
    /// `categories` by `TicketCategory.allCases` index.
    let byCategory: [CategoryPhrases]
    let nudges: [Phrase]
    let angry: [Phrase]
    let thanks: [Phrase]
    let closings: [Phrase]
    let holdReplies: [Phrase]
    let mergeNotes: [Phrase]
    let duplicateOpeners: [Phrase]
    let customerNotes: [String]
    let returnReasons: [TicketCategory: String]
    let touchpointNotes: [TouchpointKind: String]

    init(
        categories: [TicketCategory: CategoryPhrases], nudges: [Phrase], angry: [Phrase], thanks: [Phrase], closings: [Phrase],
        holdReplies: [Phrase], mergeNotes: [Phrase], duplicateOpeners: [Phrase], customerNotes: [String],
        returnReasons: [TicketCategory: String], touchpointNotes: [TouchpointKind: String]
    ) {
        self.categories = categories
        byCategory = TicketCategory.allCases.map { categories[$0]! }
        self.nudges = nudges
        self.angry = angry
        self.thanks = thanks
        self.closings = closings
        self.holdReplies = holdReplies
        self.mergeNotes = mergeNotes
        self.duplicateOpeners = duplicateOpeners
        self.customerNotes = customerNotes
        self.returnReasons = returnReasons
        self.touchpointNotes = touchpointNotes
    }
}

enum DemoPhrases {
    static let zh = LanguagePhrases(
        categories: [
            .notReceived: CategoryPhrases(
                subjects: ["订单{o}一直没收到", "包裹没收到，麻烦查一下", "显示签收了但我没收到", "快递丢了吗？", "未收到货"],
                openers: [
                    "你好，我{d}天前买的{p}到现在还没收到，{c}的单号{t}查不到新的记录，麻烦帮我看看。",
                    "物流显示已经签收了，可是我本人根本没收到{p}，家里人和门卫都说没见过，这是怎么回事？",
                    "买了{d}天了，{p}还没收到，是不是快递丢了？我等着用的。",
                    "在吗？我的{p}一直没收到，{c}那边电话也打不通。",
                    "订单{o}显示已发货，但我一直未收到货，单号{t}好几天没更新了。",
                ],
                followUps: ["今天还是没有收到，有进展了吗？", "快递员说没见过这个包裹，你们能不能直接补发？", "已经好几天了，能给个准话吗？"],
                answers: ["地址是对的，收件电话也能打通，就是没人联系我。", "我问了驿站，他们说没有我的件。"],
                acks: [
                    "{n}您好，非常抱歉让您久等了！我这边马上联系{c}核实单号{t}的派送情况，有结果第一时间告诉您。",
                    "亲，收到您的反馈了，真的很抱歉。包裹的去向我来负责追踪，今天之内给您答复。",
                ],
                asks: ["麻烦您确认一下收件地址和电话是否正确，另外方便的话看一下小区快递柜或驿站有没有您的件，我们好继续排查。"],
                holdNotes: [
                    "已联系{c}客服核实单号{t}，对方说需要1-2个工作日查件，等回复。",
                    "{c}网点反馈包裹在转运中心滞留，已提交丢件调查，等结果再决定补发。",
                ],
                fixes: [
                    "{n}您好，{c}确认包裹在运输中遗失了，我们已经为您安排顺丰加急补发，新单号会短信发给您，给您添麻烦了，另附一张20元无门槛券表示歉意。",
                    "亲，快递员已经找到您的包裹，今天下午会重新派送，请留意电话。再次抱歉耽误了您的时间！",
                ],
                department: "logistics", tags: ["物流", "reship"]
            ),
            .delayed: CategoryPhrases(
                subjects: ["物流延迟，什么时候能到", "快递卡在路上好几天了", "下单{d}天了物流太慢", "物流不动了"],
                openers: [
                    "你好，我在你们店买的{p}，{c}物流卡在中转站{d}天了一直不动，能帮忙催一下吗？",
                    "下单都{d}天了物流太慢了，{p}还在路上，说好的三天到呢？",
                    "单号{t}的物流延迟好久了，请问是什么原因？{p}是送人的，比较急。",
                    "请问我的{p}为什么物流这么慢？{c}显示卡在转运中心。",
                ],
                followUps: ["物流还是没更新，麻烦再催一下。", "都过了你们说的时间了，到底什么时候能送到？"],
                answers: ["好的，那我再等两天。", "可以，到了我跟你们说一声。"],
                acks: [
                    "{n}您好，抱歉让您着急了！我已经联系{c}加急处理，预计{d}天内能到，有更新会第一时间同步给您。",
                    "亲，非常理解您的心情，这边马上帮您催件，物流一有变化就告诉您。",
                ],
                asks: ["已经帮您催促了{c}，麻烦您这两天留意一下物流，如果明天还没有更新请回复我，我们再安排处理。"],
                holdNotes: ["已联系{c}客服核实单号{t}，转运中心爆仓，对方承诺48小时内发出。", "已在{c}后台提交催件工单，等网点回复。"],
                fixes: [
                    "{n}您好，物流已经恢复正常，包裹今天在派送中了。这次延误给您添麻烦了，已给您账户补发一张10元优惠券。",
                    "亲，包裹已经到您所在城市，明天就能送到，感谢您耐心等待！",
                ],
                department: "logistics", tags: ["物流"]
            ),
            .damaged: CategoryPhrases(
                subjects: ["收到的{p}是坏的", "产品损坏，要求处理", "质量问题：{p}", "东西到手就破损了"],
                openers: [
                    "刚收到{p}，打开发现外壳裂了，包装也破损了，这让我怎么用？",
                    "你好，{p}用了{d}天就坏了，完全无法开机，是不是质量问题？",
                    "收到的{p}瓶子碎了，漏得盒子里全是，照片已经拍好了。",
                    "买的{p}有明显瑕疵，边上开线了，跟图片完全两样。",
                ],
                followUps: ["照片发过去了，什么时候给我处理？", "我不想再等了，请尽快给我换一个。"],
                answers: ["照片已经发了，外箱也拍了。", "视频发您了，开机就是没反应。"],
                acks: [
                    "{n}您好，看到{p}这样真的非常抱歉，这是我们的问题。我先帮您登记，马上安排处理。",
                    "亲，非常抱歉给您带来不好的体验！商品的问题我们一定负责到底。",
                ],
                asks: ["麻烦您拍一下商品损坏的位置和外包装的照片发给我，我们核实后马上为您换新或退款。"],
                holdNotes: ["已把照片转给品控，等厂家确认是否批次问题。", "已联系{c}客服核实单号{t}运输破损，发起理赔，等回复。"],
                fixes: [
                    "{n}您好，新的{p}已经给您寄出，单号{t}，坏的那件不用寄回，直接处理掉就好。再次向您道歉！",
                    "亲，已为您办理全额退款{r}，1-3个工作日原路到账，另外送您一张优惠券，希望还有机会为您服务。",
                ],
                department: "quality", tags: ["质量", "photo-received"]
            ),
            .wrongOrMissing: CategoryPhrases(
                subjects: ["发错货了", "漏发了配件", "收到的不是我买的", "订单{o}少发了东西"],
                openers: [
                    "我买的是{p}，结果寄来的是别的颜色，你们是不是发错了？",
                    "打开包裹发现{p}的配件缺失了，充电线和说明书都没有。",
                    "订单里有两件，只收到一件{p}，另外一件漏发了吧？",
                    "你好，收到的东西不是我买的，我下单的是{p}。",
                ],
                followUps: ["请问补发了吗？", "我急着用，能不能今天就发出？"],
                answers: ["照片已经发了，您看一下。", "外包装上的标签也拍给您了。"],
                acks: [
                    "{n}您好，真的很抱歉，是我们仓库的失误，我马上核对出库记录。",
                    "亲，给您添麻烦了！我这边立刻查一下打包记录。",
                ],
                asks: ["麻烦您拍一下收到的商品和快递面单发给我，方便我们跟仓库核对。"],
                holdNotes: ["已让仓库调出库监控核对，等仓库回复。"],
                fixes: [
                    "{n}您好，正确的{p}已经用顺丰给您补发了，单号{t}，发错的那件我们安排快递上门取回，运费我们承担。",
                    "亲，缺的配件今天已经寄出，预计两天到，给您带来不便非常抱歉！",
                ],
                department: "logistics", tags: ["仓库", "reship"]
            ),
            .mismatch: CategoryPhrases(
                subjects: ["尺码不符", "{p}尺寸不对", "实物与描述不符", "颜色和图片不一样"],
                openers: [
                    "按尺码表买的{s}，收到发现偏小很多，尺码不符，能换吗？",
                    "{p}实物和描述不符，颜色差太多了，跟详情页图片不一样。",
                    "你好，{p}尺寸不对，说是{s}，量了一下明显太小。",
                    "收到的{p}有色差，和图片不一样，感觉像两件东西。",
                ],
                followUps: ["换货的话运费谁出？", "请问换的那件发出了吗？"],
                answers: ["我平时穿{s}，身高165。", "照片发您了，自然光下拍的。"],
                acks: [
                    "{n}您好，抱歉没能让您满意！尺码的问题我们可以免费为您更换。",
                    "亲，抱歉让您失望了，我帮您看看怎么处理最方便。",
                ],
                asks: ["方便告诉我您的身高体重或平时穿的尺码吗？我帮您推荐合适的再安排换货。"],
                holdNotes: ["已和仓库确认{s}库存，等补货后再发换货件。"],
                fixes: [
                    "{n}您好，换货单已经为您创建，快递员明天上门取件，新的尺码同时寄出，来回运费都由我们承担。",
                    "亲，已经给您补偿了{r}的差价，商品您可以留着，感谢理解！",
                ],
                department: nil, tags: ["尺码", "exchange"]
            ),
            .usage: CategoryPhrases(
                subjects: ["{p}怎么用？", "不会用{p}", "请问使用方法", "说明书看不懂"],
                openers: [
                    "你好，刚收到{p}，请问怎么使用？说明书上写得不太清楚。",
                    "{p}怎么设置？按了半天都没反应，是我不会用吗？",
                    "请问{p}第一次用需要注意什么？怎么充电？",
                    "说明书看不懂，{p}的使用方法能发个视频吗？",
                ],
                followUps: ["按您说的试了，还是不行。", "视频看了，第二步没太明白。"],
                answers: ["指示灯是红色的，一直闪。", "是新买的，还没用过几次。"],
                acks: [
                    "{n}您好，我来帮您！{p}第一次使用时先充满电，长按电源键3秒开机就可以了。",
                    "亲，别着急，这个设置确实有点绕，我一步一步教您。",
                ],
                asks: ["方便说一下指示灯现在是什么颜色吗？或者拍个小视频给我，我帮您判断一下。"],
                holdNotes: ["已请产品同事录一段操作视频，等发过来。"],
                fixes: [
                    "{n}您好，操作视频已经发给您了，按视频第2步长按5秒重置就能正常使用。有任何问题随时找我！",
                    "亲，按这个步骤就可以了：先充电两小时，再长按开关键直到灯变蓝。祝您使用愉快！",
                ],
                department: nil, tags: ["使用指导"]
            ),
            .returnRefund: CategoryPhrases(
                subjects: ["申请退款", "想退货", "{p}七天无理由退货", "退款什么时候到账"],
                openers: [
                    "你好，{p}不太喜欢，想申请七天无理由退货，怎么操作？",
                    "我已经把{p}寄回了，单号{t}，请问退款什么时候到账？",
                    "想退货，{p}买重复了，还没拆封。",
                    "申请了退款{d}天了还没处理，麻烦看一下订单{o}。",
                ],
                followUps: ["退款还没收到，麻烦查一下。", "寄回的件你们签收了吗？"],
                answers: ["寄回单号已经填了。", "好的，我明天寄出。"],
                acks: [
                    "{n}您好，可以的，已经为您登记退货，按页面提示填写寄回单号就行。",
                    "亲，收到，我这边帮您加急处理退款。",
                ],
                asks: ["已为您开通退货，麻烦寄回后把快递单号发给我，仓库签收后马上退款。"],
                holdNotes: ["等仓库签收退回件再退款，已提醒仓库优先处理。", "退款申请已提交财务，等审核。"],
                fixes: [
                    "{n}您好，退款{r}已经原路退回，一般1-3个工作日到账，请注意查收。",
                    "亲，仓库已收到退回的{p}，退款{r}已处理，感谢您的理解与支持！",
                ],
                department: "finance", tags: ["退款", "rma"]
            ),
            .complaint: CategoryPhrases(
                subjects: ["投诉客服", "我要投诉", "对处理结果不满意，投诉", "客服态度差"],
                openers: [
                    "问了三天都没人回复，客服态度差，我要投诉！",
                    "上次说好给我处理，到现在也没消息，我要投诉你们。",
                    "你们客服一直让我等，一点解决的诚意都没有，我要去12315投诉。",
                    "我要投诉，答应的补偿到现在也没给。",
                ],
                followUps: ["今天再不处理我就去平台投诉。", "我只想要一个说法。"],
                answers: ["我要的就是你们说到做到。", "好，我等你们今天的答复。"],
                acks: [
                    "{n}您好，非常抱歉让您有这样的体验，这是我们做得不好。您的问题由我全程负责，今天一定给您一个明确的处理方案。",
                    "亲，真的很抱歉，之前的回复太慢了。我已经把您的事情升级给主管，马上处理。",
                ],
                asks: ["想跟您确认一下，您希望的处理方式是退款还是补发？我按您的意思来办。"],
                holdNotes: ["已升级给主管，等主管确认补偿方案。"],
                fixes: [
                    "{n}您好，已为您办理全额退款{r}，另外赠送一张50元无门槛券作为补偿。再次为之前的怠慢向您道歉。",
                    "亲，补偿已经发放到您的账户了，之后您的问题由我专门跟进，有事直接找我。",
                ],
                department: "quality", tags: ["投诉", "escalated"]
            ),
            .feedback: CategoryPhrases(
                subjects: ["给个好评", "使用反馈", "一点建议", "关于评价"],
                openers: [
                    "{p}用了一周，效果很好，已经给了五星好评，希望包装能再环保一点。",
                    "提个建议：{p}的包装盒上可以印个二维码教程，第一次用有点摸不着头脑。",
                    "给个反馈，{p}很好用，就是快递盒有点压扁了。",
                    "想问一下写评价晒单有没有活动？{p}真的不错。",
                ],
                followUps: ["好的谢谢！", "期待新品。"],
                answers: ["好的，已经晒单了。", "没问题。"],
                acks: [
                    "{n}您好，谢谢您的认可和建议！包装的问题我已经记下，会反馈给产品团队。",
                    "亲，非常感谢您的好评，您的建议对我们很有帮助！",
                ],
                asks: ["方便的话能发一下您拍的照片吗？我们想参考一下怎么改进包装。"],
                holdNotes: ["已把建议转给产品团队，等回复是否采纳。"],
                fixes: [
                    "{n}您好，感谢您的建议！已给您账户发了一张10元券，下次购物可以用。",
                    "亲，您的建议产品团队已经采纳了，下一批会改进，谢谢您！",
                ],
                department: nil, tags: ["评价"]
            ),
            .presale: CategoryPhrases(
                subjects: ["请问还有货吗", "{p}现货吗", "发货时间咨询", "哪个尺码合适"],
                openers: [
                    "你好，{p}还有货吗？今天下单什么时候发货？",
                    "请问{p}有现货吗？现在下单有优惠吗？",
                    "身高160体重50公斤，{p}穿哪个尺码合适？",
                    "{p}能寄到新疆吗？包邮吗？",
                ],
                followUps: ["好的，那我下单了。", "还有别的颜色吗？"],
                answers: ["我一般穿{s}。", "好的，我考虑一下。"],
                acks: [
                    "{n}您好，{p}有现货，今天16点前下单当天发出哦。",
                    "亲，这款目前有货，根据您的情况推荐{s}。",
                ],
                asks: ["方便告诉我您平时穿的尺码吗？我帮您对照一下尺码表。"],
                holdNotes: ["等仓库确认{s}的库存数量。"],
                fixes: [
                    "{n}您好，已经为您备注优先发货，下单后今天就能发出，有问题随时找我！",
                    "亲，帮您查好了，{s}还有货，放心下单。",
                ],
                department: nil, tags: ["售前"]
            ),
            .other: CategoryPhrases(
                subjects: ["开发票", "修改收货地址", "能开专票吗", "订单备注"],
                openers: [
                    "你好，订单{o}需要开电子发票，抬头是公司名，怎么弄？",
                    "麻烦帮我把收货地址改一下，搬家了，新的地址我发给你。",
                    "请问可以开增值税专用发票吗？订单号{o}。",
                    "能帮我在订单{o}里备注一下，送到前先打电话吗？",
                ],
                followUps: ["发票开好了吗？没看到邮件。", "地址改好了吗？", "专票大概什么时候能寄出？", "备注加上了吗？"],
                answers: ["抬头和税号已经发您了。", "新地址已经发过去了。", "公司名称、税号、开户行都发您了。", "电话就是下单那个号码。"],
                acks: ["{n}您好，可以的，我马上帮您处理。", "亲，收到，这就帮您办。"],
                asks: [
                    "麻烦把发票抬头和税号发给我，我这边帮您开。", "麻烦把新的收货地址和电话完整发我一下，我马上改。",
                    "开专票需要公司名称、税号、地址电话和开户行账号，麻烦发我一下。", "请问送货前打哪个电话比较方便？",
                ],
                holdNotes: ["已转财务开票，等财务处理。", "包裹已出库，已联系{c}改派新地址，等网点确认。", "专票需财务审核，已提交。", "已在订单备注，等仓库确认。"],
                fixes: [
                    "{n}您好，已经处理好了，电子发票已发到您的邮箱，请查收。", "亲，地址已经改好了，包裹会送到新地址。",
                    "{n}您好，专票已经开好，纸质发票用顺丰寄出，单号{t}。", "亲，已经备注好了，快递员送货前会先给您打电话。",
                ],
                department: "finance", tags: ["发票"]
            ),
        ],
        nudges: [Phrase("有人吗？"), Phrase("怎么还没人回复？"), Phrase("在吗在吗"), Phrase("麻烦尽快回复一下，谢谢")],
        angry: [Phrase("太差劲了！"), Phrase("真的无语。"), Phrase("再也不买了！！！"), Phrase("什么破服务？？？")],
        thanks: [Phrase("收到了，谢谢！"), Phrase("好的，辛苦了"), Phrase("问题解决了，谢谢客服"), Phrase("行，谢谢你们处理这么快")],
        closings: [
            Phrase("不客气{n}，有任何问题随时找我们，祝您生活愉快！"), Phrase("好的亲，那这个问题我先帮您关闭了，有需要随时联系我。"),
        ],
        holdReplies: [
            Phrase("{n}您好，我们已经联系{c}加急核实，明天中午前给您回复，请您再耐心等一下。"),
            Phrase("亲，这个问题需要和相关部门确认，最晚后天给您结果，进展我会随时告诉您。"),
        ],
        mergeNotes: [Phrase("重复工单，已合并到 #{m}，在原工单继续处理。"), Phrase("客户在另一个渠道又问了一次，合并到 #{m}。")],
        duplicateOpeners: [Phrase("刚才问过了，还是刚才那个问题，麻烦快点处理。"), Phrase("再问一下，我的{p}怎么样了？")],
        customerNotes: [
            "老客户，喜欢微信沟通", "不接受电话联系，请发消息", "送礼用，包装要完整", "上次补发过一次，注意安抚",
            "公司采购，需要开票", "对香味敏感，推荐无香型",
        ],
        returnReasons: [
            .damaged: "商品破损", .wrongOrMissing: "发错货", .mismatch: "尺码不合适", .returnRefund: "七天无理由",
            .notReceived: "物流丢件", .complaint: "服务不满意", .delayed: "物流太慢",
        ],
        touchpointNotes: [
            .welcome: "下单欢迎消息", .checkIn: "第3天回访：商品收到了吗", .satisfactionCheck: "第7天满意度回访",
            .reviewRequest: "邀请晒单评价", .offer: "老客专属优惠", .loyaltyInvite: "会员邀请", .reengagement: "久未下单召回",
        ]
    )

    static let en = LanguagePhrases(
        categories: [
            .notReceived: CategoryPhrases(
                subjects: ["Order {o} never arrived", "Package not received", "Tracking says delivered but nothing here", "Where is my order?"],
                openers: [
                    "Hi, I ordered the {p} {d} days ago and it still hasn't arrived. Tracking {t} on {c} hasn't moved. Can you check?",
                    "Tracking shows the parcel was delivered but I never received it. Nobody in the building has seen it.",
                    "Hello, where is my order? It has been {d} days and the {p} is not here.",
                    "My {p} has not arrived and {c} support keeps telling me to contact the seller.",
                ],
                followUps: ["Still nothing today. Any news?", "Can you just send a replacement? I needed it this week."],
                answers: ["The address is correct and my phone was on all day.", "I checked with the neighbours, nobody has it."],
                acks: [
                    "Hi {n}, I'm so sorry for the wait. I'm contacting {c} about tracking {t} right now and will update you as soon as I hear back.",
                    "Hi {n}, thanks for letting us know, and sorry about this. I'll personally chase the parcel and get back to you today.",
                ],
                asks: ["Could you confirm the delivery address and check with your building's mail room? That helps us open a trace with the carrier."],
                holdNotes: ["Opened a trace with {c} for {t}; they need 1–2 business days.", "{c} says the parcel left the hub but has no further scans. Waiting on their investigation."],
                fixes: [
                    "Hi {n}, {c} confirmed the parcel was lost in transit. We've sent a replacement by express, tracking {t}. Sorry for the trouble, and here's 15% off your next order.",
                    "Hi {n}, good news: the carrier located your parcel and it is out for delivery today. Thanks for your patience!",
                ],
                department: "logistics", tags: ["cross-border", "reship"]
            ),
            .delayed: CategoryPhrases(
                subjects: ["Shipping delayed", "Parcel stuck in customs", "Order taking too long", "No tracking update for {d} days"],
                openers: [
                    "Hi, my order has been stuck in customs for {d} days. Is there anything you can do?",
                    "The {p} was supposed to arrive last week. Why is the delivery delayed?",
                    "Hello, tracking {t} shows no update for {d} days. It's taking too long.",
                    "My parcel with the {p} seems stuck in transit. Any idea when it will move?",
                ],
                followUps: ["Still no movement on the tracking.", "It's past the date you gave me. When will it arrive?"],
                answers: ["OK, I'll wait a couple more days.", "Sure, I'll let you know when it arrives."],
                acks: [
                    "Hi {n}, sorry about the wait. Cross-border parcels sometimes queue at customs; I've asked {c} to push it through and expect it within {d} days.",
                    "Hi {n}, I understand how frustrating this is. I've flagged your parcel with {c} and will keep you posted.",
                ],
                asks: ["I've asked {c} to expedite. Could you let me know if tracking hasn't updated by tomorrow? Then we'll escalate."],
                holdNotes: ["Contacted {c} about {t}: customs backlog, they promise release within 48h.", "Filed an expedite request with {c}; waiting for the hub."],
                fixes: [
                    "Hi {n}, your parcel has cleared customs and is out for delivery. Sorry for the delay, we've added a credit to your account.",
                    "Hi {n}, tracking is moving again and it should reach you tomorrow. Thank you for bearing with us!",
                ],
                department: "logistics", tags: ["cross-border", "customs"]
            ),
            .damaged: CategoryPhrases(
                subjects: ["Item arrived damaged", "{p} is defective", "Broken on arrival", "Quality problem with my order"],
                openers: [
                    "Hi, the {p} arrived broken. The box was crushed and the item is cracked.",
                    "My {p} stopped working after {d} days. It won't turn on at all.",
                    "The {p} was leaking when I opened the parcel. I have photos.",
                    "Hello, the {p} I received is defective, the stitching is coming apart.",
                ],
                followUps: ["I sent the photos, what happens next?", "I'd really like a replacement soon."],
                answers: ["Photos attached, including the outer box.", "Here's a short video showing it won't power on."],
                acks: [
                    "Hi {n}, I'm really sorry the {p} reached you like this. That's on us and we'll make it right.",
                    "Hi {n}, so sorry about this! We'll sort it out quickly.",
                ],
                asks: ["Could you send a photo of the damage and of the outer packaging? As soon as we have it we'll arrange a replacement or refund."],
                holdNotes: ["Forwarded photos to quality; waiting for the factory to confirm whether it's a batch issue.", "Opened a damage claim with {c} for {t}."],
                fixes: [
                    "Hi {n}, a new {p} is on its way (tracking {t}). No need to send the damaged one back. Sorry again!",
                    "Hi {n}, we've refunded {r} to your original payment method; it usually shows within 3–5 business days.",
                ],
                department: "quality", tags: ["quality", "photo-received"]
            ),
            .wrongOrMissing: CategoryPhrases(
                subjects: ["Wrong item received", "Missing parts", "Not what I ordered", "Part of order {o} missing"],
                openers: [
                    "I ordered the {p} but received the wrong item.",
                    "Hi, the {p} arrived with parts missing: no charger and no cable.",
                    "My order had two items but I only received the {p}.",
                    "This is not what I ordered. I paid for the {p} in a different colour.",
                ],
                followUps: ["Has the correct item shipped yet?", "Any update on the missing part?"],
                answers: ["Photo of the label attached.", "Here's a picture of what came in the box."],
                acks: [
                    "Hi {n}, I'm sorry, that's a packing mistake on our side. I'm checking the warehouse record now.",
                    "Hi {n}, apologies for the mix-up! Let me look into it right away.",
                ],
                asks: ["Could you send a photo of the item you received and the shipping label? It helps the warehouse trace the error."],
                holdNotes: ["Asked the warehouse to review the packing record; waiting."],
                fixes: [
                    "Hi {n}, the correct {p} shipped today, tracking {t}. Keep or donate the wrong one, no need to return it.",
                    "Hi {n}, the missing parts are on their way and should arrive in 3–5 days. Sorry for the inconvenience!",
                ],
                department: "logistics", tags: ["warehouse", "reship"]
            ),
            .mismatch: CategoryPhrases(
                subjects: ["Size doesn't fit", "{p} not as described", "Colour is different from the photo", "Runs small"],
                openers: [
                    "I followed the size chart and ordered {s}, but it's too small.",
                    "The {p} looks different from the picture, the colour is much darker.",
                    "Hi, the {p} is not as described. The listing said cotton but it feels synthetic.",
                    "The {s} doesn't fit at all, can I swap it for a bigger size?",
                ],
                followUps: ["Who pays for the exchange shipping?", "Has the new size shipped?"],
                answers: ["I usually wear {s}, 170 cm.", "Photo taken in daylight attached."],
                acks: [
                    "Hi {n}, sorry it didn't work out! We're happy to exchange it for free.",
                    "Hi {n}, apologies that it isn't what you expected. Let's find the easiest fix for you.",
                ],
                asks: ["Could you tell me your usual size and height? I'll suggest the right one before we send the exchange."],
                holdNotes: ["Checking stock of size {s} with the warehouse."],
                fixes: [
                    "Hi {n}, the exchange is arranged: a prepaid label is in your email and the new size ships today.",
                    "Hi {n}, we've refunded {r} as a partial credit; please keep the item. Thanks for understanding!",
                ],
                department: nil, tags: ["sizing", "exchange"]
            ),
            .usage: CategoryPhrases(
                subjects: ["How to use the {p}?", "Setup help", "Instructions unclear", "Can't get it working"],
                openers: [
                    "Hi, how do I set up the {p}? The manual is only in Chinese.",
                    "How to use the {p} for the first time? Do I charge it first?",
                    "The instructions for the {p} are confusing. How do I pair it with my phone?",
                    "Hello, how do I reset the {p}? The light keeps blinking.",
                ],
                followUps: ["Tried that, still blinking.", "Watched the video, step 2 isn't clear."],
                answers: ["The light is red and blinking.", "It's brand new, used it twice."],
                acks: [
                    "Hi {n}, happy to help! Charge the {p} fully first, then hold the power button for 3 seconds.",
                    "Hi {n}, no worries, this trips up a lot of people. I'll walk you through it.",
                ],
                asks: ["What colour is the indicator light right now? A short video would help me figure it out."],
                holdNotes: ["Asked the product team for an English quick-start video."],
                fixes: [
                    "Hi {n}, here's the quick-start video; step 2 (hold 5 seconds to reset) should do it. Enjoy!",
                    "Hi {n}, that's it: charge for two hours, then hold the switch until the light turns blue.",
                ],
                department: nil, tags: ["how-to"]
            ),
            .returnRefund: CategoryPhrases(
                subjects: ["Refund request", "Return for order {o}", "When will I get my refund?", "I'd like to return the {p}"],
                openers: [
                    "Hi, I'd like to return the {p}. It's unopened. How do I start a return?",
                    "I sent the {p} back {d} days ago (tracking {t}). When will the refund arrive?",
                    "Please refund my order {o}, I ordered the wrong model.",
                    "Can I get my money back for the {p}? I changed my mind.",
                ],
                followUps: ["Refund still not showing on my card.", "Did you receive the return?"],
                answers: ["Return tracking added.", "OK, I'll ship it tomorrow."],
                acks: [
                    "Hi {n}, sure, I've opened the return for you. You'll get a prepaid label by email.",
                    "Hi {n}, no problem, I'll get that processed for you.",
                ],
                asks: ["I've opened the return. Please send me the return tracking number once shipped and we'll refund as soon as it's scanned."],
                holdNotes: ["Waiting for the returned parcel to reach the warehouse.", "Refund submitted to finance for approval."],
                fixes: [
                    "Hi {n}, your refund of {r} has been issued; banks usually take 3–5 business days.",
                    "Hi {n}, the warehouse received the {p} and we've refunded {r}. Thanks for shopping with us!",
                ],
                department: "finance", tags: ["refund", "rma"]
            ),
            .complaint: CategoryPhrases(
                subjects: ["Complaint about service", "Formal complaint", "I want to speak to a manager", "Very disappointed"],
                openers: [
                    "I have written three times and nobody answers. I want to file a complaint.",
                    "I want to speak to a manager. The promised credit never came.",
                    "This is my formal complaint: I was promised a callback and got nothing.",
                    "Your support keeps sending me the same copy-paste answer. I'd like to complain.",
                ],
                followUps: ["If this isn't fixed today I'm going to the platform.", "I just want someone to own this."],
                answers: ["I want what you promised.", "Fine, I'll wait for your answer today."],
                acks: [
                    "Hi {n}, I'm sorry, we let you down. I'm taking this over personally and will have a concrete answer for you today.",
                    "Hi {n}, you're right to be upset and I apologise. I've escalated this to my team lead.",
                ],
                asks: ["Would you prefer a full refund or a replacement? I'll arrange whichever you choose."],
                holdNotes: ["Escalated to team lead; waiting for approval of the compensation."],
                fixes: [
                    "Hi {n}, we've refunded {r} in full and added store credit as an apology. I'll be your contact from now on.",
                    "Hi {n}, the credit is now on your account. Again, sorry for how this was handled.",
                ],
                department: "quality", tags: ["complaint", "escalated"]
            ),
            .feedback: CategoryPhrases(
                subjects: ["Feedback on the {p}", "Left a review", "A suggestion", "Quick feedback"],
                openers: [
                    "Just left a five stars review for the {p}. One suggestion: less plastic in the packaging.",
                    "Some feedback: the {p} is great, but an English quick-start card would help.",
                    "Loving the {p}! Small suggestion, the box arrived a bit crushed.",
                    "Do you have a program for customers who post a review? The {p} is lovely.",
                ],
                followUps: ["Thanks!", "Looking forward to new products."],
                answers: ["Sure, photo attached.", "No problem."],
                acks: [
                    "Hi {n}, thank you so much for the kind words and the suggestion! I've passed it on to the product team.",
                    "Hi {n}, thanks for taking the time to write to us!",
                ],
                asks: ["Would you mind sending a photo of the packaging? It helps us improve it."],
                holdNotes: ["Passed the suggestion to the product team."],
                fixes: [
                    "Hi {n}, thanks again! We've added a small credit to your account as a thank-you.",
                    "Hi {n}, the team loved the idea and it's going into the next batch. Thank you!",
                ],
                department: nil, tags: ["review"]
            ),
            .presale: CategoryPhrases(
                subjects: ["Is the {p} in stock?", "Shipping question", "Which size should I get?", "Do you ship to my country?"],
                openers: [
                    "Hi, is the {p} in stock? When will it ship if I order today?",
                    "Do you ship to Canada? I'd like the {p}.",
                    "Which size should I get? I'm 170 cm and usually wear {s}.",
                    "Is there a discount code for first orders? Looking at the {p}.",
                ],
                followUps: ["Great, ordering now.", "Any other colours?"],
                answers: ["I normally take {s}.", "OK, I'll think about it."],
                acks: [
                    "Hi {n}, yes, the {p} is in stock and ships within 24 hours.",
                    "Hi {n}, from what you describe I'd go for {s}.",
                ],
                asks: ["What size do you usually wear? I'll compare it with our chart."],
                holdNotes: ["Checking stock of {s} with the warehouse."],
                fixes: [
                    "Hi {n}, all set: order today and it ships tomorrow morning. Let me know if anything else comes up!",
                    "Hi {n}, {s} is available, you're good to go.",
                ],
                department: nil, tags: ["pre-sale"]
            ),
            .other: CategoryPhrases(
                subjects: ["Invoice for order {o}", "Change shipping address", "VAT invoice", "Gift note"],
                openers: [
                    "Hi, could you send me an invoice for order {o}? I need it for my company.",
                    "I moved last week, can you change the shipping address on my order?",
                    "Can you include a gift note with order {o}? It's a birthday present.",
                    "Hello, I need a VAT invoice with my company name for order {o}.",
                ],
                followUps: ["Didn't get the invoice email yet.", "Was the address updated?", "Will the note be handwritten?", "Any news on the VAT invoice?"],
                answers: ["Company details sent.", "New address sent above.", "The note should say: Happy birthday, love M.", "Company name and VAT number sent."],
                acks: ["Hi {n}, sure, I'll take care of that.", "Hi {n}, no problem, on it."],
                asks: [
                    "Could you send me the company name and tax number for the invoice?", "Could you send the full new address with a phone number?",
                    "What would you like the gift note to say?", "Could you send your company name and VAT number?",
                ],
                holdNotes: ["Sent to finance for the invoice.", "Parcel already left; asked {c} to redirect it.", "Asked the warehouse to add the gift note.", "VAT invoice needs finance approval; submitted."],
                fixes: [
                    "Hi {n}, done! The invoice is in your inbox.", "Hi {n}, the address is updated and the parcel will go there.",
                    "Hi {n}, the gift note is in the parcel, and there's no price slip inside.", "Hi {n}, the VAT invoice is attached to your order email.",
                ],
                department: "finance", tags: ["invoice"]
            ),
        ],
        nudges: [Phrase("Hello? Anyone there?"), Phrase("Any update please?"), Phrase("Still waiting for a reply.")],
        angry: [Phrase("This is unacceptable."), Phrase("Worst service ever!!!"), Phrase("Honestly terrible."), Phrase("Ridiculous.")],
        thanks: [Phrase("Got it, thank you!"), Phrase("Thanks, all good now."), Phrase("Perfect, thanks for the quick help.")],
        closings: [Phrase("You're welcome, {n}! Reach out any time."), Phrase("Glad it's sorted, {n}. I'll close this one, just reply if you need anything.")],
        holdReplies: [
            Phrase("Hi {n}, we're checking with {c} and will update you by tomorrow noon at the latest."),
            Phrase("Hi {n}, this needs a check with another team. You'll have an answer within two days and I'll keep you posted."),
        ],
        mergeNotes: [Phrase("Duplicate of #{m}, merged; continue there."), Phrase("Customer asked again by another channel; merged into #{m}.")],
        duplicateOpeners: [Phrase("Following up on my earlier message, same issue."), Phrase("Any news about my {p}?")],
        customerNotes: [
            "Prefers email, different time zone", "Gift buyer, keep packaging intact", "Had a reship before, be extra careful",
            "Buys for a small shop, asks for invoices",
        ],
        returnReasons: [
            .damaged: "Damaged item", .wrongOrMissing: "Wrong item", .mismatch: "Size exchange", .returnRefund: "Changed mind",
            .notReceived: "Lost in transit", .complaint: "Service recovery", .delayed: "Late delivery",
        ],
        touchpointNotes: [
            .welcome: "Order confirmation", .checkIn: "Day-3 check-in: did it arrive OK?", .satisfactionCheck: "Day-7 satisfaction check",
            .reviewRequest: "Review request", .offer: "Returning-customer offer", .loyaltyInvite: "Loyalty invitation",
            .reengagement: "We miss you",
        ]
    )

    static func phrases(_ language: Language) -> LanguagePhrases { language == .zh ? zh : en }
}

/// Products: names per language, price in CNY fen (USD cents are derived for cross-border orders).
struct DemoProduct: Sendable {
    var sku: String
    var zh: String
    var en: String
    var priceFen: Int64
    /// Clothing gets a size.
    var sized: Bool

    static let catalog: [DemoProduct] = [
        DemoProduct(sku: "SK-HA30", zh: "玻尿酸保湿精华液 30ml", en: "Hyaluronic hydrating serum 30 ml", priceFen: 12800, sized: false),
        DemoProduct(sku: "SK-AC120", zh: "氨基酸洁面乳 120g", en: "Amino acid cleanser 120 g", priceFen: 6900, sized: false),
        DemoProduct(sku: "SK-NB250", zh: "烟酰胺身体乳 250ml", en: "Niacinamide body lotion 250 ml", priceFen: 8900, sized: false),
        DemoProduct(sku: "SK-SPF50", zh: "清透防晒霜 SPF50", en: "Light sunscreen SPF50", priceFen: 9900, sized: false),
        DemoProduct(sku: "SK-MASK10", zh: "修护面膜 10片装", en: "Repair sheet masks, pack of 10", priceFen: 7900, sized: false),
        DemoProduct(sku: "SK-EYE15", zh: "抗皱眼霜 15g", en: "Firming eye cream 15 g", priceFen: 19900, sized: false),
        DemoProduct(sku: "KT-JUICE", zh: "便携榨汁杯", en: "Portable blender cup", priceFen: 15900, sized: false),
        DemoProduct(sku: "KT-RICE16", zh: "迷你电饭煲 1.6L", en: "Mini rice cooker 1.6 L", priceFen: 26900, sized: false),
        DemoProduct(sku: "KT-AIR45", zh: "空气炸锅 4.5L", en: "Air fryer 4.5 L", priceFen: 39900, sized: false),
        DemoProduct(sku: "KT-KETTLE", zh: "恒温电水壶", en: "Temperature-control kettle", priceFen: 21900, sized: false),
        DemoProduct(sku: "KT-MILK", zh: "手持电动打奶泡器", en: "Handheld milk frother", priceFen: 4900, sized: false),
        DemoProduct(sku: "KT-GRILL", zh: "多功能电烤盘", en: "Multi-function electric grill", priceFen: 45900, sized: false),
        DemoProduct(sku: "CL-TEE", zh: "纯棉圆领T恤", en: "Cotton crew-neck T-shirt", priceFen: 7900, sized: true),
        DemoProduct(sku: "CL-JEANS", zh: "高腰直筒牛仔裤", en: "High-rise straight jeans", priceFen: 19900, sized: true),
        DemoProduct(sku: "CL-DRESS", zh: "碎花连衣裙", en: "Floral midi dress", priceFen: 25900, sized: true),
        DemoProduct(sku: "CL-HOOD", zh: "加绒连帽卫衣", en: "Fleece-lined hoodie", priceFen: 16900, sized: true),
        DemoProduct(sku: "CL-LINEN", zh: "亚麻衬衫", en: "Linen shirt", priceFen: 18900, sized: true),
        DemoProduct(sku: "CL-DOWN", zh: "轻薄羽绒服", en: "Lightweight down jacket", priceFen: 59900, sized: true),
        DemoProduct(sku: "PH-PB10K", zh: "磁吸充电宝 10000mAh", en: "Magnetic power bank 10000 mAh", priceFen: 14900, sized: false),
        DemoProduct(sku: "PH-GLASS", zh: "钢化膜 iPhone 15 两片装", en: "Tempered glass for iPhone 15, 2-pack", priceFen: 3900, sized: false),
        DemoProduct(sku: "PH-CABLE", zh: "快充数据线 1米", en: "Fast-charging cable 1 m", priceFen: 2900, sized: false),
        DemoProduct(sku: "PH-CASE", zh: "防摔手机壳", en: "Shockproof phone case", priceFen: 4900, sized: false),
        DemoProduct(sku: "PH-BUDS", zh: "降噪蓝牙耳机", en: "Noise-cancelling earbuds", priceFen: 29900, sized: false),
        DemoProduct(sku: "PH-STAND", zh: "桌面手机支架", en: "Desk phone stand", priceFen: 3500, sized: false),
    ]

    static let sizes = ["S", "M", "L", "XL", "27码", "28码", "160/84A", "165/88A"]
    static let sizesEN = ["XS", "S", "M", "L", "XL", "US 6", "US 8", "UK 10"]
}

struct DemoCarrier: Sendable {
    var name: String
    var zh: String
    var prefix: String
    var digits: Int
    var suffix: String
    var crossBorder: Bool

    static let domestic: [DemoCarrier] = [
        DemoCarrier(name: "SF Express", zh: "顺丰", prefix: "SF", digits: 13, suffix: "", crossBorder: false),
        DemoCarrier(name: "ZTO Express", zh: "中通", prefix: "7", digits: 13, suffix: "", crossBorder: false),
        DemoCarrier(name: "YTO Express", zh: "圆通", prefix: "YT", digits: 13, suffix: "", crossBorder: false),
        DemoCarrier(name: "JD Logistics", zh: "京东物流", prefix: "JDX", digits: 12, suffix: "", crossBorder: false),
    ]
    static let byName: [String: DemoCarrier] = Dictionary(uniqueKeysWithValues: (domestic + crossBorder).map { ($0.name, $0) })
    static let crossBorder: [DemoCarrier] = [
        DemoCarrier(name: "DHL", zh: "DHL", prefix: "", digits: 10, suffix: "", crossBorder: true),
        DemoCarrier(name: "4PX", zh: "递四方", prefix: "4PX", digits: 12, suffix: "CN", crossBorder: true),
        DemoCarrier(name: "Yanwen", zh: "燕文", prefix: "UG", digits: 9, suffix: "YP", crossBorder: true),
    ]
}

enum DemoPeople {
    static let surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗", "梁", "宋", "郑", "谢"]
    static let givenNames = [
        "小雨", "思远", "子涵", "欣怡", "浩然", "雨桐", "梓萱", "一诺", "宇轩", "佳琪", "俊杰", "诗涵", "明轩", "晓峰", "静怡",
        "嘉怡", "若曦", "文博", "天佑", "美琳", "晨曦", "可馨", "婉清", "子墨",
    ]
    static let pinyinSurnames = ["wang", "li", "zhang", "liu", "chen", "yang", "zhao", "huang", "zhou", "wu", "xu", "sun", "hu", "zhu", "gao", "lin", "he", "guo", "ma", "luo", "liang", "song", "zheng", "xie"]
    static let firstNames = [
        "Emma", "Olivia", "Liam", "Noah", "Sophie", "James", "Mia", "Lucas", "Chloe", "Daniel", "Grace", "Ethan", "Ava", "Jack",
        "Hannah", "Leo", "Isabella", "Ryan", "Zoe", "Nathan",
    ]
    static let lastNames = [
        "Smith", "Johnson", "Brown", "Taylor", "Wilson", "Martin", "Anderson", "Thompson", "Walker", "Wright", "Clarke", "Nguyen",
        "Müller", "García", "Rossi", "Kim", "Tan", "Lee", "O'Brien", "Dubois",
    ]
    static let handleWords = ["momo", "xiaomi", "tutu", "candy", "lemon", "pudding", "kiki", "maomao", "sunny", "yoyo", "dudu", "bobo"]
    static let emailDomains = ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me"]
    static let cnEmailDomains = ["qq.com", "163.com", "126.com", "foxmail.com"]
    static let cities = ["深圳", "广州", "杭州", "上海", "北京", "成都", "武汉", "南京", "西安", "长沙", "苏州", "重庆"]
    static let foreignCities = ["Los Angeles", "New York", "London", "Toronto", "Sydney", "Singapore", "Frankfurt", "Vancouver"]
    /// The support team: Unix logins.
    static let agents = ["lina", "wei.zhang", "tom", "mei", "xiaoyu.chen", "jack"]
    /// Agents who answer English tickets.
    static let englishAgents = ["tom", "lina", "jack"]
}
