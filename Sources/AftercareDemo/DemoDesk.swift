import AftercareCore
import Foundation
import AftercareInterchange

/// A believable after-sales desk, generated: customers (Chinese and English), their orders with
/// shipments and returns, tickets in every category and status with threads in both languages,
/// SLA clocks consistent with the threads, satisfaction answers and follow-up touchpoints.
///
/// Deterministic for `(seed, ticketCount, now)` (and independent of the chunk size): every customer
/// is generated from its own SplitMix64 stream. Streaming: one chunk is built at a time, so memory
/// stays flat for a million tickets. Every chunk is self-contained (a customer, their orders and
/// their tickets are always in the same chunk) and passes `InterchangeReader` validation.
///
/// Priority comes from triage of the first inbound message (`TriageMatcher` over `rules`, with the
/// category the text was written for in the classifier's place); a few tickets carry their
/// category with `categoryIsManual = true`, as agents re-categorise some.
public struct DemoDesk: Sendable {
    public let seed: UInt64
    public let ticketCount: Int
    public let now: Date
    public var policy: SLAPolicy
    public var rules: TriageRules
    public var loyalty: LoyaltyProgram

    public init(
        seed: UInt64, ticketCount: Int, now: Date, policy: SLAPolicy = .standard, rules: TriageRules = .standard,
        loyalty: LoyaltyProgram = .standard
    ) {
        self.seed = seed
        self.ticketCount = max(0, ticketCount)
        self.now = now
        self.policy = policy
        self.rules = rules
        self.loyalty = loyalty
    }

    /// Chunks of about `chunkSize` tickets (a chunk ends after the customer that reaches the size),
    /// with those tickets' customers, orders and touchpoints.
    public func batches(chunkSize: Int = 1_000) -> DemoBatches { DemoBatches(desk: self, chunkSize: max(1, chunkSize)) }

    /// The whole desk as one batch (small desks and tests).
    public func batch() -> InterchangeBatch {
        var all = InterchangeBatch()
        for b in batches(chunkSize: Int.max) {
            all.customers += b.customers
            all.orders += b.orders
            all.tickets += b.tickets
            all.touchpoints += b.touchpoints
        }
        return all
    }

    /// USD cents → CNY fen for lifetime spend, at the store's reference rate.
    public static func cnyFen(fromUSDCents cents: Int64) -> Int64 { Money(minorUnits: cents, currency: "USD").approximateCNYMinorUnits }
}

/// The chunks of a `DemoDesk`, generated on demand.
public struct DemoBatches: Sequence, IteratorProtocol, Sendable {
    private var generator: DemoGenerator
    private let chunkSize: Int

    init(desk: DemoDesk, chunkSize: Int) {
        generator = DemoGenerator(desk: desk)
        self.chunkSize = chunkSize
    }

    public mutating func next() -> InterchangeBatch? {
        guard generator.ticketsMade < generator.desk.ticketCount else { return nil }
        var batch = InterchangeBatch()
        batch.customers.reserveCapacity(Swift.min(chunkSize, 4096) / 2)
        batch.orders.reserveCapacity(Swift.min(chunkSize, 4096))
        batch.tickets.reserveCapacity(Swift.min(chunkSize, 4096) + 8)
        while batch.tickets.count < chunkSize, generator.ticketsMade < generator.desk.ticketCount {
            generator.makeCustomer(into: &batch)
        }
        return batch
    }
}

// MARK: - Generator

struct DemoGenerator: Sendable {
    let desk: DemoDesk
    let matcher: TriageMatcher
    let nowSeconds: Int64
    var customerIndex: UInt64 = 0
    var ticketsMade = 0
    var nextTicketNumber: Int64 = 1001
    var nextOrderSeq = 1
    var nextReturnSeq = 1
    /// Triage results by (language, category, subject, opener, angry suffix, tier): see `classify`.
    var triageCache: [UInt64: TriageResult] = [:]
    /// Slot values that trigger no rule on their own (so they cannot change a classification).
    let neutralProducts: [Bool]
    let neutralSizes: Bool
    let neutralCarriers: Bool

    static let statusWeights = cumulative([7, 14, 8, 6, 17, 48])  // new open pending on_hold solved closed
    static let statuses: [TicketStatus] = [.new, .open, .pending, .onHold, .solved, .closed]
    static let categories: [TicketCategory] = [
        .notReceived, .delayed, .damaged, .wrongOrMissing, .mismatch, .usage, .returnRefund, .complaint, .feedback, .presale, .other,
    ]
    static let categoryIndex: [TicketCategory: Int] = Dictionary(uniqueKeysWithValues: TicketCategory.allCases.enumerated().map { ($1, $0) })
    static let categoryWeights = cumulative([12, 14, 12, 8, 9, 9, 14, 6, 6, 5, 5])
    static let escalation: [TicketCategory: String] = [
        .notReceived: "logistics", .delayed: "logistics", .damaged: "quality", .wrongOrMissing: "logistics",
        .mismatch: "quality", .usage: "quality", .returnRefund: "finance", .complaint: "quality", .feedback: "quality",
        .presale: "logistics", .other: "finance",
    ]

    init(desk: DemoDesk) {
        self.desk = desk
        matcher = TriageMatcher(rules: desk.rules)
        nowSeconds = Int64(desk.now.timeIntervalSince1970.rounded(.down))
        let m = matcher
        func neutral(_ s: String) -> Bool { m.classify(subject: s, body: "", tier: .none, classified: nil).matchedRules.isEmpty }
        neutralProducts = DemoProduct.catalog.map { neutral($0.zh) && neutral($0.en) }
        neutralSizes = (DemoProduct.sizes + DemoProduct.sizesEN).allSatisfy(neutral)
        neutralCarriers = (DemoCarrier.domestic + DemoCarrier.crossBorder).allSatisfy { neutral($0.zh) && neutral($0.name) }
    }

    @inline(__always) func date(_ seconds: Int64) -> Date { Date(timeIntervalSince1970: Double(seconds)) }

    // MARK: Plans

    enum Role: UInt8 {
        case first, nudge, followUp, ack, ask, answer, holdNote, holdReply, fix, thanks, closing, mergeNote

        var kind: MessageKind {
            switch self {
            case .first, .nudge, .followUp, .answer, .thanks: .inbound
            case .ack, .ask, .holdReply, .fix, .closing: .reply
            case .holdNote, .mergeNote: .note
            }
        }
    }

    struct Step {
        var role: Role
        var gap: Int64
        var moveTo: TicketStatus?
        var at: Int64 = 0
    }

    struct TicketPlan {
        var status: TicketStatus
        var category: TicketCategory
        var createdAt: Int64
        var steps: [Step]
        var closedAt: Int64?
        var angry: Bool
        /// Index of the ticket (same customer) this one duplicates; it is closed and merged.
        var duplicateOf: Int?
        var orderSlot: Int?
        var number: Int64 = 0
    }

    static let hour: Int64 = 3600
    static let day: Int64 = 86_400

    func firstResponseGap(_ rng: inout SplitMix64) -> Int64 {
        let r = rng.unit()
        if r < 0.55 { return Int64(rng.between(180, 3600)) }
        if r < 0.80 { return Int64(rng.between(3600, 6 * 3600)) }
        if r < 0.92 { return Int64(rng.between(6 * 3600, 24 * 3600)) }
        return Int64(rng.between(24 * 3600, 72 * 3600))
    }

    func customerGap(_ rng: inout SplitMix64) -> Int64 { Int64(rng.between(600, 20 * 3600)) }
    func agentGap(_ rng: inout SplitMix64) -> Int64 { Int64(rng.between(900, 26 * 3600)) }

    func ageFor(_ status: TicketStatus, _ rng: inout SplitMix64) -> Int64 {
        switch status {
        case .new:
            let r = rng.unit()
            if r < 0.72 { return Int64(rng.between(120, 8 * 3600)) }
            if r < 0.88 { return Int64(rng.between(8 * 3600, 48 * 3600)) }
            return Int64(rng.between(2 * 86_400, 5 * 86_400))
        case .open: return 1800 + Int64(Double(6 * 86_400) * pow(rng.unit(), 1.5))
        case .pending: return Int64(rng.between(3600, 10 * 86_400))
        case .onHold: return Int64(rng.between(2 * 3600, 12 * 86_400))
        case .solved: return Int64(rng.between(4 * 3600, 12 * 86_400))
        case .closed: return 2 * 86_400 + Int64(Double(88 * 86_400) * pow(rng.unit(), 1.4))
        }
    }

    func plan(status: TicketStatus, category: TicketCategory, _ rng: inout SplitMix64) -> TicketPlan {
        let createdAt = nowSeconds - ageFor(status, &rng)
        var steps: [Step] = [Step(role: .first, gap: 0)]
        steps.reserveCapacity(8)
        func add(_ role: Role, _ gap: Int64, _ move: TicketStatus? = nil) { steps.append(Step(role: role, gap: gap, moveTo: move)) }
        var closeGap: Int64?
        switch status {
        case .new:
            if rng.chance(0.3) { add(.nudge, Int64(rng.between(1200, 10 * 3600))) }
        case .open:
            add(.ack, firstResponseGap(&rng))
            if rng.chance(0.25) {
                add(.ask, agentGap(&rng), .pending)
                add(.answer, customerGap(&rng))
            }
            if rng.chance(0.4) { add(.followUp, customerGap(&rng)) }
            if rng.chance(0.2) { add(.holdNote, agentGap(&rng)) }
        case .pending:
            if rng.chance(0.5) {
                add(.ack, firstResponseGap(&rng))
                if rng.chance(0.3) { add(.followUp, customerGap(&rng)) }
                add(.ask, agentGap(&rng), .pending)
            } else {
                add(.ask, firstResponseGap(&rng), .pending)
            }
        case .onHold:
            add(.ack, firstResponseGap(&rng))
            add(.holdNote, agentGap(&rng), .onHold)
            add(.holdReply, Int64(rng.between(300, 3600)))
            if rng.chance(0.3) {
                add(.followUp, customerGap(&rng))
                add(.holdReply, agentGap(&rng))
            }
        case .solved, .closed:
            if rng.chance(0.35) {
                add(.fix, firstResponseGap(&rng), .solved)
            } else {
                add(.ack, firstResponseGap(&rng))
                // At most one detour, so a thread stays within 8 messages.
                let detour = rng.unit()
                if detour < 0.35 {
                    add(.ask, agentGap(&rng), .pending)
                    add(.answer, customerGap(&rng))
                } else if detour < 0.55 {
                    add(.holdNote, agentGap(&rng), .onHold)
                    add(.holdReply, Int64(rng.between(300, 3600)))
                }
                if rng.chance(0.3) { add(.followUp, customerGap(&rng)) }
                add(.fix, agentGap(&rng), .solved)
            }
            if rng.chance(status == .closed ? 0.45 : 0.25) {
                add(.thanks, customerGap(&rng))
                add(.closing, Int64(rng.between(300, 4 * 3600)), .solved)
            }
            if status == .closed { closeGap = Int64(rng.between(86_400, 7 * 86_400)) }
        }
        // Fit the thread between creation and now.
        var total: Int64 = 0
        for s in steps { total += s.gap }
        let span = max(60, nowSeconds - createdAt - 60)
        let whole = total + (closeGap ?? 0)
        let scale = whole > span ? Double(span) / Double(whole) : 1
        func scaled(_ gap: Int64) -> Int64 { scale == 1 ? gap : Int64(Double(gap) * scale) }
        var left = steps.reduce(0) { $0 + scaled($1.gap) } + (closeGap.map(scaled) ?? 0)
        var t = createdAt
        for i in steps.indices {
            let gap = scaled(steps[i].gap)
            t += gap
            left -= gap
            // Agents work the desk's hours: a reply or note that would fall while the desk is
            // closed waits for it to open (unless that would push the thread past now).
            if steps[i].role.kind != .inbound {
                let opens = Int64(desk.policy.calendar.nextOpening(atOrAfter: date(t)).timeIntervalSince1970.rounded(.down))
                let answered = opens + Int64(rng.between(60, 45 * 60))
                if opens > t, answered + left < nowSeconds - 60 { t = answered }
            }
            steps[i].at = t
        }
        var closedAt: Int64?
        if let closeGap { closedAt = min(nowSeconds, t + scaled(closeGap)) }
        let angryChance: Double = switch category {
        case .complaint: 0.6
        case .notReceived, .damaged: 0.25
        case .delayed: 0.2
        default: 0.07
        }
        return TicketPlan(
            status: status, category: category, createdAt: createdAt, steps: steps, closedAt: closedAt,
            angry: rng.chance(angryChance), duplicateOf: nil, orderSlot: nil
        )
    }

    /// A second ticket about the same problem, opened shortly after the first: closed and merged.
    func duplicatePlan(of original: TicketPlan, index: Int, _ rng: inout SplitMix64) -> TicketPlan {
        let room = max(120, nowSeconds - original.createdAt - 60)
        let createdAt = original.createdAt + min(room / 2, Int64(rng.between(600, 6 * 3600)))
        let mergedAt = min(nowSeconds, createdAt + min(max(60, (nowSeconds - createdAt) / 2), Int64(rng.between(300, 3 * 3600))))
        return TicketPlan(
            status: .closed, category: original.category, createdAt: createdAt,
            steps: [Step(role: .first, gap: 0, at: createdAt), Step(role: .mergeNote, gap: 0, moveTo: .closed, at: mergedAt)],
            closedAt: nil, angry: false, duplicateOf: index, orderSlot: original.orderSlot
        )
    }

    // MARK: Customer

    mutating func makeCustomer(into batch: inout InterchangeBatch) {
        var rng = SplitMix64.stream(desk.seed, customerIndex)
        customerIndex += 1
        let customerNumber = customerIndex
        let language: Language = rng.chance(0.18) ? .en : .zh
        let phrases = DemoPhrases.phrases(language)

        // Tickets: how many, and their shape.
        let r = rng.unit()
        let vipRoll = rng.unit()
        let plannedTickets: Int = r < 0.40 ? 1 : r < 0.68 ? 2 : r < 0.83 ? 3 : r < 0.91 ? 4 : rng.between(5, 8)
        let ticketsHere = min(plannedTickets + (vipRoll < 0.2 && rng.chance(0.5) ? 1 : 0), desk.ticketCount - ticketsMade)
        var plans: [TicketPlan] = []
        plans.reserveCapacity(ticketsHere)
        for i in 0..<ticketsHere {
            if i > 0, rng.chance(0.07), let original = plans.indices.last(where: { plans[$0].duplicateOf == nil && plans[$0].category != .presale }) {
                plans.append(duplicatePlan(of: plans[original], index: original, &rng))
                continue
            }
            let status = Self.statuses[rng.weighted(Self.statusWeights)]
            let category = Self.categories[rng.weighted(Self.categoryWeights)]
            plans.append(plan(status: status, category: category, &rng))
        }
        for i in plans.indices {
            plans[i].number = nextTicketNumber
            nextTicketNumber += 1
        }

        // Orders: one per problem ticket (sometimes shared), plus purchase history.
        let targetOrders: Int = vipRoll < 0.05 ? rng.between(10, 16) : vipRoll < 0.20 ? rng.between(3, 7) : (rng.chance(0.35) ? 2 : 1)
        var ticketOrderAnchors: [(at: Int64, plan: Int)] = []
        for i in plans.indices {
            if let original = plans[i].duplicateOf {
                plans[i].orderSlot = plans[original].orderSlot
                continue
            }
            let needsOrder: Bool = switch plans[i].category {
            case .presale: false
            case .other: rng.chance(0.6)
            default: true
            }
            guard needsOrder else { continue }
            if !ticketOrderAnchors.isEmpty, rng.chance(0.2) {
                let shared = rng.below(ticketOrderAnchors.count)
                if ticketOrderAnchors[shared].at > plans[i].createdAt - 3 * Self.day {
                    plans[i].orderSlot = plans[ticketOrderAnchors[shared].plan].orderSlot
                    continue
                }
            }
            plans[i].orderSlot = ticketOrderAnchors.count
            ticketOrderAnchors.append((plans[i].createdAt, i))
        }
        // A customer with only pre-sale questions may not have bought yet.
        let historyCount = ticketOrderAnchors.isEmpty && rng.chance(0.5) ? 0 : max(0, targetOrders - ticketOrderAnchors.count)

        let name: String
        let callName: String
        var contacts: [Contact] = []
        let crossBorder = language == .en
        if crossBorder {
            let fi = rng.below(DemoPeople.firstNames.count)
            let li = rng.below(DemoPeople.lastNames.count)
            let first = DemoPeople.firstNames[fi]
            name = first + " " + DemoPeople.lastNames[li]
            callName = first
            let local = first.lowercased() + "." + Self.asciiLastNames[li] + (rng.chance(0.5) ? String(rng.between(1, 99)) : "")
            contacts.append(Contact(channel: .email, handle: local + "@" + rng.pick(DemoPeople.emailDomains)))
            if rng.chance(0.4) { contacts.append(Contact(channel: .phone, handle: "+1 " + Self.digits(&rng, 3) + " 555 " + Self.digits(&rng, 4))) }
            if rng.chance(0.3) { contacts.append(Contact(channel: .marketplace, handle: "amz-" + first.lowercased() + Self.digits(&rng, 4))) }
            if rng.chance(0.1) { contacts.append(Contact(channel: .wechat, handle: first.lowercased() + "_" + Self.digits(&rng, 5))) }
        } else {
            let si = rng.below(DemoPeople.surnames.count)
            let given = rng.pick(DemoPeople.givenNames)
            name = DemoPeople.surnames[si] + given
            callName = name
            let word = rng.pick(DemoPeople.handleWords)
            if rng.chance(0.9) {
                contacts.append(Contact(channel: .wechat, handle: rng.chance(0.5) ? "wxid_" + Self.base36(&rng, 10) : word + "_" + Self.digits(&rng, 4)))
            }
            if rng.chance(0.7) {
                contacts.append(Contact(channel: .phone, handle: "1" + rng.pick(["38", "39", "58", "59", "77", "86", "88", "99"]) + Self.digits(&rng, 8)))
            }
            if rng.chance(0.4) { contacts.append(Contact(channel: .xiaohongshu, handle: word + given + Self.digits(&rng, 3))) }
            if rng.chance(0.35) { contacts.append(Contact(channel: .marketplace, handle: "tb_" + word + Self.digits(&rng, 6))) }
            if rng.chance(0.25) || contacts.isEmpty {
                contacts.append(Contact(channel: .email, handle: DemoPeople.pinyinSurnames[si] + Self.digits(&rng, 6) + "@" + rng.pick(DemoPeople.cnEmailDomains)))
            }
        }
        let customerId = "C-" + Self.padded(Int(customerNumber), 6)
        let optedOut = rng.chance(0.08)
        let notes = rng.chance(0.2) ? rng.pick(phrases.customerNotes) : ""
        let preferredChannel = contacts[0].channel

        // Build the orders.
        var orders: [Order] = []
        orders.reserveCapacity(ticketOrderAnchors.count + historyCount)
        var ticketOrderIndex: [Int] = []  // order slot -> index in `orders`
        var products: [Int] = []  // order index -> first product (for texts)
        var sizes: [String] = []
        var deliveredAt: [Int64?] = []
        var earliest = plans.map(\.createdAt).min() ?? nowSeconds
        for slot in ticketOrderAnchors.indices {
            let p = plans[ticketOrderAnchors[slot].plan]
            let built = makeOrder(for: p, crossBorder: crossBorder, language: language, customerId: customerId, &rng)
            ticketOrderIndex.append(orders.count)
            orders.append(built.order)
            products.append(built.product)
            sizes.append(built.size)
            deliveredAt.append(built.delivered)
            earliest = min(earliest, built.order.placedAt.timeIntervalSince1970 >= 0 ? Int64(built.order.placedAt.timeIntervalSince1970) : earliest)
        }
        var historyStart = earliest
        for _ in 0..<historyCount {
            historyStart -= Int64(rng.between(5, 60)) * Self.day + Int64(rng.between(0, 86_399))
            let built = makeHistoryOrder(placedAt: historyStart, crossBorder: crossBorder, language: language, customerId: customerId, &rng)
            orders.append(built.order)
            products.append(built.product)
            sizes.append(built.size)
            deliveredAt.append(built.delivered)
        }
        earliest = min(earliest, historyStart)
        // Oldest first, like an order history.
        if historyCount > 0 {
            let order = orders.indices.sorted { orders[$0].placedAt < orders[$1].placedAt }
            var position = Array(repeating: 0, count: orders.count)
            for (newIndex, oldIndex) in order.enumerated() { position[oldIndex] = newIndex }
            orders = order.map { orders[$0] }
            products = order.map { products[$0] }
            sizes = order.map { sizes[$0] }
            deliveredAt = order.map { deliveredAt[$0] }
            ticketOrderIndex = ticketOrderIndex.map { position[$0] }
        }
        for i in orders.indices {
            orders[i].externalId = "SO-" + Self.padded(nextOrderSeq, 7)
            orders[i].number = "SO" + Self.yyyymmdd(Int64(orders[i].placedAt.timeIntervalSince1970)) + "-" + Self.padded(nextOrderSeq % 10_000, 4)
            nextOrderSeq += 1
            for j in orders[i].returns.indices {
                orders[i].returns[j].rmaNumber = "RMA" + Self.yyyymmdd(Int64(orders[i].returns[j].requestedAt.timeIntervalSince1970))
                    + "-" + Self.padded(nextReturnSeq % 100_000, 5)
                nextReturnSeq += 1
            }
        }
        var spend: Int64 = 0
        for o in orders { spend += o.amount.currency == "USD" ? DemoDesk.cnyFen(fromUSDCents: o.amount.minorUnits) : o.amount.minorUnits }
        let tier = desk.loyalty.tier(orderCount: orders.count, lifetimeSpendMinor: spend)
        let createdAt = earliest - Int64(rng.between(0, 3 * 86_400))
        batch.customers.append(Customer(
            externalId: customerId, name: name, language: language, contacts: contacts, optedOut: optedOut, notes: notes,
            createdAt: date(createdAt), orderCount: orders.count, lifetimeSpend: Money(minorUnits: spend, currency: "CNY")
        ))

        // Tickets.
        var ticketChannels = contacts.map(\.channel)
        ticketChannels.append(.web)
        var built: [TicketWithThread] = []
        built.reserveCapacity(plans.count)
        for p in plans {
            let orderIndex = p.orderSlot.map { ticketOrderIndex[$0] }
            let channel: Channel
            if let original = p.duplicateOf {
                let others = ticketChannels.filter { $0 != built[original].ticket.channel }
                channel = others.isEmpty ? built[original].ticket.channel : rng.pick(others)
            } else {
                channel = rng.chance(0.6) ? preferredChannel : rng.pick(ticketChannels)
            }
            let thread = makeTicket(
                p, customerId: customerId, name: name, callName: callName, language: language, tier: tier, channel: channel,
                order: orderIndex.map { orders[$0] }, product: orderIndex.map { products[$0] } ?? rng.below(DemoProduct.catalog.count),
                size: orderIndex.map { sizes[$0] } ?? "", original: p.duplicateOf.map { built[$0] }, &rng
            )
            built.append(thread)
        }
        batch.tickets += built
        ticketsMade += plans.count

        // Orders and touchpoints.
        let problemOrders = Set(plans.compactMap { p in p.orderSlot.map { ticketOrderIndex[$0] } })
        for (i, o) in orders.enumerated() {
            let placed = Int64(o.placedAt.timeIntervalSince1970)
            let notes = phrases.touchpointNotes
            if rng.chance(0.3) {
                batch.touchpoints.append(Touchpoint(
                    customerExternalId: customerId, orderExternalId: o.externalId, kind: .welcome, channel: preferredChannel,
                    at: date(placed + Int64(rng.between(30, 600))), note: notes[.welcome] ?? ""
                ))
            }
            guard !optedOut, let delivered = deliveredAt[i] else { continue }
            let checkIn = delivered + Int64(rng.between(2 * 86_400, 3 * 86_400))
            if checkIn <= nowSeconds, rng.chance(0.4) {
                batch.touchpoints.append(Touchpoint(
                    customerExternalId: customerId, orderExternalId: o.externalId, kind: .checkIn, channel: preferredChannel,
                    at: date(checkIn), note: notes[.checkIn] ?? ""
                ))
            }
            let review = placed + Int64(rng.between(14, 30)) * Self.day + Int64(rng.between(0, 36_000))
            if review <= nowSeconds, rng.chance(0.3) {
                // Review requests only for orders without a problem; the others get a feedback check.
                let kind: TouchpointKind = problemOrders.contains(i) ? .satisfactionCheck : .reviewRequest
                batch.touchpoints.append(Touchpoint(
                    customerExternalId: customerId, orderExternalId: o.externalId, kind: kind, channel: preferredChannel,
                    at: date(review), note: notes[kind] ?? ""
                ))
            }
        }
        if tier.isVIP, !optedOut, orders.count >= 3, rng.chance(0.5) {
            let at = min(nowSeconds - 3600, Int64(orders[2].placedAt.timeIntervalSince1970) + Int64(rng.between(1, 20)) * Self.day)
            batch.touchpoints.append(Touchpoint(
                customerExternalId: customerId, kind: .loyaltyInvite, channel: preferredChannel, at: date(at),
                note: phrases.touchpointNotes[.loyaltyInvite] ?? ""
            ))
        }
        batch.orders += orders
    }

    // MARK: Orders

    struct BuiltOrder {
        var order: Order
        var product: Int
        var size: String
        var delivered: Int64?
    }

    func items(crossBorder: Bool, language: Language, _ rng: inout SplitMix64) -> (items: [OrderItem], first: Int, size: String, amount: Int64) {
        let count = rng.chance(0.6) ? 1 : rng.chance(0.7) ? 2 : 3
        var items: [OrderItem] = []
        items.reserveCapacity(count)
        var first = 0
        var size = ""
        var amount: Int64 = 0
        let catalog = DemoProduct.catalog
        var chosen = rng.below(catalog.count)
        for k in 0..<count {
            if k > 0 { chosen = (chosen + 1 + rng.below(catalog.count - 1)) % catalog.count }
            let product = catalog[chosen]
            var itemName = language == .zh ? product.zh : product.en
            var sku = product.sku
            if product.sized {
                let s = crossBorder ? rng.pick(DemoProduct.sizesEN) : rng.pick(DemoProduct.sizes)
                itemName += language == .zh ? " 尺码" + s : ", size " + s
                sku += "-" + s.filter { $0.isASCII && ($0.isLetter || $0.isNumber) }
                if k == 0 { size = s }
            }
            if k == 0 { first = chosen }
            let quantity = rng.chance(0.85) ? 1 : 2
            let price = crossBorder ? max(199, (product.priceFen * 10 / 72 + 50) / 100 * 100 - 1) : product.priceFen
            items.append(OrderItem(sku: sku, name: itemName, quantity: quantity, unitPrice: Money(minorUnits: price, currency: crossBorder ? "USD" : "CNY")))
            amount += price * Int64(quantity)
        }
        if crossBorder, amount < 4900 { amount += 499 }
        return (items, first, size, amount)
    }

    func carrier(crossBorder: Bool, _ rng: inout SplitMix64) -> DemoCarrier {
        crossBorder ? rng.pick(DemoCarrier.crossBorder) : rng.pick(DemoCarrier.domestic)
    }

    static func tracking(_ c: DemoCarrier, _ rng: inout SplitMix64) -> String { c.prefix + digits(&rng, c.digits) + c.suffix }

    /// The order a ticket is about: its shipment history ends in the state the ticket's category
    /// describes (lost, stuck in customs, delivered damaged…), all before the ticket was opened.
    func makeOrder(for plan: TicketPlan, crossBorder: Bool, language: Language, customerId: String, _ rng: inout SplitMix64) -> BuiltOrder {
        let (items, first, size, amount) = items(crossBorder: crossBorder, language: language, &rng)
        let c = carrier(crossBorder: crossBorder, &rng)
        let t0 = plan.createdAt
        let origin = rng.pick(DemoPeople.cities)
        let destination = crossBorder ? rng.pick(DemoPeople.foreignCities) : rng.pick(DemoPeople.cities)
        var kinds: [(MilestoneKind, String)] = [(.labelCreated, origin), (.inTransit, origin), (.inTransit, crossBorder ? "Hong Kong" : rng.pick(DemoPeople.cities))]
        if crossBorder { kinds.append((.customs, destination)) }
        var delivered: Int64?
        var after: [(MilestoneKind, String)] = []  // scans after the ticket opened (problem resolved)
        switch plan.category {
        case .notReceived:
            let v = rng.below(3)
            if v == 1 {
                kinds.append((.outForDelivery, destination))
                kinds.append((.failedDelivery, destination))
            } else if v == 2 {
                kinds.append((.outForDelivery, destination))
                kinds.append((.delivered, destination))
            }
            if plan.status == .solved || plan.status == .closed, v != 2 {
                after = [(.outForDelivery, destination), (.delivered, destination)]
            }
        case .delayed:
            if plan.status == .solved || plan.status == .closed { after = [(.outForDelivery, destination), (.delivered, destination)] }
        case .presale:
            break
        case .other:
            if rng.chance(0.5) {
                kinds.append((.outForDelivery, destination))
                kinds.append((.delivered, destination))
            }
        default:
            kinds.append((.outForDelivery, destination))
            kinds.append((.delivered, destination))
        }
        // Backwards from shortly before the ticket.
        var times = Array(repeating: Int64(0), count: kinds.count)
        var t = t0 - Int64(rng.between(1800, 2 * 86_400))
        for i in stride(from: kinds.count - 1, through: 0, by: -1) {
            times[i] = t
            let gap: Int64 = switch kinds[i].0 {
            case .delivered, .failedDelivery: Int64(rng.between(1800, 5 * 3600))
            case .customs: Int64(rng.between(1, 3) * 86_400)
            case .outForDelivery: Int64(rng.between(6, 30) * 3600)
            case .inTransit: Int64(rng.between(6, 40) * 3600)
            case .labelCreated: Int64(rng.between(2, 20) * 3600)
            }
            if plan.category == .delayed || plan.category == .notReceived, i == kinds.count - 1 {
                t -= Int64(rng.between(2, 8)) * Self.day  // stuck for days before asking
            }
            t -= gap
        }
        let placedAt = t
        var milestones: [Milestone] = []
        milestones.reserveCapacity(kinds.count + after.count)
        for (i, k) in kinds.enumerated() {
            milestones.append(Milestone(kind: k.0, at: date(times[i]), location: Self.location(k.0, k.1, crossBorder)))
            if k.0 == .delivered { delivered = times[i] }
        }
        if !after.isEmpty, let solvedStep = plan.steps.last(where: { $0.moveTo == .solved }) {
            var at = max(plan.createdAt, solvedStep.at - Int64(rng.between(3600, 12 * 3600)))
            for k in after {
                milestones.append(Milestone(kind: k.0, at: date(at), location: Self.location(k.0, k.1, crossBorder)))
                if k.0 == .delivered { delivered = at }
                at = min(solvedStep.at, at + Int64(rng.between(1800, 5 * 3600)))
            }
        }
        var returns: [ReturnRequest] = []
        let returnChance: Double = switch plan.category {
        case .returnRefund: 0.9
        case .mismatch: 0.5
        case .damaged: 0.3
        case .wrongOrMissing: 0.2
        default: 0
        }
        if rng.chance(returnChance) {
            let requested = min(nowSeconds, plan.createdAt + Int64(rng.between(600, 2 * 86_400)))
            let exchange = plan.category == .mismatch || (plan.category == .wrongOrMissing && rng.chance(0.5))
            let state: ReturnState
            if plan.status == .solved || plan.status == .closed {
                state = exchange ? .received : (rng.chance(0.06) ? .rejected : .refunded)
            } else {
                state = rng.pick([.requested, .approved, .received])
            }
            let refund: Money? = exchange || state == .rejected || state == .requested
                ? nil : Money(minorUnits: items[0].unitPrice.minorUnits * Int64(items[0].quantity), currency: crossBorder ? "USD" : "CNY")
            returns.append(ReturnRequest(
                rmaNumber: "", kind: exchange ? .exchange : .refund,
                reason: DemoPhrases.phrases(language).returnReasons[plan.category] ?? "", state: state, refundAmount: refund,
                requestedAt: date(requested)
            ))
        }
        let order = Order(
            externalId: "", customerExternalId: customerId, number: "", placedAt: date(placedAt), items: items,
            amount: Money(minorUnits: amount, currency: crossBorder ? "USD" : "CNY"),
            shipments: [Shipment(carrier: c.name, trackingNumber: Self.tracking(c, &rng), milestones: milestones)], returns: returns
        )
        return BuiltOrder(order: order, product: first, size: size, delivered: delivered)
    }

    /// An earlier purchase that went fine (now and then with a return).
    func makeHistoryOrder(placedAt: Int64, crossBorder: Bool, language: Language, customerId: String, _ rng: inout SplitMix64) -> BuiltOrder {
        let (items, first, size, amount) = items(crossBorder: crossBorder, language: language, &rng)
        let c = carrier(crossBorder: crossBorder, &rng)
        let origin = rng.pick(DemoPeople.cities)
        let destination = crossBorder ? rng.pick(DemoPeople.foreignCities) : rng.pick(DemoPeople.cities)
        var t = placedAt
        var milestones: [Milestone] = []
        var delivered: Int64?
        var kinds: [(MilestoneKind, String)] = [(.labelCreated, origin), (.inTransit, origin)]
        if crossBorder { kinds.append((.customs, destination)) }
        if rng.chance(0.05) { kinds.append((.failedDelivery, destination)) }
        kinds.append((.outForDelivery, destination))
        kinds.append((.delivered, destination))
        for k in kinds {
            t += Int64(rng.between(3, 30)) * 3600
            guard t <= nowSeconds else { break }
            milestones.append(Milestone(kind: k.0, at: date(t), location: Self.location(k.0, k.1, crossBorder)))
            if k.0 == .delivered { delivered = t }
        }
        var returns: [ReturnRequest] = []
        if let d = delivered, rng.chance(0.04), d + 2 * Self.day <= nowSeconds {
            let refund = Money(minorUnits: items[0].unitPrice.minorUnits, currency: crossBorder ? "USD" : "CNY")
            returns.append(ReturnRequest(
                rmaNumber: "", kind: .refund, reason: DemoPhrases.phrases(language).returnReasons[.returnRefund] ?? "",
                state: .refunded, refundAmount: refund, requestedAt: date(d + Int64(rng.between(1, 2)) * Self.day)
            ))
        }
        let order = Order(
            externalId: "", customerExternalId: customerId, number: "", placedAt: date(placedAt), items: items,
            amount: Money(minorUnits: amount, currency: crossBorder ? "USD" : "CNY"),
            shipments: [Shipment(carrier: c.name, trackingNumber: Self.tracking(c, &rng), milestones: milestones)], returns: returns
        )
        return BuiltOrder(order: order, product: first, size: size, delivered: delivered)
    }

    static func location(_ kind: MilestoneKind, _ place: String, _ crossBorder: Bool) -> String {
        switch kind {
        case .customs: crossBorder ? place + " customs" : place + "海关"
        case .labelCreated: crossBorder ? place + " warehouse" : place + "仓"
        default: place
        }
    }

    // MARK: Tickets

    /// Triage as the desk's rules see the message, with the category the text was written for
    /// standing in for the classifier's (the demo's texts are written per category).
    mutating func classify(
        subject: String, body: String, tier: LoyaltyTier, category: TicketCategory, key: UInt64, cacheable: Bool
    ) -> TriageResult {
        guard cacheable else { return matcher.classify(subject: subject, body: body, tier: tier, classified: category) }
        if let hit = triageCache[key] { return hit }
        let result = matcher.classify(subject: subject, body: body, tier: tier, classified: category)
        if triageCache.count > 100_000 { triageCache.removeAll(keepingCapacity: true) }
        triageCache[key] = result
        return result
    }

    mutating func makeTicket(
        _ plan: TicketPlan, customerId: String, name: String, callName: String, language: Language, tier: LoyaltyTier,
        channel: Channel, order: Order?, product: Int, size: String, original: TicketWithThread?, _ rng: inout SplitMix64
    ) -> TicketWithThread {
        let phrases = DemoPhrases.phrases(language)
        let cp = phrases.byCategory[Self.categoryIndex[plan.category]!]
        let shipment = order?.shipments.last
        let carrierInfo = shipment.flatMap { DemoCarrier.byName[$0.carrier] }
            ?? (language == .zh ? DemoCarrier.domestic[0] : DemoCarrier.crossBorder[0])
        var slots = PhraseSlots()
        let productInfo = DemoProduct.catalog[product]
        slots.product = language == .zh ? productInfo.zh : productInfo.en
        slots.carrier = language == .zh ? carrierInfo.zh : carrierInfo.name
        slots.days = max(2, Int((plan.createdAt - Int64(order?.placedAt.timeIntervalSince1970 ?? Double(plan.createdAt - 3 * Self.day))) / Self.day))
        slots.order = order?.number ?? ""
        slots.tracking = shipment?.trackingNumber ?? ""
        slots.name = callName
        slots.size = size.isEmpty ? (language == .zh ? "M" : "M") : size
        if let refund = order?.returns.first?.refundAmount ?? order.map({ $0.items[0].unitPrice }) { slots.refund = refund.formatted }
        slots.survivor = original?.ticket.id ?? 0

        // First inbound message: what triage reads.
        var subject: String
        var body: String
        var key: UInt64 = 0
        var cacheable = true
        var angryIndex = 0
        var topic = -1
        if let original {
            subject = (language == .zh ? "追问：" : "Re: ") + original.ticket.subject
            let opener = rng.below(phrases.duplicateOpeners.count)
            body = slots.render(phrases.duplicateOpeners[opener])
            key = UInt64(1) << 60 | UInt64(opener) << 8
            cacheable = false
        } else {
            var s = rng.below(cp.subjects.count)
            var o = rng.below(cp.openers.count)
            // Without an order number, pick texts that do not quote one.
            if order == nil {
                if cp.subjects[s].uses("o") { s = cp.subjects.firstIndex { !$0.uses("o") } ?? s }
                if cp.openers[o].uses("o") || cp.openers[o].uses("t") { o = cp.openers.firstIndex { !$0.uses("o") && !$0.uses("t") } ?? o }
            }
            topic = o
            subject = slots.render(cp.subjects[s])
            body = slots.render(cp.openers[o])
            if plan.angry {
                angryIndex = 1 + rng.below(phrases.angry.count)
                body += language == .zh ? "" : " "
                slots.render(phrases.angry[angryIndex - 1], into: &body)
            }
            let usesSize = cp.subjects[s].uses("s") || cp.openers[o].uses("s")
            let usesCarrier = cp.subjects[s].uses("c") || cp.openers[o].uses("c")
            cacheable = neutralProducts[product] && (!usesSize || neutralSizes) && (!usesCarrier || neutralCarriers)
            // Keywords never depend on the neutral slot values or on order/tracking numbers, but
            // "shouting" counts capital letters, which those bring: it is part of the key.
            let shouting = desk.rules.shoutingRaisesPriority && TriageMatcher.isShouting(subject + "\n" + body)
            key = UInt64(language == .zh ? 0 : 1) | UInt64(Self.categories.firstIndex(of: plan.category)!) << 1 | UInt64(s) << 8
                | UInt64(o) << 16 | UInt64(angryIndex) << 24 | UInt64(tier.level) << 32 | (shouting ? 1 << 40 : 0)
        }
        let triage = classify(subject: subject, body: body, tier: tier, category: plan.category, key: key, cacheable: cacheable)
        // A keyword rule that filed it elsewhere was corrected by an agent, and so were a few others.
        let category = plan.category
        let categoryIsManual = triage.category != plan.category || rng.chance(0.04)
        var priority = triage.priority
        var priorityIsManual = false
        if plan.duplicateOf == nil, rng.chance(0.03) {
            priority = priority.raised
            priorityIsManual = true
        }

        // Who works it.
        let agents = language == .zh ? DemoPeople.agents : DemoPeople.englishAgents
        let hasReply = plan.steps.contains { $0.role.kind == .reply || $0.role.kind == .note }
        let assignee: String? = switch plan.status {
        case .new: rng.chance(0.3) ? rng.pick(agents) : nil
        case .open: rng.chance(0.9) || hasReply ? rng.pick(agents) : nil
        default: rng.pick(agents)
        }
        let author = assignee ?? rng.pick(agents)

        // The thread, with the status and resolution clock following each step.
        var messages: [Message] = []
        messages.reserveCapacity(plan.steps.count)
        var status = TicketStatus.new
        var clock = ResolutionClock(runningSince: date(plan.createdAt))
        var firstResponded: Int64?
        var solvedAt: Int64?
        func move(_ to: TicketStatus, at: Int64) {
            guard to != status else { return }
            clock = desk.policy.clock(clock, afterMovingTo: to, at: date(at))
            status = to
            if to == .solved { solvedAt = at }
        }
        /// Texts written per opener (same count) follow the opener's topic; others are picked freely.
        func pick(_ list: [Phrase]) -> Phrase {
            topic >= 0 && list.count == cp.openers.count ? list[topic] : rng.pick(list)
        }
        for step in plan.steps {
            let text: String
            switch step.role {
            case .first: text = body
            case .nudge: text = slots.render(rng.pick(phrases.nudges))
            case .followUp: text = slots.render(pick(cp.followUps))
            case .answer: text = slots.render(pick(cp.answers))
            case .thanks: text = slots.render(rng.pick(phrases.thanks))
            case .ack: text = slots.render(pick(cp.acks))
            case .ask: text = slots.render(pick(cp.asks))
            case .holdNote: text = slots.render(pick(cp.holdNotes))
            case .holdReply: text = slots.render(rng.pick(phrases.holdReplies))
            case .fix: text = slots.render(pick(cp.fixes))
            case .closing: text = slots.render(rng.pick(phrases.closings))
            case .mergeNote: text = slots.render(rng.pick(phrases.mergeNotes))
            }
            let kind = step.role.kind
            messages.append(Message(kind: kind, author: kind == .inbound ? name : author, channel: channel, createdAt: date(step.at), body: text))
            switch kind {
            case .inbound:
                if let next = TicketLifecycle.statusAfterInbound(status), next != status { move(next, at: step.at) }
            case .reply:
                if firstResponded == nil { firstResponded = step.at }
                if step.moveTo == nil, status == .new { move(.open, at: step.at) }
            case .note:
                break
            }
            if let target = step.moveTo { move(target, at: step.at) }
        }
        var updatedAt = plan.steps.last!.at
        if let closedAt = plan.closedAt {
            move(.closed, at: closedAt)
            updatedAt = closedAt
        }
        assert(status == plan.status, "demo plan ended in \(status), wanted \(plan.status)")

        // Tags, escalation, satisfaction.
        var tags: [String] = []
        if !cp.tags.isEmpty, rng.chance(0.6) { tags.append(cp.tags[rng.below(cp.tags.count)]) }
        if tier.isVIP { tags.append("vip") }
        if plan.angry { tags.append("angry") }
        if plan.duplicateOf != nil { tags.append("duplicate") }
        var department: String?
        if plan.steps.contains(where: { $0.moveTo == .onHold }) || plan.category == .complaint && plan.status != .new {
            department = cp.department ?? Self.escalation[plan.category]
        }
        var csat: Int?
        var nps: Int?
        if (plan.status == .solved || plan.status == .closed), plan.duplicateOf == nil {
            if rng.chance(0.45) {
                let r = rng.below(100) - (plan.angry ? 25 : 0)
                csat = r >= 40 ? 5 : r >= 15 ? 4 : r >= 5 ? 3 : r >= 0 ? 2 : (r >= -12 ? 3 : 1)
            }
            if rng.chance(0.3) {
                let r = rng.below(100) - (plan.angry ? 30 : 0)
                nps = r >= 45 ? 10 : r >= 25 ? 9 : r >= 15 ? 8 : r >= 8 ? 7 : r >= 0 ? rng.between(4, 6) : rng.between(0, 5)
            }
        }
        let ticket = Ticket(
            id: plan.number, externalId: "T-" + Self.padded(Int(plan.number), 7), customerExternalId: customerId,
            orderExternalId: order?.externalId, channel: channel, language: language, subject: subject, status: status,
            priority: priority, category: category, priorityIsManual: priorityIsManual, categoryIsManual: categoryIsManual,
            tags: tags, assignee: plan.duplicateOf != nil ? original?.ticket.assignee : assignee, department: department,
            mergedInto: original?.ticket.id, createdAt: date(plan.createdAt), updatedAt: date(updatedAt),
            firstRespondedAt: firstResponded.map(date), solvedAt: solvedAt.map(date), resolutionClock: clock, csat: csat, nps: nps
        )
        return TicketWithThread(ticket: ticket, messages: messages)
    }

    // MARK: Small formatting helpers (no Foundation formatters in the hot path)

    static let asciiLastNames: [String] = DemoPeople.lastNames.map { last in
        String(last.lowercased().map { c -> Character in
            switch c {
            case "ü": "u"
            case "í": "i"
            default: c
            }
        }.filter { $0.isLetter })
    }

    static func padded(_ value: Int, _ width: Int) -> String {
        let s = String(value)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }

    static func digits(_ rng: inout SplitMix64, _ count: Int) -> String {
        var bytes = [UInt8](repeating: 0x30, count: count)
        var v = rng.next()
        for i in 0..<count {
            if i % 18 == 17 { v = rng.next() }
            bytes[i] = 0x30 + UInt8(v % 10)
            v /= 10
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func base36(_ rng: inout SplitMix64, _ count: Int) -> String {
        let alphabet = Array("0123456789abcdefghijklmnopqrstuvwxyz".utf8)
        var bytes = [UInt8](repeating: 0x30, count: count)
        var v = rng.next()
        for i in 0..<count {
            if i % 12 == 11 { v = rng.next() }
            bytes[i] = alphabet[Int(v % 36)]
            v /= 36
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func yyyymmdd(_ seconds: Int64) -> String {
        let (y, m, d) = CivilDate.civil(fromDays: seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
        return String(y) + (m < 10 ? "0" : "") + String(m) + (d < 10 ? "0" : "") + String(d)
    }
}
