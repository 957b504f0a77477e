// Labelled customer messages for the triage classifier, as tab-separated lines
// (category, language, text; `#` lines are comments). The first set: every category in both languages, with the labelling rules in its header.
// Kept as a Swift string rather than a SwiftPM resource: embedding ~250 KB with `.embedInCode`
// took 145 s to compile here, the same text as a string literal 4 s.

extension ShippedTriageExamples {
    static let core = #"""
# Aftercare triage examples: labelled customer messages for the message classifier.
# Format: one example per line, three fields separated by a single TAB: category<TAB>language<TAB>text.
# Lines starting with # are comments. language is zh (simplified Chinese) or en. text is one line (subject+body joined), no tabs.
# Categories: not_received delayed damaged wrong_or_missing mismatch usage return_refund complaint feedback presale other.
# Labelling rules:
#  - Label by the concrete problem, not by the remedy asked for: broken + refund = damaged; wrong item + refund = wrong_or_missing; never arrived + refund = not_received.
#  - not_received: should already have arrived, marked delivered/signed for but not in hand, or lost. delayed: still in transit but slow/stuck, held in customs, or not yet shipped.
#  - return_refund: the return/exchange/cancel process, refund status ("refund not received" is here, not not_received), exchanging because the size or colour does not suit the customer.
#  - mismatch: item differs from its listing (size chart wrong, colour differs from photos, material/spec not as described). wrong_or_missing: a different item/colour/size than ordered was sent, or items/parts missing.
#  - damaged: the item is physically broken, leaking or defective. Colour/style names (burnt orange, smoke grey, fire red, 烟灰色, 火焰红, crackle glaze, distressed / 破洞) are not damage.
#  - usage: how to use/set up/pair/charge/wash/care/dose, including "it's not broken, I just can't ...".
#  - complaint: about the service, staff, policy, being ignored, threats to report (12315, consumer protection, platform) when no concrete product or delivery problem is the subject. Angry messages about a concrete problem get that problem's label.
#  - feedback: praise, reviews, ratings, suggestions, thanks after resolution. presale: questions before buying (stock, colours, sizes, shipping destinations/times, discounts, comparisons).
#  - other: invoices/发票, address or phone changes, account/login, opening hours, greetings, wrong chat, partnerships.
# Within each category the lines are mixed so that every run of 5 lines is representative (evaluation holds out every 5th example per category).
# --- not_received ---
not_received	zh	快递显示已签收但我根本没拿到啊，订单号 XHS20240518331，麻烦查一下
not_received	en	Tracking says delivered yesterday at 2:14pm but there is nothing at my door. Order #A10293. Can you check?
not_received	zh	亲，我的精华液显示签收三天了，家里人都说没收到，到底被谁签的？
not_received	en	never got my package. its been 3 weeks. order 88412
not_received	zh	物流信息显示已投递到菜鸟驿站，我去问了驿站说没有这个件。。。
not_received	en	Hi, the headphones I ordered were supposed to arrive last Friday and the tracking just says "delivered to mailbox". My mailbox is empty. What happens now?
not_received	zh	包裹丢了吧？物流半个月没更新了，最后一条是"已到达分拣中心"，我要退款
not_received	en	My parcel got lost. The courier admits they can't find it. Please resend or refund, order 55-2219-0071
not_received	zh	宝贝一直没收到，都快一个月了，说好的七天到呢
not_received	en	It says signed for by "front desk" but my building doesnt have a front desk lol. I never got my yoga mat.
not_received	zh	显示快递员已签收 我都不在家 谁签的？？？
not_received	en	Where is my order?? It should have been here a week ago according to your estimate and still nothing. I paid for express.
not_received	zh	你好，我买的羽绒服显示已经送达丰巢柜，可是我没收到取件码，柜子里也没有
not_received	en	Package marked as delivered but not received. Tracking 1Z999AA10123456784. Neighbours have nothing either.
not_received	zh	没收到货！！！显示签收了！！！
not_received	en	Hello, I ordered a kettle on 3 March and have not received it. The tracking number you gave me shows "no information". Did you actually send it?
not_received	zh	请问我的订单 2023112988 还没到，物流显示已经派送完成，但是我和家人都没见到
not_received	en	Just to let you know the phone case never showed up. Not mad, just want a replacement or refund pls.
not_received	zh	亲亲，口红过了预计送达时间一周了还没到，快递那边说找不到这个件了
not_received	en	The delivery photo from the courier shows a door that isn't mine. I did not receive my sneakers. Order #77102.
not_received	zh	快递被别人冒领了，显示本人签收但不是我签的，这个你们得负责吧
not_received	en	hi where's my stuff?? supposed to arrive by the 12th, today is the 20th and nothing came and tracking hasnt moved since it left your warehouse
not_received	zh	我的包裹丢件了，快递公司说找不到，你们看怎么处理吧，重发还是退款
not_received	en	Dear seller, my order of 2 baby bottles was marked delivered on Monday. We were home all day and no one came. Please investigate.
not_received	zh	等了二十多天了还没收到，是不是寄丢了？订单尾号 4471
not_received	en	Not received. Order 10028812. Please refund.
not_received	zh	小红书下的单，说好三天到，现在一周了还没到手，物流也说签收了，我啥也没收到啊
not_received	en	The app says my parcel was left in the parcel locker but I never got a pickup code and the locker company says there is nothing for me.
not_received	zh	我妈说没人送过快递来，但是系统显示已妥投，运动鞋到底去哪了
not_received	en	I think my package was stolen or delivered to the wrong address. It says delivered to "side door" but we don't have one.
not_received	zh	收件人是我，可签收人写的是"门卫"，我们小区门卫说没有我的件
not_received	en	Order from your shop never arrived. It was a gift and the birthday has passed now :( What can you do?
not_received	zh	还没到货，退钱吧
not_received	en	It's been 18 days, way past the delivery date, and the courier now says the parcel can't be located. I think it's gone. Order SH-40912.
not_received	zh	亲 我的东西呢 一直没收到 已经过了预计送达时间好几天了
not_received	en	Hello the headphones were signed by someone called "Li" but there is no Li in my house. Please help me find them.
not_received	zh	快递显示已签收，但是快递员放哪了也不说，打电话也不接，我到现在没见到货
not_received	en	Package lost in transit according to DHL. They told me to contact the sender. So here I am. Order 3349.
not_received	zh	我在国外，跨境订单显示已派送，但是我邮箱里和门口都没有，请帮忙联系当地快递
not_received	en	i never recieved my order and its showing delivered. i checked with the post office and they said they have no record??
not_received	zh	物流停在"派送中"一个星期了然后突然显示签收，我没收到呀，这是什么情况
not_received	en	Good morning. My order of lipstick (shade 316) was due 5 days ago and has not been delivered. The tracking also shows delivered to a town I don't live in.
not_received	zh	买的婴儿奶瓶没收到，物流显示送到了另一个城市，是不是地址弄错了？我填的地址没问题的
not_received	en	Where is order #99120? Delivered status but not here. I've waited 2 days in case it was a mistake.
not_received	zh	单号SF1402938847 显示签收 本人未收到 请核实
not_received	en	My parcel has been "out for delivery" for 6 days and the courier says it was lost. Can you send another one?
not_received	zh	一个月了货都没到 早就过了送达时间 是不是寄丢了
not_received	en	Hey, small problem - tracking says delivered, but it's not at my house and not with the neighbours. Can you open a claim with the courier?
not_received	zh	您好，包裹在驿站被人拿走了，驿站说监控看不到，我是真的没有拿到手
not_received	en	I paid two weeks ago and still no package. The tracking number shows delivered in another country. That is not where I live.
not_received	zh	显示已签收，可我这几天出差家里没人，那谁签的？我的瑜伽垫不见了
not_received	en	Order never came. Refund me or send again, don't care which, just sort it out.
not_received	zh	上次买的手机壳 一直没到 快递说件丢了 让我找你们
not_received	en	Courier left a note saying they delivered, but the parcel wasn't there when I got home 10 minutes later. Probably stolen. What do I do?
not_received	zh	说是放门口了，我回家啥也没看到，门口监控也没拍到快递员来过
not_received	en	Hi, the kettle order 20240611-009 should've arrived on the 15th. Nothing arrived and tracking shows delivered. Thanks for looking into it.
not_received	zh	快递丢了怎么办，快递公司让我找商家
not_received	en	tracking says "delivered to agent" — which agent?? I have no package. order #A8820
not_received	zh	包裹显示已签收两天了，问了物业问了邻居都没有，急用啊
not_received	en	My wife and I were both home, nobody knocked, but the status changed to delivered. We did not receive the down jacket.
not_received	zh	订单号 CN88120013 我没收到货 物流说已经签收 麻烦给个说法
not_received	en	Item not arrived, been over 30 days. I'd like a full refund please.
not_received	zh	这单明明显示送达，可我家根本没收到！这是第二次了！
not_received	en	I ordered two items and neither arrived. The tracking page says "delivered" for both. Order 44012.
not_received	zh	亲，退款或者补发都行，反正东西确实没收到，快递说已经送到了
not_received	en	Hi there, I think the courier marked my parcel delivered by mistake, I never received it. Could you check the GPS or photo?
not_received	zh	我寄到香港的那单到现在没收到，物流显示已签收，请帮我查查
not_received	en	The package is missing. Delivered status since Tuesday but I have nothing.
not_received	zh	等了这么久，结果快递说包裹遗失了，你们怎么赔？
not_received	en	Your shipping said 7 to 10 days. It's been 35. I have not received anything and there is no tracking update. Is it lost?
not_received	zh	没收到
not_received	en	Didn't get my sneakers. Tracking says left at reception, my building has no reception.
not_received	zh	你好，我上周买的耳机一直没收到，快递员说放快递柜了，可是柜子里没有
not_received	en	Hello, order 20931 – lost parcel. The post office confirmed they lost it. Can you reship?
not_received	en	Where is my parcel? Apparently delivered on the 3rd, I was home, no knock, no parcel, no photo. Order 66123.
not_received	zh	我买的两瓶精华液，物流说已送达，结果我去快递柜输了取件码显示已被取出，可我没取过啊
not_received	en	The tracking just says "returned to sender"?? I never got it and nobody told me why. Did it come back to you?
not_received	zh	快递员说放在门卫室了，门卫室翻了个遍没有，这单怎么办
not_received	en	Hey! order #4410 never made it to me, its been well over the delivery window. pls advise
not_received	zh	收到短信说已签收，但我人在公司，家里也没人，东西不知道去哪了😭
not_received	en	My order was delivered to the wrong apartment number according to the photo. The neighbour says they don't have it. I still haven't got my baby bottles.
not_received	zh	我三月份买的水壶，到现在四月底了还没收到，快递说件丢失了
not_received	en	Package shows delivered but I never got it. Please file a claim and send me a new one, thanks
not_received	zh	哈喽 你们发的顺丰，显示已签收，但我真的没有收到，能帮我联系一下快递员吗
# --- delayed ---
delayed	zh	下单五天了还没发货，什么时候发啊？
delayed	en	Hi, my order has been "in transit" for 12 days without any update. Is it stuck somewhere?
delayed	zh	物流卡在海关一个星期了，清关要多久啊
delayed	en	Package stuck in customs since 2 May. Do I need to do anything? Order 30219
delayed	zh	亲，我的羽绒服怎么还在路上，显示到达上海转运中心三天了一直不动
delayed	en	When will you ship my order? Paid on Monday and it still says "awaiting shipment".
delayed	zh	你们不是说48小时内发货吗，这都第四天了还没动静
delayed	en	the tracking hasn't updated since it left shenzhen. 9 days now. is this normal??
delayed	zh	快递怎么这么慢，一天挪一个城市，啥时候能到
delayed	en	Hello, my sneakers are stuck at the sorting facility in Leipzig for a week. Can you contact DHL?
delayed	zh	还没发货吗？？我急用啊，周末要带去旅游的
delayed	en	Could you tell me when my headphones will ship? The listing said ships in 1-2 days, it's been 5.
delayed	zh	海关让我补资料，清关卡住了，这个要我自己弄吗还是你们弄
delayed	en	My parcel is moving really slow. It's been in transit for 3 weeks, last scan was "arrived at destination country". When will it get to me?
delayed	zh	物流一直显示"运输中"，十天了，啥情况
delayed	en	Order #55310 still not shipped. I need it before the 20th. Please hurry.
delayed	zh	精华液还没到，物流显示还在广州，预计送达已经过了两天了，能催一下吗
delayed	en	hi!! any update on my order? it's been sitting at "customs clearance" forever
delayed	zh	亲 帮我催催快递呗 物流好几天没更新了
delayed	en	Why is the shipping so slow? I ordered the yoga mat 10 days ago and it's still in China according to tracking.
delayed	zh	付款一周了还显示待发货，是没货了吗
delayed	en	Hello, tracking says "held at customs - awaiting payment of duties". I was told there would be no extra fees. What should I do?
delayed	zh	预售的口红说月底发货，现在都下个月10号了还没发
delayed	en	The courier keeps rescheduling the delivery. It's been "out for delivery tomorrow" for 4 days now. Can you push them?
delayed	zh	我的包裹在转运途中卡住了，物流一直是"航班已起飞"，已经八天了
delayed	en	My order still hasn't shipped and you haven't told me why. Is there a delay?
delayed	zh	怎么还没发货。。。等得花都谢了
delayed	en	Tracking shows the parcel has been at the airport hub since last Wednesday. No movement at all.
delayed	zh	请问订单 XHS889201 什么时候发货，都三天了
delayed	en	Is there a delay with shipping? I ordered the kettle on the 2nd and it's only just been labelled, not picked up yet.
delayed	zh	快递到了我们市的分拣中心就不动了，五天了，能不能帮忙问问
delayed	en	Customs has had my package for 2 weeks. Is there something wrong with the paperwork?
delayed	zh	你们家发货也太慢了吧，别家都到了你们还没发
delayed	en	My order says shipped but tracking shows "label created" only, for 8 days. Has it actually been handed to the courier?
delayed	zh	您好，物流显示包裹滞留，原因"天气原因"，大概多久能恢复派送
delayed	en	Hi, when do you expect to ship the pre-order down jacket? It was supposed to go out last week.
delayed	zh	跨境的单子到现在还在国内仓，说好的直邮呢
delayed	en	package taking forever. tracking: "in transit to next facility" since the 14th. ETA??
delayed	zh	还在路上吗？啥时候能到啊，我都等了半个月了，物流一直在更新但就是不到
delayed	en	Dear seller, the estimated delivery has been pushed back three times now. Could you check what's going on with the carrier?
delayed	zh	海关扣件了，说要身份证信息，我该提交给谁
delayed	en	Still waiting for shipment. Please tell me the real dispatch date because I need the baby bottles before the baby arrives lol
delayed	zh	物流卡住了！！！十二天没动！！！
delayed	en	My parcel arrived in the destination country 10 days ago but the local post hasn't picked it up from the import centre yet.
delayed	zh	亲，拍了的运动鞋啥时候发呀，都好几天了，还显示仓库处理中
delayed	en	Order 10294 is delayed. Shipping status frozen at "processing" since last week.
delayed	zh	是不是快递停运了？我的包裹一直在中转站，派送时间一拖再拖
delayed	en	The tracking page shows a customs hold. How long does clearance usually take for cosmetics? I ordered the serum.
delayed	zh	已经催过一次了，还是没发货，能给个准确时间吗
delayed	en	The parcel went to the wrong hub and is now being rerouted, tracking says +5 days. Any way to speed it up?
delayed	zh	物流显示正在清关，已经第九天了，正常要多久
delayed	en	Hi, it's been 2 weeks and my order is still in "pending dispatch". Is the item out of stock?
delayed	zh	耳机买了快一周，物流信息才到第一站，这速度也太慢了
delayed	en	Shipping is taking way longer than what was advertised. Tracking moves but super slowly. Any idea when it'll land?
delayed	zh	你好 我订单一直显示"已揽收"，后面就没有更新了，已经六天了
delayed	en	hello my order stuck on "arrived at transit hub" for 10 days. please check
delayed	zh	双十一买的到现在还没发，能理解你们忙但也太久了吧
delayed	en	My package has been held at customs in Sydney. They say they're waiting for an invoice from the sender. Can you send it to them?
delayed	zh	快递一直在派送中，三天了还没送到，快递员电话也打不通
delayed	en	Paid for express shipping but the order hasn't left the warehouse after 4 days. What's the hold up?
delayed	zh	请问一下为什么我的订单还在待发货，别人晚买的都发了
delayed	en	The package got scanned in Dubai and then nothing for a week. Is it stuck in transit?
delayed	zh	包裹到了转运仓，说要等集运，还要多久才能发出
delayed	en	Order still processing?? I was told it would ship same day.
delayed	zh	物流显示"因疫情延误"，这都啥时候了还延误
delayed	en	Not urgent, just curious: my tracking hasn't changed in 6 days, any news from the courier?
delayed	zh	还没发货的话我就不要了，到底什么时候发？
delayed	en	When is my order going to ship? No shipping email yet and it's been a week.
delayed	zh	宝贝在路上走了十几天了，这是绕地球一圈吗😂
delayed	en	Customs clearance delay for order #20011, it's been 11 days. Could you provide the customs docs they asked for?
delayed	zh	在海关那边卡着呢，请问需要我交税吗？大概多少
delayed	en	My order's been "in transit" for almost a month and is still moving between hubs. Is there a faster option?
delayed	zh	下单的时候说现货，怎么一周了还不发
delayed	en	Hi — the tracking shows my parcel is on a ship?? Estimated arrival in 6 weeks? I paid for air shipping.
delayed	zh	物流好几天没动了，麻烦帮我问问快递公司怎么回事，单号 YT7712930041
delayed	en	Delivery has been delayed twice because of a "sorting problem". Can you tell me when it will actually come?
delayed	zh	亲你好，我买的瑜伽垫一直在运输中，已经在同一个城市转了三天了
delayed	en	My order was supposed to ship on Friday, but the status still says preparing. Any update?
delayed	zh	海关说我这个包裹要查验，会耽误多久啊？买的是奶瓶，急着用
delayed	en	tracking stuck at "departed facility" for over a week, order A-77123. can u check with the carrier pls
delayed	zh	说好的次日达，结果第三天了还在中转
delayed	en	My parcel was delayed at the border, the carrier says it's awaiting clearance. What documents do you have?
delayed	zh	我下单那天就付款了，到现在还没发出，请问是缺货还是怎么了
delayed	en	Hi, the expected delivery date passed yesterday but tracking says it's still moving, now in the next state. Just slow I guess? When should I expect it?
# --- damaged ---
damaged	zh	杯子碎了，要求退款
damaged	en	The kettle arrived with a huge dent on the side and the lid won't close. Order #30012.
damaged	zh	收到的精华液瓶子漏了，盒子全湿了，瓶子里只剩一半
damaged	en	My phone case came cracked in the corner. Looks like it was crushed in shipping.
damaged	zh	亲，耳机右边没声音，刚拆开就这样，是坏的吧
damaged	en	The headphones don't turn on at all. Charged them overnight, nothing. Brand new. I want a replacement.
damaged	zh	口红断了！！刚打开就断成两截了
damaged	en	hi my lipstick arrived snapped in half lol, not great. can you send another
damaged	zh	羽绒服拉链坏了，拉两下就掉了
damaged	en	The sneakers have a tear near the toe on the left shoe. This is a new pair. Very disappointed.
damaged	zh	水壶烧了两次就不加热了，灯都不亮
damaged	en	The smoke grey kettle came with a cracked lid. The colour is lovely but I can't use it like this.
damaged	zh	快递箱都压扁了，里面的奶瓶有裂缝，宝宝用不了
damaged	en	Received the baby bottles today, one of them has a crack at the bottom and leaks.
damaged	zh	瑜伽垫上有好几个破口，不是设计，是真的被划破了
damaged	en	The yoga mat arrived with a big cut across it, looks like someone opened the box with a knife.
damaged	zh	你们发的什么东西啊，屏幕一开机就是碎的！气死了！！
damaged	en	Absolutely furious. The glass teapot was smashed into pieces when I opened the box. How do you even pack things???
damaged	zh	手机壳边上有一道裂痕，装上手机就更明显了
damaged	en	The rose gold earrings came with one hook bent and broken off. Can I get a replacement?
damaged	zh	鞋底开胶了，穿了不到一周，质量太差了吧
damaged	en	My headphones' left ear cup is cracked. Arrived like that. Order 20011-AB
damaged	zh	精华液的滴管是断的，没法用，能补发一个吗
damaged	en	box was wet and crushed, the serum bottle inside broke and glass everywhere
damaged	zh	收到的马克杯把手断了，包装也太简陋了
damaged	en	I bought the fire red suitcase and one wheel is snapped off. Arrived like this.
damaged	zh	充电仓充不进电，耳机也连不上，换了好几根线都不行，新买的
damaged	en	The zipper on the down jacket is broken, the pull came off the first time I used it.
damaged	zh	烟灰色的水壶，壶盖裂了一道口子，倒水会漏
damaged	en	Charger not working out of the box. Tried 3 outlets. It's dead.
damaged	zh	宝贝收到了，但是外壳摔坏了，一个角都凹进去了
damaged	en	Got the mug today. Handle broken off, pieces rattling in the box. I'd like a refund please.
damaged	zh	打开包装发现口红管子是裂的，膏体都挤出来了
damaged	en	Not happy. Screen of the bluetooth speaker has a crack across it. Photos attached.
damaged	zh	鞋子有一只鞋面破了个洞，不是破洞款！是真的破了
damaged	en	The distressed jeans I expected to have rips, fine, but the button is broken off and the zip is split. That's not part of the style.
damaged	zh	奶瓶的奶嘴有裂口，这东西给宝宝用的你们也太不负责了
damaged	en	My kettle started leaking from the bottom after two days. Water all over the counter.
damaged	zh	到手的时候盒子好好的，打开一看镜子碎了
damaged	en	One of the two plates was chipped on the rim when it arrived.
damaged	zh	耳机充不了电，插上线没反应，是不是坏了，我才用了一天
damaged	en	the yoga mat is peeling and flaking already?? used it twice
damaged	zh	羽绒服有个地方开线了，还在往外跑毛
damaged	en	The lipstick case hinge is broken so the cap doesn't stay on. It was like that in the package.
damaged	zh	快递给我摔坏了，水壶底座都裂开了，你们跟快递公司扯皮吧，我要换新的
damaged	en	My new headphones crackle and cut out in the left ear. It's a defect, not my phone, I tested with 2 devices.
damaged	zh	裂了
damaged	en	Item broken. Order 44812. Need replacement.
damaged	zh	亲，收到的运动鞋鞋带孔那里撕开了，麻烦处理一下
damaged	en	Dear team, the ceramic vase I ordered arrived in three pieces. The box had no padding at all.
damaged	zh	开箱就坏，充电宝充不进电，指示灯一闪一闪的
damaged	en	phone case is cracked right where the camera hole is. came like this
damaged	zh	面霜的瓶盖压碎了，里面的霜都被污染了不敢用
damaged	en	The crackle glaze mug is supposed to have the crackle pattern, I know that, but mine has an actual crack through the handle and it leaks.
damaged	zh	玻璃杯碎成渣了，还好我戴了手套拆的
damaged	en	Hello, the perfume bottle leaked during shipping, it's half empty and the box smells strongly.
damaged	zh	收到的时候电动牙刷不震动，按开关一点反应都没有
damaged	en	The down jacket has a hole in the sleeve and feathers are coming out. Bought it new!
damaged	zh	火焰红的那个行李箱拉杆断了，根本拉不起来，怎么搞的
damaged	en	Please help — the baby bottle warmer doesn't heat. Light comes on but it stays cold.
damaged	zh	你们包装太差了，三个碗碎了两个，我要退款
damaged	en	Stitching on the sneakers came apart after the first wear, the sole is separating from the upper.
damaged	zh	鞋跟断了！第一次穿出门就断了！
damaged	en	the smart watch screen was shattered when i opened the box. really?
damaged	zh	我的耳机左耳有杂音，滋滋滋的，换了手机也一样
damaged	en	Arrived damaged. Box crushed, product dented. Want refund.
damaged	zh	精华液漏液了，外盒都是黏黏的，这个还能用吗
damaged	en	The yoga mat has a tear in it. Not a big one but it will get worse. Can I get a new one?
damaged	zh	杯子收到就有个缺口，喝水会划嘴
damaged	en	So the kettle works but the handle is cracked and hot water drips out of the seam. Not safe.
damaged	zh	台灯收到灯罩碎了，碎片还扎了我的手
damaged	en	The rose gold phone case looks great but the clip that holds the phone is broken, it just falls out.
damaged	zh	买的保温杯不保温了，倒热水半小时就凉了，是不是真空层坏了
damaged	en	Received my order but the lipstick is completely melted and smashed in the tube.
damaged	zh	运动鞋一只好好的，另一只鞋底裂了
damaged	en	My bottle steriliser stopped working after 3 days. Doesn't switch on anymore.
damaged	zh	收到的衣服有个大口子，是被剪开的那种，包装袋也破了
damaged	en	Hi, the screen protector was already cracked inside the sealed packet.
damaged	zh	充电线插进去接触不良，要扭着才能充电，新买的就这样
damaged	en	one of the bowls came chipped, the rest are fine. can you send one replacement bowl?
damaged	zh	亲，耳机盒子里的耳机摔裂了，应该是运输时候压的
damaged	en	The phone case has a big scratch and a crack on the back. Definitely not new condition.
damaged	zh	收到货了，吹风机一开就冒烟还有焦味，吓死我了，赶紧拔了
damaged	en	The burnt orange vase is beautiful but it arrived with a chunk missing from the rim, broken in transit.
damaged	zh	宝宝的奶瓶盖子拧不紧，螺纹那里断了一截，一倒就漏
# --- wrong_or_missing ---
wrong_or_missing	zh	我买的是烟灰色，你们发成了黑色，麻烦换一下
wrong_or_missing	en	I ordered the smoke grey hoodie in M and received a navy one in L. Order 22019.
wrong_or_missing	zh	少发了一件！我买了两瓶精华液只收到一瓶
wrong_or_missing	en	The box only had the phone case, the screen protector that was in the bundle is missing.
wrong_or_missing	zh	亲，耳机盒子里没有充电线，说明书上写了有的
wrong_or_missing	en	You sent me the wrong item. I ordered headphones and got a phone stand??
wrong_or_missing	zh	下单的是38码，收到的鞋子是40码，鞋盒上写的也是40
wrong_or_missing	en	Hi, I ordered 3 lipsticks (shades 301, 316, 999) and only got 301 and 316. Please send 999.
wrong_or_missing	zh	发错货了，我买的是奶瓶，寄来的是奶嘴
wrong_or_missing	en	Opened the parcel, it's empty. Just packing paper. Where is my serum?
wrong_or_missing	zh	空盒子！！！什么都没有！！！
wrong_or_missing	en	I ordered the fire red sneakers, you sent white ones. Not the same thing at all.
wrong_or_missing	zh	你好，羽绒服买的是M码，吊牌上是XL，应该是仓库拿错了
wrong_or_missing	en	Missing part: the kettle came without its base. Can't use it without the base obviously.
wrong_or_missing	zh	我买的口红色号是316，收到的是999，完全不是我要的颜色
wrong_or_missing	en	wrong colour sent. ordered rose gold got silver. pls fix
wrong_or_missing	zh	瑜伽垫收到了，但是赠品的背带没有，页面上写了送背带的
wrong_or_missing	en	My order was for 2 yoga mats but only 1 came in the box. The packing slip says 2.
wrong_or_missing	zh	这不是我买的东西，我买的是手机壳，你们发了个数据线过来
wrong_or_missing	en	The headphones box is there but the ear tips and the charging cable are missing.
wrong_or_missing	zh	亲 漏发了一个配件 水壶的滤网没有
wrong_or_missing	en	I received someone else's order — it has another person's name on the packing slip and it's a dress, I bought sneakers.
wrong_or_missing	zh	套装应该是三件，我只收到了两件，少了裤子
wrong_or_missing	en	You sent the wrong size. I ordered a size 8 and the tag says 10.
wrong_or_missing	zh	收到的精华液是30ml的，我拍的是50ml的
wrong_or_missing	en	hi, got my package but the charger is not in there. listing said charger included
wrong_or_missing	zh	搞什么啊，发错颜色了，我要的是火焰红，来了个粉色
wrong_or_missing	en	Hello, I believe there's been a mix-up. I ordered the burnt orange scarf and received a burgundy one.
wrong_or_missing	zh	奶瓶少了一个，买的三件套只有两个
wrong_or_missing	en	Box arrived with only the lid. No kettle. Just the lid. Are you kidding?
wrong_or_missing	zh	订单号 XHS77120 收到的货和我下单的不一样，型号错了
wrong_or_missing	en	The set should have 6 glasses. 4 arrived.
wrong_or_missing	zh	你好，盒子里没有说明书和保修卡
wrong_or_missing	en	I ordered the lipstick in "Rose Nude" and the one I got says "Coral Pop" on the bottom.
wrong_or_missing	zh	买一送一，送的那个没收到
wrong_or_missing	en	The parcel contained a phone case for iPhone 14 but I ordered for iPhone 15 Pro. Wrong model.
wrong_or_missing	zh	打开快递一看，是别人的东西，收件人也不是我
wrong_or_missing	en	Hey, the free gift mentioned in the promotion wasn't in my package.
wrong_or_missing	zh	我的运动鞋只收到一只！另一只呢？
wrong_or_missing	en	Only received half my order. The yoga mat came but the blocks and strap didn't.
wrong_or_missing	zh	发错码了，买的L来的S，根本穿不进去
wrong_or_missing	en	You shipped me the unscented version instead of the lavender one I ordered.
wrong_or_missing	zh	赠品小样没有啊，页面写的满299送三件小样
wrong_or_missing	en	missing items in my order #8812: 1x baby bottle, 1x bottle brush. Only the brush arrived.
wrong_or_missing	zh	精华液包装里只有瓶子，滴管不见了
wrong_or_missing	en	My down jacket arrived without the detachable hood that's shown as included.
wrong_or_missing	zh	亲，你们发给我的是旧款，我下单的是新款第二代
wrong_or_missing	en	Received wrong product. I need the correct one sent asap, I'm travelling next week.
wrong_or_missing	zh	东西少了，三个口红只有两个，外包装是完整的没拆过
wrong_or_missing	en	The headphones came, but in black. I definitely selected white at checkout, screenshot attached.
wrong_or_missing	zh	买的是烟灰色的瑜伽垫，结果发来了个紫色的
wrong_or_missing	en	Hello, my order had two items but only the mugs were in the box. The kettle is missing, the packing list says both were packed.
wrong_or_missing	zh	我拍的是两双袜子，你们只发了一双
wrong_or_missing	en	There's no remote in the box for the fan. It's listed as included.
wrong_or_missing	zh	收到的手机壳型号不对，我是iPhone15，发来的是14的
wrong_or_missing	en	Wrong item!!! I paid for a serum and got a toner. Please fix this.
wrong_or_missing	zh	少了一个零件，组装不了，说明书上的螺丝包没有
wrong_or_missing	en	The sneakers are the right model but two different sizes, left is 42 and right is 43.
wrong_or_missing	zh	为什么口红的盒子里装的是眼影？？
wrong_or_missing	en	I just opened the package and it's not my order. I think the labels got swapped.
wrong_or_missing	zh	您好，我买的是婴儿奶瓶240ml，收到的是160ml的，能换吗
wrong_or_missing	en	The packet said 10 pieces, there are 8. Small thing but please send the missing 2.
wrong_or_missing	zh	缺货了就说一声，别少发不吭声啊，我的耳机套没发
wrong_or_missing	en	You forgot the charging cable with my headphones. Can you mail one?
wrong_or_missing	zh	亲，收到的羽绒服是男款，我买的是女款
wrong_or_missing	en	Got a size M instead of XS, the bag was labelled XS but inside was M.
wrong_or_missing	zh	收到了但是少了个盖子，水杯没盖子怎么用
wrong_or_missing	en	Hello, the "crackle glaze" mug set I ordered came as plain white mugs. Wrong set sent.
wrong_or_missing	zh	宝贝只到了一半，剩下的是分开发的吗？物流只有一个单号
wrong_or_missing	en	Only the left earbud is in the case. Where is the right one?
wrong_or_missing	zh	下单勾选了礼盒包装，收到的是普通袋子装的，礼盒和贺卡都没有
wrong_or_missing	en	The order says 2 x phone case (clear). I got one clear and one pink.
wrong_or_missing	zh	打开箱子里面就一张发票，货呢？
wrong_or_missing	en	The bundle I bought was supposed to include a travel pouch. No pouch.
wrong_or_missing	zh	你好我买的是无香型的身体乳，收到的是玫瑰味的，我对香精过敏不能用
wrong_or_missing	en	I ordered a 2-pack of baby bottles and the box had just one bottle, the other slot is empty.
wrong_or_missing	zh	亲，发货单上写的是两件，箱子里只有一件
wrong_or_missing	en	Got the wrong shade of foundation. I ordered 120 Ivory and you sent 330 Tan.
wrong_or_missing	zh	运动鞋盒子里鞋垫没有，另一双鞋垫也不见了
wrong_or_missing	en	The lipstick set is missing the mini lip liner that's in the product photos and description as included.
wrong_or_missing	zh	发错了！！！我买的黑色耳机，来的是白色的，麻烦重新发
wrong_or_missing	en	Sorry to bother, the parcel had my sneakers but the extra laces I paid for weren't there.
wrong_or_missing	zh	拍的是大号瑜伽垫，183cm的，收到的是173的，包装上写着呢
wrong_or_missing	en	Wrong item in box: ordered a glass kettle, got a stainless steel one.
# --- mismatch ---
mismatch	zh	按尺码表买的M，结果小了两个码，你们尺码表是不是有问题
mismatch	en	The burnt orange in your photos looks warm and bright, what I received is more of a muddy brown. Not what was shown.
mismatch	zh	烟灰色实物偏蓝，跟图片差太多了
mismatch	en	Listing says 100% cotton but the label on the shirt says 65% polyester. That's not what I paid for.
mismatch	zh	说是真皮的，收到一闻一股塑料味，标签写的PU
mismatch	en	The sneakers run at least two sizes small compared to your size chart. I measured my foot exactly as you said.
mismatch	zh	图片上的羽绒服看起来很蓬，实物薄得跟秋衣一样，说好的90绒呢
mismatch	en	The "fire red" lipstick is basically pink on the lips. Nothing like the swatch on the product page.
mismatch	zh	亲，破洞牛仔裤的洞比图片上大好多，我买的时候看着就几个小洞
mismatch	en	The yoga mat is advertised as 6mm thick. I measured it, it's 4mm.
mismatch	zh	实物和描述不符，水壶写的是304不锈钢，底部印的是201
mismatch	en	Hi, the rose gold phone case looks more like copper/orange in real life. The photos are clearly edited.
mismatch	zh	尺码表写的衣长68，我量了只有62，差这么多？
mismatch	en	The kettle capacity is listed as 1.7L but the max line is at 1.2L.
mismatch	zh	口红颜色跟你们试色图完全两个色，图上是豆沙色，到手是橘色
mismatch	en	Your size chart says a 38 is 24cm. Mine are 23cm inside. Misleading.
mismatch	zh	这个精华液说是50ml，瓶子看着明显小一圈，跟页面上的图不一样
mismatch	en	The headphones were advertised with noise cancelling, these don't have it. There's no ANC button at all.
mismatch	zh	页面写的纯棉，摸着就是化纤的，还起静电
mismatch	en	The jacket in the photo has a fur-lined hood. The one I got has a plain hood. Same item number.
mismatch	zh	我是按你们给的尺码表选的，胸围完全对不上，小了快十厘米
mismatch	en	description says waterproof. it is not waterproof. i got soaked in light rain wearing it
mismatch	zh	跟图片颜色差太多，图片是奶白，收到的是灰黄色
mismatch	en	The item looks nothing like the pictures. Cheap plastic instead of the glass shown.
mismatch	zh	宝贝描述说可以机洗，结果标签上写着只能干洗
mismatch	en	The smoke grey sofa cover is way lighter than pictured, nearly white. Colour accuracy is really off.
mismatch	zh	这个手机壳说是防摔的，实际上就是一层薄薄的软壳，和介绍完全不一样
mismatch	en	Ordered my usual size according to the chart, the dress is 2 sizes too small. The chart doesn't match the garment.
mismatch	zh	亲，这个瑜伽垫说是天然橡胶，我收到的明显是TPE的
mismatch	en	The serum is supposed to be fragrance-free according to the listing but it smells strongly of perfume and the ingredients list has "parfum".
mismatch	zh	鞋子偏小两码，我平时穿39，按你们建议拍了40还是挤脚
mismatch	en	Listing said "pack of 3" in the title and picture, but it's a single item and the small print says 1 piece. Misleading.
mismatch	zh	实物跟宣传图差距太大了吧，图上闪闪的，实物灰扑扑的
mismatch	en	Crackle glaze mug has no crackle at all, it's just a plain glossy mug. Doesn't match the product photos.
mismatch	zh	图上的奶瓶是玻璃的，收到的是塑料的
mismatch	en	The down jacket is listed as 90% down but the tag says 50% down 50% feather.
mismatch	zh	说好的蓝牙5.3，拿到一看包装写的5.0
mismatch	en	hey the colour of the hoodie is not what's in the pic. pic shows sage green, this is grey.
mismatch	zh	尺码严重偏小，XL穿着像M，你们尺码表得改改
mismatch	en	Page says battery lasts 40 hours, manual says 20 hours. Which is it? Feels like false advertising.
mismatch	zh	口红的外壳图片上是金色的，收到是塑料银色的
mismatch	en	The distressed jeans look way more ripped than in the photos, there are huge holes on the thighs that aren't in any listing picture.
mismatch	zh	你家的描述和实物不一样，说是加厚款，根本不厚
mismatch	en	The product is much smaller than shown. The photo makes it look like a big tote, it's barely a clutch.
mismatch	zh	收到的羽绒服颜色是火焰红没错，但是跟图片比暗了很多，像砖红
mismatch	en	I ordered based on your size guide (waist 70cm = M). The M I got measures 64cm. The guide is wrong.
mismatch	zh	说好的有夹层，收到的包里面啥都没有
mismatch	en	The item isn't the brand shown in the listing. It's a no-name copy. The listing says genuine.
mismatch	zh	精华液页面写的含10%烟酰胺，盒子上成分表里写的是5%
mismatch	en	So the listing shows the bag with gold hardware and a leather strap. Mine has silver hardware and a chain strap. It's the same listing I ordered from, I checked twice, it's just not what's shown
mismatch	zh	鞋子颜色和图片不一样，图片是米白，实物是纯白，差别挺大的
mismatch	en	The phone case says "MagSafe compatible" on the listing but it has no magnet in it.
mismatch	zh	亲，这个裤子的长度跟尺码表写的差了5公分，我按表买的
mismatch	en	The blanket is advertised as 150x200 and it's 120x150. Not even close.
mismatch	zh	描述说是纯银的，结果戴了两天就发黑，肯定不是纯银
mismatch	en	Colors are off from the photos. Ordered "lavender" and it's a bright purple.
mismatch	zh	实物和图片根本不是一个东西，做工差那么多
mismatch	en	The size chart says Asian sizing is already converted to EU. It isn't. Everything is two sizes small.
mismatch	zh	页面说是不锈钢内胆，打开一看是铝的
mismatch	en	the mat is slippery af, listing said "non-slip grip". not as described.
mismatch	zh	尺码表说S码适合100斤以内，我90斤穿着都紧，尺码表不准吧
mismatch	en	The headphones are listed as over-ear but what I got are on-ear, they sit on top of my ears.
mismatch	zh	这个颜色根本不是玫瑰金，明显是黄铜色
mismatch	en	Listing photos show a matte finish, mine is shiny. Doesn't match.
mismatch	zh	说是大容量1.5L，量了一下才1L
mismatch	en	Hi, your listing says the sneakers are vegan leather, but the inside label says genuine leather. I'm vegan so this is a big problem.
mismatch	zh	你们图片是不是开了滤镜啊，实物颜色完全不对
mismatch	en	the lipstick is supposed to be matte long-wear per description, it's glossy and comes off on everything
mismatch	zh	说好的加绒款，里面一点绒都没有
mismatch	en	The size M in the chart says 104cm chest, the actual garment is 96cm. I measured twice.
mismatch	zh	介绍里写的可以折叠，收到的根本折不了
mismatch	en	The kettle is listed as "temperature control" but it only has an on/off switch.
mismatch	zh	亲，你们这个奶瓶说是防胀气的，可是根本没有防胀气阀，和详情页的图不一样
mismatch	en	The burnt orange sweater is more like a bright traffic-cone orange. Listing photos are way more muted. Bit disappointed honestly.
mismatch	zh	详情页写的鞋子偏大建议拍小一码，我拍小了一码结果小得穿不进去，明明是偏小的
mismatch	en	Your listing says "one size fits all", it fits nobody over 160cm lol. The measurements in the description are not what I received.
mismatch	zh	页面写着防水，我洗手的时候溅了点水耳机就进水了，这叫防水？
mismatch	en	Honestly the item is ok but it's not the same as the photos. The photos show a ribbed texture and mine is smooth.
mismatch	zh	说好的真丝，摸起来跟涤纶一模一样，烧了一根丝有塑料味
mismatch	en	The smoke grey colourway on your site looks like a cool grey. In person it's brownish, more taupe. Can you confirm I got the right one? The tag says smoke grey.
mismatch	zh	衣服标的M码，尺码表说肩宽42，我量了38，小太多了
mismatch	en	The product description says it's dishwasher safe, the bottom of the mug says hand wash only.
mismatch	zh	这条破洞牛仔裤，页面模特穿着是高腰，收到的是低腰的，款式不一样
mismatch	en	serum is supposed to be in a glass dropper bottle like the pic, i got a plastic pump bottle. is this even the same formula?
mismatch	zh	口红页面写的哑光，结果是滋润款，颜色也比试色图深
# --- usage ---
usage	zh	没坏，就是不知道怎么用，耳机怎么连手机啊
usage	en	It's not broken, I just can't figure out how to pair it with my laptop. The headphones show up but won't connect.
usage	zh	精华液一次用几滴？早晚都可以用吗
usage	en	How do I wash the down jacket? Machine or hand wash? I don't want to ruin it.
usage	zh	亲，水壶第一次用需要怎么清洗
usage	en	Hi, how do I reset the earbuds? One side keeps connecting separately.
usage	zh	羽绒服能机洗吗？还是只能干洗
usage	en	How long should I charge the headphones before first use?
usage	zh	瑜伽垫有味道，怎么去味啊，能水洗吗
usage	en	The kettle isn't faulty, I just don't understand the buttons. What does the "keep warm" symbol look like?
usage	zh	奶瓶要怎么消毒？可以用开水煮吗
usage	en	Can I put the baby bottles in the dishwasher? And how often should I replace the teats?
usage	zh	这个口红要怎么卸啊，用卸妆水卸不干净
usage	en	how do i change the language on the smart scale? its in chinese
usage	zh	耳机怎么切换降噪模式？长按哪个键
usage	en	Is it normal that the fire red lipstick feels dry? Should I use a lip balm underneath first?
usage	zh	运动鞋是白色的，脏了怎么洗比较好，能丢洗衣机吗
usage	en	Hi! Quick question - can I use the serum with retinol or will it irritate my skin?
usage	zh	手机壳装不上去，是不是我方法不对，有没有安装视频
usage	en	How do I install the screen protector without bubbles? The instructions are only in Chinese.
usage	zh	水壶底部有白色的水垢，用什么清洗
usage	en	What's the correct way to store the yoga mat? Rolled or flat?
usage	zh	没坏没坏，就是充电的时候灯不亮，是要按哪个键吗
usage	en	The crackle glaze mug – is it microwave safe? I don't want to break the glaze.
usage	zh	破洞牛仔裤怎么洗才不会让洞越来越大？
usage	en	How do I wash distressed jeans without making the rips worse?
usage	zh	这个面霜是先用还是精华先用？顺序是啥
usage	en	The headphones keep saying "pairing" but my phone can't see them. Do I need to hold the button longer?
usage	zh	宝宝几个月可以用这个奶嘴？说明书上没写清楚
usage	en	Hello, what is the recommended dosage for the vitamin gummies? 1 or 2 per day?
usage	zh	亲 咋充电啊 插上没反应 是不是要用快充头
usage	en	Can the down jacket go in the dryer? Tag is confusing, there's a symbol I don't know.
usage	zh	烟灰色的羽绒服沾了油渍，可以用洗洁精擦吗
usage	en	Hi, the smoke grey sneakers got a coffee stain. What's the best way to clean suede?
usage	zh	请问耳机可以同时连两个设备吗？要怎么设置
usage	en	Not a complaint, just asking: how do I turn off the beep sound on the kettle?
usage	zh	瑜伽垫哪一面朝上？正反面不太分得清
usage	en	How do I connect the smart bottle warmer to the app? It asks for a device code.
usage	zh	手表怎么设置时间啊，说明书看不懂
usage	en	Is the rose gold plating safe to wear in the shower or will it tarnish?
usage	zh	这个精华液开封后能放多久？要放冰箱吗
usage	en	how do u turn the noise cancelling on?? cant find it
usage	zh	奶瓶刻度是按毫升还是按盎司看的，有点晕
usage	en	My earbuds only play in one ear. They're not broken (both work separately), how do I get them to sync?
usage	zh	亲亲，这个口红可以当腮红用吗，怎么涂比较自然
usage	en	What temperature should I wash the yoga leggings at? Don't want them to shrink.
usage	zh	没有坏，就是用不来，蓝牙一直搜不到
usage	en	The serum pump isn't dispensing anything. Does it need priming? It's new.
usage	zh	水壶保温功能怎么开，按了半天只会烧开
usage	en	Can I use the kettle abroad? I'm moving to the UK, 230V. Need an adapter?
usage	zh	羽绒服压扁了怎么让它恢复蓬松
usage	en	How many times can I reuse the breast milk storage bags? And how do I clean them?
usage	zh	请问电动牙刷的刷头多久换一次，模式怎么切换
usage	en	Instructions unclear lol. Which way does the phone case clip go?
usage	zh	鞋带怎么系比较好看，有没有教程
usage	en	Hi, the headphones connect fine to my phone but not to my PS5. Is there a setting?
usage	zh	这款防晒要补涂吗？多久补一次
usage	en	Can you tell me how to assemble the shoe rack? Piece C and D look the same.
usage	zh	耳机触控怎么关掉，总是误触暂停
usage	en	My baby bottle leaks from the collar when I tilt it. Am I screwing the ring on wrong?
usage	zh	真皮的包怎么保养，下雨淋湿了怎么办
usage	en	Should I soak the new yoga mat before using? It's a bit slippery.
usage	zh	咋用啊这个，按钮都是英文的
usage	en	Please send me the user manual in English for the smart kettle, the one in the box is Chinese only.
usage	zh	水杯的盖子怎么拆下来洗？卡得很紧
usage	en	What's the shelf life of the lipstick once opened?
usage	zh	精华和乳液可以混在一起用吗？敏感肌能用吗
usage	en	How do I update the firmware on the earbuds? The app says there's an update.
usage	zh	说明书丢了，能发个电子版给我吗，是那款火焰红的吹风机
usage	en	Is it OK to use the burnt orange dye on wet hair or dry hair? First time using it.
usage	zh	手机壳发黄了，有什么办法洗白吗
usage	en	My kid's water bottle straw is hard to suck from. Is there a valve I should open first?
usage	zh	智能手表怎么和微信绑定，收不到消息通知
usage	en	Hi, how do I set the timer on the rice cooker? Want it ready when I get home.
usage	zh	请问这个奶粉冲多少度的水合适
usage	en	The sneakers squeak a bit when I walk, is there something I can do? They're not defective, just new.
usage	zh	运动鞋的鞋垫可以拿出来洗吗
usage	en	How do you get the pilling off the jumper? Will a fabric shaver damage it?
usage	zh	耳机一边声音大一边小，是不是设置问题？怎么调平衡
usage	en	Hey, the kettle's fine, not broken or anything, but there's a weird plastic smell the first few boils. Is there a way to get rid of it?
usage	zh	亲，这款精华孕妇可以用吗？一天用几次
usage	en	do i need to charge the phone case battery seperately or does it charge with the phone?
usage	zh	这个瑜伽垫需要配合清洁喷雾用吗？平时用湿布擦可以吗
usage	en	How often should I descale the kettle and what should I use? Vinegar ok?
usage	zh	口红断了能修吗？我自己不小心摔的，有没有啥小妙招
# --- return_refund ---
return_refund	zh	退款怎么还没到账？都申请一周了
return_refund	en	I never received my refund. You said 3-5 business days and it's been two weeks.
return_refund	zh	衣服不合身想换个大一码，怎么操作
return_refund	en	Can I swap for a size up? The sneakers fit fine width-wise but my toes touch the front.
return_refund	zh	七天无理由退货怎么申请？
return_refund	en	How do I get a refund? Can you set up a return for me?
return_refund	zh	亲，我不想要了，能退吗？还没拆封
return_refund	en	I changed my mind about the kettle, it's unopened. What's your return policy?
return_refund	zh	退货地址发我一下
return_refund	en	Please send me a return label. Order #44120.
return_refund	zh	退款呢？
return_refund	en	refund status?? order 5512
return_refund	zh	我已经寄回去了，单号 YT8812003321，什么时候退款
return_refund	en	Hi, I shipped the return back last Monday with tracking RR123456789CN. Has it arrived? When will I get the money back?
return_refund	zh	羽绒服颜色我不太喜欢，可以换成黑色吗
return_refund	en	I'd like to exchange the burnt orange hoodie for the smoke grey one, same size. Is that possible?
return_refund	zh	买错了，能取消订单吗？还没发货
return_refund	en	Can I cancel my order? I placed it an hour ago by mistake.
return_refund	zh	退货运费谁出？我是不喜欢不是质量问题
return_refund	en	Who pays the return shipping if I just don't like the colour?
return_refund	zh	请问退款退到哪里？原路退回吗
return_refund	en	Will the refund go back to my credit card or as store credit?
return_refund	zh	申请退款被拒绝了，为什么？我是按规定时间内申请的
return_refund	en	My return request was rejected in the app, but I'm still within 30 days. Can you check why?
return_refund	zh	鞋子小了，想换40码的，还有货吗
return_refund	en	The dress is lovely but too tight on me. Can I exchange it for a L?
return_refund	zh	退款到账了吗？我看支付宝还没有
return_refund	zh	能不能不退货直接退款啊，东西我不想寄回去了太麻烦
return_refund	en	Do I have to send the item back to get a refund, or can I keep it?
return_refund	zh	退货要附什么吗？需要写单子吗
return_refund	en	What should I include in the return parcel? Do I need to print the invoice?
return_refund	zh	我要退货，口红色号不适合我，还没用过
return_refund	en	I want to return the lipstick, the shade doesn't suit me. It's unused.
return_refund	zh	商家同意退款了，但钱一直没回来，已经五天了
return_refund	en	You approved the refund last week, it's still not in my account. How long does it normally take?
return_refund	zh	不合适，想退，要怎么弄
return_refund	en	not for me, want to return. how?
return_refund	zh	只退了一半的钱，另一半呢？
return_refund	en	I was only refunded for one item, but I returned both. Please refund the other $24.99.
return_refund	zh	换货的话是你们先发还是我先寄回去
return_refund	en	For an exchange, do I send mine back first or do you ship the new one first?
return_refund	zh	退货退款和仅退款有啥区别
return_refund	en	Is there a restocking fee if I return the headphones? Box is opened but they're like new.
return_refund	zh	可以把瑜伽垫换成紫色的吗？我不用退钱，就换个颜色
return_refund	en	Can I exchange the phone case for the iPhone 15 version? I ordered the wrong model by mistake, my fault.
return_refund	zh	上周申请的退款现在是什么进度？订单号 XHS20231130887
return_refund	en	Where is my refund? I sent the item back 3 weeks ago and it was signed for by your warehouse.
return_refund	zh	小孩穿着小了，能换大一号的吗，吊牌还在
return_refund	en	My son outgrew the size before it even arrived lol, can I swap the shoes for the next size up?
return_refund	zh	奶瓶买多了，没拆封的可以退两个吗
return_refund	en	I bought 4 baby bottles but only need 2. Can I return the two unopened ones?
return_refund	zh	取消订单后退款多久到
return_refund	en	I cancelled the order on Friday, when will the refund show?
return_refund	zh	客服说可以退，但退货入口是灰的，点不了
return_refund	en	The "return item" button doesn't work on your site. How else can I start a return?
return_refund	zh	请问超过七天还能退吗？就晚了一天
return_refund	en	It's been 32 days, is it still possible to return? Only worn once around the house.
return_refund	zh	我想换货，鞋码偏大了，我平时就穿这个码，但这双我穿着大
return_refund	en	The jacket fits but I'd prefer the longer version. Can I exchange for that?
return_refund	en	It's been 10 business days since you said refund issued. Nothing. Please send me a transaction ID.
return_refund	zh	退回去的快递你们收到没，单号中通 7530012244
return_refund	en	Has my return been received? I want to know when the refund will be processed.
return_refund	zh	请问可以退差价吗？我刚买完就降价了
return_refund	en	Prices dropped two days after I bought the serum. Can you refund me the difference?
return_refund	zh	东西还没寄出来能退吗？我不要了
return_refund	en	I'd like to cancel and get refunded please, I found it cheaper elsewhere.
return_refund	zh	换货流程是啥？要填什么信息吗
return_refund	en	How long do I have to return items bought during the sale?
return_refund	zh	亲，能上门取件吗？我没时间去寄
return_refund	en	Can you arrange a courier pickup for the return? I don't have a printer for the label.
return_refund	zh	运费险怎么用？退货的时候能自动赔吗
return_refund	en	I paid return shipping myself. You said you'd reimburse it. Where's that money?
return_refund	zh	不好意思想退货，买了觉得不适合我的肤质，只用了一次
return_refund	en	Sorry to be a pain, but the serum doesn't agree with my skin. Can I return it even though it's opened?
return_refund	zh	羽绒服穿着有点短，能换长款吗？补差价也行
return_refund	en	I'd like to exchange the rose gold watch for silver if you have it, I'll pay the difference.
return_refund	en	My bank says no refund has come in. You said it was sent on the 4th. Can you confirm the reference?
return_refund	zh	申请了退货，快递员来取件了吗？系统一直显示待取件
return_refund	en	I booked the return pickup for Tuesday, nobody came. Can you rebook?
return_refund	zh	我想退掉其中一件，另一件留着，可以部分退吗
return_refund	zh	换码了，新的什么时候发？旧的你们已经签收了
return_refund	en	You received my exchange on Monday, when are you sending the new size out?
return_refund	zh	售后单号 TK88120，麻烦帮我看看退款进度
return_refund	en	Hi, I'd like to return these headphones. They're fine, I just prefer my old ones. How do I start?
return_refund	zh	退款没到账！！！都半个月了你们是不是不打算退了
return_refund	en	refund never came through. its been a month. ive contacted you 3 times.
return_refund	zh	可以退货吗，我穿着太紧了，裤子小了一码
return_refund	en	The sneakers fit, but my husband says they're too bright lol. Can I exchange the fire red for black?
return_refund	zh	买大了一码，想换小的，吊牌没剪
return_refund	en	The yoga mat is a bit too long for my apartment, can I exchange it for the travel size?
# --- complaint ---
complaint	zh	你们客服是死了吗？发了五条消息没人回
complaint	en	I have emailed you four times and nobody replies. This is unacceptable customer service.
complaint	zh	再不处理我就去12315投诉了
complaint	en	If I don't hear back by tomorrow I'm filing a complaint with consumer protection.
complaint	zh	你们的客服态度太差了，问两句就不耐烦，什么服务
complaint	en	Your agent "Lily" was extremely rude to me on the phone and hung up. I want to speak to a manager.
complaint	zh	什么破售后，踢皮球踢了一个星期
complaint	en	Every time I contact you I get a different person and I have to explain everything again. Terrible.
complaint	zh	我要投诉那个叫小美的客服，说话阴阳怪气的
complaint	en	Your return policy is a joke. 7 days is nothing, nobody can test a product in that time.
complaint	zh	已经向小红书平台投诉了，你们等着吧
complaint	en	Reporting you to PayPal and the platform. You keep ignoring me.
complaint	zh	说好的24小时回复，三天了没人理我
complaint	en	Your chatbot is useless. I need a human being.
complaint	zh	你们这种商家怎么还能开店的，骗子
complaint	en	Honestly the worst shopping experience I've had. Not the product, the way you treat customers.
complaint	zh	客服只会复制粘贴，根本不看我说的是啥
complaint	en	Why does your auto-reply say you'll respond in 24h when it's been 5 days? Stop lying.
complaint	zh	你们答应给我补偿的，结果转头就不认账了
complaint	en	The agent promised me a discount code as compensation and then never sent it. Now nobody remembers.
complaint	zh	我要求跟你们主管沟通，这个客服解决不了问题
complaint	en	I'm going to leave reviews everywhere and report you to the Better Business Bureau if no one responds.
complaint	zh	一直让我等等等，到底要等到什么时候，你们就是在拖
complaint	en	stop sending me template answers and actually read my message
complaint	zh	态度恶劣！！我还没说完就把我拉黑了
complaint	en	You blocked me on WeChat after I asked a simple question. Seriously?
complaint	zh	你们的售后政策太坑了，凭什么拆封了就不能退
complaint	en	I think it's ridiculous that you charge customers return shipping for your own mistakes. Your policy needs to change.
complaint	zh	打了十几次电话都没人接，你们到底有没有人上班
complaint	en	Your phone line rings out every time. Does anyone work there?
complaint	zh	12315见吧，不想跟你们废话了
complaint	en	I am contacting the consumer council about how I've been treated. No one has taken responsibility.
complaint	zh	客服说话太难听了，说我不会用，我是顾客不是来受气的
complaint	en	The way your staff spoke to me was condescending and unprofessional.
complaint	zh	你们这是霸王条款，特价商品不退不换凭什么
complaint	en	"Sale items final sale" is not legal in my country. You can't just refuse everything.
complaint	zh	每次问都是"亲，请耐心等待"，我耐心用完了
complaint	en	I'm tired of being told "we are checking". You've been checking for 2 weeks.
complaint	zh	我已经截图了聊天记录，你们再这样敷衍我就曝光你们
complaint	en	I'll be posting screenshots of this conversation on social media. Enough.
complaint	zh	投诉！客服承诺的事情一件都没做到
complaint	en	Formal complaint: your customer service team has repeatedly failed to respond within the promised time.
complaint	zh	你们为什么不回我消息，已读不回是几个意思
complaint	en	Message seen, no reply. Again. Great service guys.
complaint	zh	我是你们的老客户了，这样对待我太寒心了
complaint	en	I've been a loyal customer for 3 years and the way this was handled is really disappointing.
complaint	zh	你们让我找快递，快递让我找你们，到底谁管？
complaint	en	Your staff keep passing me back and forth between departments and no one helps.
complaint	zh	商家太不负责任了，出了问题就装死
complaint	en	This shop ignores its customers once they've paid. Warning everyone.
complaint	zh	你们的机器人客服能不能别回复了，烦死了，给我转人工
complaint	en	I asked for a human three times and your bot keeps giving me the FAQ link.
complaint	zh	要是今天还不给我回复，我就去平台申请介入
complaint	en	I'm opening a dispute with the platform because you won't answer.
complaint	zh	你们说话能不能算数？昨天说今天处理，今天又说明天
complaint	en	You said "tomorrow" five days in a row. I don't believe anything you say anymore.
complaint	zh	工作人员态度傲慢，我要投诉
complaint	en	complaint about your service: slow, rude, unhelpful.
complaint	zh	差评不是威胁，但你们的服务真的太差了，没见过这么敷衍的
complaint	en	I've never dealt with such an unhelpful company. The person I spoke to didn't even try.
complaint	zh	消协电话我已经查好了，别逼我
complaint	en	Do you want me to go to the trading standards office? Because that's where this is heading.
complaint	zh	发了图片发了视频，你们还说证据不足，欺负人是吧
complaint	en	I've sent photos, videos and receipts and you still ask for more "evidence". This is harassment.
complaint	zh	你们的规定根本不合理，凭什么要我自己承担运费
complaint	en	It's insane that I have to pay to send back something you got wrong. Change your policy.
complaint	zh	我给你们留言一周了，请问有人吗？？？
complaint	en	Hello? Anyone? I've been waiting for an answer for a week.
complaint	zh	周末找不到客服，工作日也找不到，你们到底什么时候有人
complaint	en	Your support hours are ridiculous. 10am to 4pm weekdays only? I work.
complaint	zh	你们客服怎么可以骂人？我有录音
complaint	en	Your employee swore at me on the phone. I have a recording. I expect an apology.
complaint	zh	向消费者协会举报你们，虚假承诺，拖延售后
complaint	en	I'm reporting this store to the marketplace for ignoring after-sales requests.
complaint	zh	真的无语，问个问题回复我一堆没用的套话
complaint	en	Copy-paste responses that don't answer my question. Do better.
complaint	zh	你们售后流程也太复杂了吧，填了三张表还不够
complaint	en	Why do I need to fill out four forms to get anyone to look at my issue? Ridiculous process.
complaint	zh	我找了三个客服，每个说的都不一样，你们内部能不能统一一下
complaint	en	Three agents, three different answers. Which one is true?
complaint	zh	别再发"已反馈给相关部门"了，反馈了个寂寞
complaint	en	Stop telling me it's been "escalated". Escalated where?? Nothing happens.
complaint	zh	答应退我运费的，现在客服说没这回事，请调聊天记录
complaint	en	Your manager promised me something on the phone and now your team denies it. Check your records.
complaint	zh	你们要是再不理我，我就在小红书上发帖曝光
complaint	en	Last warning before I go to the press and to consumer protection.
complaint	zh	气死我了，你们的客服一问三不知
complaint	en	Your team doesn't know your own products. I asked three basic questions and nobody knew.
complaint	zh	凭什么要我先确认收货才给处理？这什么规矩
complaint	en	Forcing customers to confirm receipt before you'll help is a shady practice.
complaint	zh	我已经在黑猫投诉提交了，编号发给你们看看
complaint	en	I submitted a complaint on the consumer protection portal. Reference CP-20931.
# --- feedback ---
feedback	zh	收到啦，精华液很好用，已经给了五星好评～
feedback	en	Just wanted to say the headphones are amazing. Left you 5 stars!
feedback	zh	差评了，质量一般般，不会再买了
feedback	en	The burnt orange sweater is gorgeous, exactly the colour I wanted. Thank you!
feedback	zh	破洞牛仔裤版型超好看，洞的位置也刚好，爱了爱了😍
feedback	en	I left a 2-star review. The product is okay but not worth the price.
feedback	zh	谢谢客服小姐姐，问题解决了，服务很棒👍
feedback	en	Thanks for sorting out my refund so quickly, really appreciate it.
feedback	zh	建议你们出个大一点的尺寸，瑜伽垫对高个子有点短
feedback	en	Suggestion: please include an English manual in the box. Would help a lot of buyers.
feedback	zh	火焰红这个颜色绝了，上嘴超显白！回购！
feedback	en	The fire red lipstick is stunning. Already bought a second one for my sister.
feedback	zh	宝贝收到了，挺满意的，包装也很用心
feedback	en	Everything arrived well packed. Happy with the purchase, will order again.
feedback	zh	一般吧，不好也不坏，三星
feedback	en	Meh. It's fine. 3 stars.
feedback	zh	烟灰色比我想象的还高级，质感很好
feedback	en	Love the smoke grey, looks super classy in my living room.
feedback	zh	用了一个月来反馈一下，皮肤确实变亮了，会回购的
feedback	en	Update after 4 weeks: my skin is much better with the serum. Great product.
feedback	zh	客服很耐心，虽然快递慢了点，但整体体验不错
feedback	en	Your customer service lady was so kind and patient. Please tell her thanks from me.
feedback	zh	你们家的包装能不能少用点塑料，建议改成纸质的
feedback	en	A suggestion: offer a gift wrap option for the holidays. I'd pay extra for it.
feedback	zh	给了好评，晒图了～
feedback	en	Posted a review with photos on Xiaohongshu. Thanks for the cute thank-you card!
feedback	zh	这个奶瓶真的不错，宝宝很喜欢，不胀气
feedback	en	Baby took to the bottle straight away. Great design, no leaks. Recommending to friends.
feedback	zh	东西还行，就是味道有点大，放了几天就好了，给个四星吧
feedback	en	Good value. The kettle boils fast and looks nice. 4 stars because it's a bit loud.
feedback	zh	收到口红啦，颜色跟试色一样，好评！
feedback	en	The rose gold phone case is so pretty in person! Loving it.
feedback	zh	已追评，质量经得住考验，穿了一冬天羽绒服没跑毛
feedback	en	Follow-up review: wore the down jacket all winter, still looks new. Highly recommend.
feedback	zh	好评好评，发货速度快，第二天就到了
feedback	en	Fast shipping, arrived in 3 days. Very impressed.
feedback	zh	实话实说，这次的鞋子质量不如上次买的，希望改进
feedback	en	Honest feedback: the new batch of sneakers feels cheaper than the ones I bought last year. Hope you look into the factory.
feedback	zh	已经确认收货了，很满意，谢谢亲
feedback	en	Confirmed receipt, all good, thank you!
feedback	zh	问题处理得很快，给你们点个赞
feedback	en	Thank you for replacing the broken mug so quickly. Will definitely shop here again.
feedback	zh	期待你们出更多颜色，比如焦糖色
feedback	en	You should really make this hoodie in more colours. Would buy a burnt orange one in a heartbeat.
feedback	zh	裂纹釉的杯子太有质感了，每一个纹路都不一样，送人也很好看
feedback	en	The crackle glaze mug is beautiful, every crack pattern is unique. Love the craftsmanship.
feedback	zh	差评！用了两次就不想用了，不推荐
feedback	en	Not impressed. 1 star. Won't recommend.
feedback	zh	耳机音质超出预期，这个价位真的可以
feedback	en	For the price the sound quality is excellent. Well done.
feedback	zh	客服回复有点慢，建议多招几个人，东西倒是挺好
feedback	en	The product is great but your website is confusing to navigate. Maybe simplify the checkout.
feedback	zh	瑜伽垫防滑效果很好，出汗也不滑，推荐
feedback	en	Just wanted to let you know my mum loved her birthday gift. Thanks for including the card.
feedback	zh	亲，我给你们写了个长评，希望对别人有帮助
feedback	en	Wrote a detailed review on the marketplace. Overall positive, one small gripe about the packaging.
feedback	zh	物流快，质量好，客服热情，五星
feedback	en	5/5 would buy again
feedback	zh	谢谢老板送的小样，很惊喜！
feedback	en	Thank you for the free samples! Such a nice surprise.
feedback	zh	这次体验不太好，但你们最后处理得还行，给个中评
feedback	en	The experience had some bumps but you fixed it in the end. Giving you 4 stars.
feedback	zh	希望手机壳以后能出磁吸款，现在这个不支持有点可惜
feedback	en	Would love to see a MagSafe version of this case in the future. Just a suggestion.
feedback	zh	水壶颜值很高，放厨房很好看，烧水也快
feedback	en	The kettle is gorgeous. Everyone who visits asks where I got it.
feedback	zh	好评返现的话我已经写了，截图给你
feedback	en	Review done, 5 stars with photos as you asked.
feedback	zh	做得不错，继续保持
feedback	en	Keep up the great work.
feedback	zh	破洞的设计很有个性，朋友都问我链接
feedback	en	The distressed jeans are perfect, exactly the worn look I was after.
feedback	zh	谢谢你们，这次的售后处理让我很暖心
feedback	en	I was frustrated at first but your team handled it really well. Thank you, Kevin.
feedback	zh	建议详情页多放点真人试穿图，方便我们选尺码
feedback	en	Feedback for your listing: add more real-life photos, it would help with choosing sizes.
feedback	zh	口红质地不错，就是包装有点廉价，希望改进
feedback	en	The lipstick formula is great but the packaging feels cheap. Just my two cents.
feedback	zh	已经是第三次回购了，一如既往的好
feedback	en	Third time ordering from you guys. Never disappointed.
feedback	zh	打了个一星，东西真的不值这个价
feedback	en	Gave it one star. Overpriced for what it is.
feedback	zh	收到了，孩子很喜欢，谢谢
feedback	en	Received, kids love it, thanks so much
feedback	zh	给你们提个建议，发货的时候能不能发个短信通知
feedback	en	It would be nice to get a shipping notification email. Otherwise all good.
feedback	zh	烟灰色羽绒服太好看了，百搭，准备再买个黑色
feedback	en	Really pleased with the smoke grey down jacket. Warm and stylish.
feedback	zh	之前的问题解决了，谢谢你们，下次还来
feedback	en	All sorted now, appreciate your help with the exchange. Have a great day!
feedback	zh	我在小红书发了笔记推荐你们家，哈哈
feedback	en	I shared your shop with my yoga group, they all want the mats now lol.
# --- presale ---
presale	zh	烟灰色还会补货吗？
presale	en	Is the smoke grey back in stock?
presale	zh	亲，这款羽绒服有火焰红吗
presale	en	Do you have the burnt orange colour in size M?
presale	zh	我身高165体重110斤，穿什么码合适
presale	en	I'm 180cm and 75kg, which size would you recommend for the down jacket?
presale	zh	能寄到新加坡吗？大概几天到
presale	en	Do you ship to Canada? How long does it usually take?
presale	zh	现在下单什么时候发货？周五前能到吗
presale	en	If I order today, will it arrive before Christmas? I'm in Melbourne.
presale	zh	精华液敏感肌能用吗？有没有酒精
presale	en	Does the serum contain fragrance or alcohol? I have sensitive skin.
presale	zh	两件有优惠吗？
presale	en	Any discount if I buy 3? Planning gifts for my team.
presale	zh	这两款耳机有啥区别？哪个降噪好一点
presale	en	What's the difference between the Pro and the Lite headphones? Is ANC worth the extra $30?
presale	zh	破洞牛仔裤有没有不破洞的款
presale	en	Do the distressed jeans come in a non-distressed version? Love the cut.
presale	zh	口红316和999哪个更显白？黄皮
presale	en	Which lipstick shade would suit olive skin better, fire red or rose nude?
presale	zh	奶瓶是玻璃的还是PPSU的？新生儿能用吗
presale	en	Is the baby bottle BPA free? From what age can it be used?
presale	zh	双十一会不会更便宜啊，现在买划算吗
presale	en	Will there be a Black Friday sale? Should I wait or buy now?
presale	zh	请问是正品吗？有没有防伪码
presale	en	Is this product authentic? Do you have a certificate or proof?
presale	zh	瑜伽垫有多厚？适合初学者吗
presale	en	How thick is the yoga mat and does it come with a strap?
presale	zh	水壶是什么材质的？内胆是304吗
presale	en	Is the kettle body plastic or stainless steel? Does water touch any plastic?
presale	zh	手机壳有iPhone 15 Pro Max的吗？支持磁吸吗
presale	en	Do you have this phone case for the Samsung S24 Ultra?
presale	zh	亲，这个运动鞋偏大还是偏小？平时穿39
presale	en	Do the sneakers run true to size? I'm usually a 42 in Nike.
presale	zh	有没有现货，急用，明天能发吗
presale	en	Is this in stock right now or is it a pre-order?
presale	zh	有没有小样可以先试用一下
presale	en	Do you sell travel sizes or samples of the serum so I can test first?
presale	zh	这个颜色是玫瑰金还是香槟金？图片看不太出来
presale	en	Is the rose gold more pink or more copper in real life?
presale	zh	有保修吗？保多久
presale	en	What's the warranty on the headphones?
presale	zh	这款还有别的颜色吗，除了图上这几种
presale	en	Are there any other colours coming? Hoping for a pastel.
presale	zh	能货到付款吗
presale	en	Can I pay with Alipay or WeChat Pay from abroad?
presale	zh	包邮吗？偏远地区加运费吗
presale	en	Is shipping free to the US, and are there any import fees?
presale	zh	我想送人，能帮我包装成礼物吗，写个卡片
presale	en	Can you gift wrap and add a note? It's for my girlfriend's birthday.
presale	zh	裂纹釉杯子能放洗碗机吗？我在考虑买
presale	en	Before I buy: is the crackle glaze mug dishwasher and microwave safe?
presale	zh	这款羽绒服充绒量多少？零下二十度够吗
presale	en	Is the down jacket warm enough for -20°C? I'm moving to Harbin.
presale	en	Thinking of buying the kettle – is it 110V compatible? I'm in the US.
presale	zh	你们家有实体店吗？想去试试
presale	en	Do you have a physical store where I can try the sneakers on?
presale	zh	烟灰色和雾霾蓝哪个更耐脏
presale	en	Which is easier to keep clean, the smoke grey or the cream colour?
presale	zh	我想批发50个水杯，有没有优惠价
presale	en	Would you do a better price for 50 units? It's for a corporate event.
presale	zh	有没有儿童尺码，我家孩子8岁
presale	en	Do these come in kids' sizes? My daughter is 10.
presale	zh	亲，口红是哑光还是滋润的
presale	zh	寄到美国要多久？要交关税吗
presale	en	How long does shipping to Germany take, and do you use DHL or post?
presale	zh	你们的破洞是做旧的还是自己剪的？会越穿越大吗
presale	en	Quick q before ordering: will the rips on the distressed jeans get bigger after washing?
presale	zh	直播间的价格和店里的一样吗
presale	en	Is the price in your live stream the same as on the product page?
presale	zh	能预订吗？下一批什么时候到
presale	en	When will the next batch of the fire red sneakers arrive? Can I reserve a pair?
presale	zh	瑜伽垫有没有加长款？我一米八
presale	en	Do you have a longer yoga mat? I'm 190cm tall.
presale	zh	这个精华液和那个面霜可以一起买吗，有没有套装价
presale	en	Is there a bundle deal for the serum and moisturiser together?
presale	zh	请问这个奶瓶能用哪种奶嘴，跟别家的通用吗
presale	en	Are your bottle teats compatible with other brands like Avent?
presale	zh	在吗？想问问这个还有没有货
presale	en	hi is this still available?
presale	zh	哪个颜色卖得最好呀？纠结烟灰色和火焰红
presale	en	Torn between the smoke grey and burnt orange. Which one is more popular?
presale	zh	能不能便宜点？诚心要
presale	en	Can you do a little discount? I really want it.
presale	zh	耳机续航多久啊？充一次电能用几天
presale	en	How long does the battery last on a full charge? Asking before I buy.
presale	zh	这个是今年的新款吗？跟去年的有什么区别
presale	en	Is this the 2024 model or last year's? Any difference?
presale	zh	有没有大码？我平时穿2XL
presale	zh	亲，这个杯子容量多大，能装一瓶矿泉水吗
# --- other ---
other	zh	麻烦帮我开一张发票，抬头是上海某某科技有限公司，税号发你
other	en	The parcel isn't late, I just want to change the delivery address. I'm moving next week.
other	zh	地址填错了，能帮我改一下吗？还没发货
other	en	Can I change the phone number on my order? The old one doesn't work anymore.
other	zh	你好
other	en	hello
other	zh	账号登不上去了，验证码一直收不到
other	en	I can't log into my account, password reset email never comes.
other	zh	请问周日有人值班吗
other	en	Are you open on Sunday? I might message then.
other	zh	不好意思发错人了
other	en	sorry wrong chat 😅
other	zh	我们是做母婴类目的博主，想跟贵店谈一下合作
other	en	Hi, I run a lifestyle blog with 50k followers and would love to discuss a collaboration with your brand.
other	zh	发票开好了吗？需要电子版的
other	en	Could you send me an invoice for order #33120? I need it for my expenses.
other	zh	收件人改成我老公的名字，电话也换一下，138xxxx5521
other	en	Please update the recipient name on my order to Sarah Chen. Same address.
other	zh	在吗在吗
other	en	Hi there! Hope you're having a good day.
other	zh	快递没问题，就是想问能不能改成送到公司，白天家里没人
other	en	Nothing wrong with the shipment, I just need it delivered to my office instead of home. Is that possible?
other	zh	怎么修改绑定的手机号啊
other	en	How do I delete my account and personal data?
other	zh	你们公司的营业执照能发一份吗？我们采购要备案
other	en	We are a distributor in Malaysia, interested in becoming an official reseller. Who should I talk to?
other	zh	新年快乐！祝生意兴隆🎉
other	en	Merry Christmas to the whole team!
other	zh	请问发票抬头可以改吗？开成个人的了，我要单位的
other	en	The invoice has the wrong company name, can you reissue it to "Bright Ltd"?
other	zh	我想注销账号，怎么操作
other	en	Can you unsubscribe me from your marketing emails? I get three a day.
other	zh	你们是国内发货还是海外仓发货？我只是好奇，已经买了
other	en	Just curious, where is your company based? Not an issue, just wondering.
other	zh	我积分怎么没了？之前有两千多
other	en	My loyalty points disappeared from my account. I had 500 points last week.
other	zh	不是催物流啊，就是想把地址里的门牌号改一下，写成了1502应该是1205
other	en	Not a delivery problem, I typed my postcode wrong, it should be 2000 not 2001. Can you fix it before it ships?
other	zh	亲，你们客服几点下班
other	en	What are your customer service hours?
other	zh	测试一下
other	en	test
other	zh	我们是一家MCN机构，想找你们家谈直播带货
other	en	Hello, I'm a journalist writing about small e-commerce brands. Would someone be available for a short interview?
other	zh	优惠券领了用不了，提示不满足条件，是啥原因
other	en	The coupon code WELCOME10 says invalid at checkout. Can you help?
other	zh	能不能帮我把两个订单合并成一个包裹发
other	en	Can you combine my two orders into one shipment to save packaging?
other	zh	请问你们招客服吗？想兼职
other	en	Are you hiring? I'd like to apply for the customer support role.
other	zh	请问你们的微信公众号叫什么，我想关注
other	en	Do you have an Instagram account? Can't find you.
other	zh	我收到一条短信说是你们店的，让我点链接领补贴，是真的吗？
other	en	I got an email claiming to be from your shop asking for my bank details. Is that a scam?
other	zh	下单的时候忘了备注了，能帮我在包裹里放张卡片写生日快乐吗
other	en	Could you add a note to the parcel saying "Happy birthday Mum"? Forgot at checkout.
other	zh	好的，知道了
other	en	ok thanks
other	zh	这个订单是帮朋友买的，收货信息我想改成她的
other	en	I'd like to change the shipping address on order 22910 to my friend's place, it's a gift. It's not delayed or anything.
other	zh	电子发票发到我邮箱吧，xxx@163.com
other	en	Please email the receipt to my work address.
other	zh	你们春节放假吗？几号开始不发货
other	en	Will you be closed for Chinese New Year? When do you stop shipping?
other	zh	我是你们的供应商，上次的货款什么时候结一下
other	en	I'm a supplier of packaging materials, can I send you a quote?
other	zh	请问怎么修改收货地址？app上找不到入口
other	en	How do I update my default address in my account settings?
other	zh	哈喽～我就是来打个招呼的，关注你们好久了
other	en	Hi! No question, just saying hi, I follow your shop on Xiaohongshu.
other	zh	请问是人工还是机器人？
other	en	Am I talking to a bot or a real person?
other	zh	我的会员等级怎么降了
other	en	Why can't I see my order history in the app? It's blank.
other	zh	订单没问题，就是付款的时候用了别人的支付宝，会有影响吗
other	en	My payment was charged in USD instead of EUR, is that normal? No complaint, just confused about the currency.
other	zh	我想要一份购物凭证，公司报销用的，要盖章的
other	en	Do you issue fapiao? I need one for my company in Shanghai.
other	zh	能不能别给我打推销电话了
other	en	Please stop calling me with promotions.
other	zh	微信号被封了，换了新微信，怎么把订单转过来
other	en	I changed my email address, how do I update it in my account?
other	zh	请问你们有线下活动吗，想带朋友去
other	en	Is there a pop-up event in London? Would love to visit.
other	zh	不好意思打扰了，刚才的消息请忽略
other	en	please ignore my previous message, sorted it myself
other	zh	请问可以改成顺丰吗？加钱也行，地址不变
other	en	Can I change the courier to DHL instead of post? I'll pay the difference. Just a preference, nothing's wrong.
other	zh	你们店铺名字改了吗？我差点没找到
other	en	Did you change your shop name? Took me a while to find you.
other	zh	二维码扫不出来，加不了你们的售后群
other	en	The link to join your WeChat group has expired, can you send a new one?
other	zh	我想把收货人电话改一下，之前填的是空号
other	en	Need to update the contact number for delivery, the courier may call. New number +44 7700 900123.
"""#
}
