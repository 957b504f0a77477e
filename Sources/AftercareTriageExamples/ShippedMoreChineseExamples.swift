// Labelled customer messages for the triage classifier, as tab-separated lines
// (category, language, text; `#` lines are comments). More Chinese messages, written after the first set.
// Kept as a Swift string rather than a SwiftPM resource: embedding ~250 KB with `.embedInCode`
// took 145 s to compile here, the same text as a string literal 4 s.

extension ShippedTriageExamples {
    static let moreChinese = #"""
# Aftercare triage examples, supplementary Chinese set: more labelled zh customer messages for the message classifier.
# Same format and labelling rules as triage-examples.tsv (see its header): category<TAB>language<TAB>text, one example per line, # for comments.
# All lines are new (not copied or paraphrased from triage-examples.tsv); within each category the order is mixed so every run of 5 lines is representative.
# --- not_received ---
not_received	zh	丰巢显示已取件，我压根没去取过，取件码还在短信里躺着呢，订单尾号0392
not_received	zh	中通单号 75318840219 显示昨天下午已签收 签收人是本人 可我昨天一整天在医院陪床 根本没人在家 猫粮到底送哪去了
not_received	zh	到哪了？显示签收了我咋没看到
not_received	zh	亲，我那箱纸尿裤显示菜鸟驿站签收了，驿站老板翻了半天说没有，让我找商家😭
not_received	zh	你们好，我在12号买的空气炸锅，物流第二天就显示"已妥投"，但我家楼下、物业、邻居都问遍了，没有。麻烦核实一下是不是投错地址了。
not_received	zh	快递小哥说给我放在快递柜了，问他哪个柜子他也说不清楚，现在人也联系不上，货就这么没了？
not_received	zh	签收照片拍的是一扇红色的门，我家是白色防盗门，这明显不是我家啊
not_received	zh	东西呢？？？显示签收了三天我连个影子都没看到
not_received	zh	宝 我那个坚果礼盒是送人的 对方说一直没收到 物流显示已签收 签收人写的是快递柜 可她说柜子里没有 能帮忙查下吗
not_received	zh	圆通单号YT6620398815 物流最后一条是派件中 然后就显示签收了 我今天打电话给网点 网点说包裹找不到了
not_received	zh	快递员承认件弄丢了，让我跟商家联系理赔，订单号 TB240611778902
not_received	zh	麻烦问下，上个月下的单，物流半个多月停在"离开杭州中转"，后面再没任何信息，快递客服说疑似遗失，我该怎么办
not_received	zh	显示送到我们学校快递点了，我去拿的时候说查无此件，取件码输进去也没用
not_received	zh	买的猫砂4包，显示已签收，可门口一袋都没有，这么重的东西谁会拿走啊
not_received	zh	这是第三次问了，京东物流写着"您的订单已由本人签收"，我本人真的没签！！
not_received	zh	查无此件 签收了个寂寞 东西呢
not_received	zh	跨境那单寄到温哥华的，当地邮局说已投递，我信箱里什么都没有，能不能帮我跟物流那边开个调查
not_received	zh	您好，请问订单 20240702156633 的面膜是不是寄丢了？已经比预计送达晚了十来天，快递那边查不到任何记录
not_received	zh	我们小区快递都放门口货架上，查了监控也没有快递员放东西的画面，系统却说已签收
not_received	zh	说是已经送到了，我下班回来翻遍了整个楼道都没找到，我的四件套啊
not_received	zh	签收人写"家门口"，可我家门口啥也没有，是不是送错楼了？我住3栋，别写成5栋了
not_received	zh	亲亲，我那单物流显示代收点已经签收好几天了，可我一直没收到取件短信，去代收点问也说没我的件
not_received	zh	这算不算丢件？说好的三天到，现在二十天了，快递电话打过去说单号查不到
not_received	zh	快递给我发短信说放在丰巢了 结果我去开柜是空的 丰巢客服说已经被取走了 监控里也看不到谁拿的
not_received	zh	物流显示妥投 我是真的没拿到 不是想白嫖 麻烦认真查一下好吗
not_received	zh	我女儿在上海读书，寄到她宿舍的吹风机，宿管说没见过这个快递，但系统说宿舍楼已签收
not_received	zh	XHS20240809这单 物流说签收了 我这边压根没见过包裹 麻烦回复下
not_received	zh	你们发的那个顺丰件，顺丰说已经派送成功，可签收人是个我完全不认识的名字
not_received	zh	亲，包裹好像被别人拿错了，驿站说已经被取走，取件人手机尾号不是我的
not_received	zh	等了快一个月了，说好的一周，到现在东西都没见着，快递网点说这个件早就丢了，你们给补发一个吧
not_received	zh	我买的冻干和猫条都没收到，显示签收在我们单位收发室，收发室的大爷说没见过
not_received	zh	您好 我住乡下 快递显示送到村口小卖部了 小卖部说没有 我也没接到电话
not_received	zh	收到一条签收短信，可我在外地出差，打电话问家里人谁都没签过，包裹凭空消失了？
not_received	zh	我的电热毯呢，天都冷了，物流显示11月3号已签收，现在都11月10号了，我压根没收到
not_received	zh	查了监控，快递员根本没上楼，就在楼下点了签收走了，东西不知道放哪了
not_received	zh	这单彻底失踪了，物流详情里连派送员信息都没有，直接跳到已签收
not_received	zh	嗨 想问一下 我订的咖啡豆物流说派送成功 可我家里没人收到 门卫也说没有
not_received	zh	寄到新加坡的那单，当地快递说包裹在仓库遗失了，让我跟寄件方联系，订单 SG-20240315-88
not_received	zh	没收到啊 已签收是啥意思 我人都没见到快递员
not_received	zh	是这样的，我6月1号下的单，你们说6月5号前送达，今天6月20号了，东西一直没到，物流最后一条还是6月3号，快递公司说件丢了，要么补发要么退款吧，我也不想再等了
not_received	zh	丢件了你们得赔，快递公司都承认了
not_received	zh	显示投递到快递柜，但我们小区根本没有快递柜啊？？
not_received	zh	麻烦核实一下签收人，我订单里的婴儿推车显示已签收但家里没人收到，这么大一个箱子不可能看不见
not_received	zh	买了两单，一单到了，另一单显示签收了但没到我手上，单号中通 78012934455
not_received	zh	亲谁懂啊，快递说放门口了，我开门只看到邻居的件，我的香水呢😭
not_received	zh	物流信息显示"已签收，感谢使用菜鸟驿站"，但我根本没去驿站取过件
not_received	zh	你们给的单号查了显示早就签收了，签收网点在广州，我人在成都，东西根本没见过
not_received	zh	宝贝没收到，但物流显示已完成，麻烦帮我联系一下快递员，我一直没接到任何派送电话
not_received	zh	快递员说放在我家门口的鞋柜上，我家鞋柜上什么都没有
not_received	zh	亲，显示签收的那天我全家都在老家过年，不可能有人签收的
not_received	zh	订单 88023341 的拖鞋 一直没到 物流显示已经送达好几天了
not_received	zh	家人们 我在快递柜取件 柜门开了里面是空的 丰巢说他们不负责 只能找你们了
not_received	zh	请问我的月饼礼盒是寄丢了吗？中秋都过了还没收到，物流停在"派送中"然后就没下文了，网点说找不到了
not_received	zh	不好意思再问一下，昨天说帮我查那个显示已签收但没收到的猫抓板，有结果了吗
not_received	zh	京东显示已签收，签收方式是"他人代收"，谁代收的我完全不知道
not_received	zh	你们这个包裹让我白等了两个礼拜，最后快递告诉我找不到了，真的服了
not_received	zh	货呢
not_received	zh	亲 物流显示放在门卫了 门卫说快递员根本没来过 我的窗帘就这样失踪了
not_received	zh	签收人写"快递驿站代收"，我们这片根本没有驿站，邮政局也说查不到
not_received	zh	买的数据线和充电头显示签收了，我天天在家办公，没人敲过门
not_received	zh	麻烦问下，订单是礼物直接寄给我妈的，我妈说根本没收到，可物流说签收两天了
not_received	zh	我真的很无语 签收了但是东西没到我手里 客服你倒是说句话啊
not_received	zh	宝宝辅食机没收到 物流说本人签收 是我本人吗 我怎么不知道
not_received	zh	你好，请问我这单还能收到吗？快递公司说运输途中丢失了，让我联系发货方
not_received	zh	收货地址是公司，公司前台说从没收到过这个包裹，物流却说已经签收
not_received	zh	我去驿站拿货，驿站说已经被人用我的取件码取走了，我没把码给过别人
not_received	zh	快递丢了？？？那我定做的刻字杯子怎么办，还能重新做一个吗
not_received	zh	您好，我寄回老家的茶叶，老家那边说一直没人送来，物流显示前天签收，能查一下签收底单吗
not_received	zh	显示已签收，但不是我签的，包裹是一箱螺蛳粉，会不会被邻居拿了？你们能帮我找快递调监控吗
not_received	zh	我没收到货，别再跟我说显示签收了，我就是没收到
not_received	zh	已经超过预计送达时间两周了，物流显示到达我们县城之后就没消息了，快递站说包裹找不到了
not_received	zh	怎么回事 狗绳和牵引带都没收到 系统都自动确认收货了
not_received	zh	订单显示交易成功，可我根本没收到货，钱都打给你们了
not_received	zh	我买的扫地机器人显示派送成功，快递员说送到了，但我家里人一直在家，根本没人来过，这么贵的东西丢了谁负责
not_received	zh	hello 包裹显示delivered 但我没拿到 是寄到海外的那一单 订单号 HK0924
not_received	zh	香薰蜡烛没收到，快递员说放楼下了，楼下啥也没有，急
not_received	zh	亲 我的眼影盘是丢了吗 快一个月了都没见着 物流也不动了 快递说查不到
not_received	zh	过了承诺送达时间十天了，快递那边说这个单号揽收后就没有任何扫描记录，他们也找不到件在哪，估计是丢了
not_received	zh	快递群里说我的件已经放到驿站货架上了，我去了三趟都没找到，老板说可能被人错拿了
not_received	zh	我的件呢 签收时间凌晨三点 哪个快递员凌晨三点送件啊
# --- delayed ---
delayed	zh	发货了吗
delayed	zh	亲，拍的连衣裙怎么还没发货，下周要穿去婚礼的，能不能加急
delayed	zh	物流三天没更新了，一直停在"到达义乌分拨中心"，帮我催一下吧 订单号 TB2024051209
delayed	zh	预售说15天内发货，今天第18天了，还是待发货状态
delayed	zh	清关清了两个礼拜还没好，是海关那边出什么问题了吗，我买的是日本的奶粉
delayed	zh	我的电饭煲在路上走了一周了 从深圳到长沙 走路都到了吧
delayed	zh	你好，海关发短信让我缴税，说不缴的话包裹会退回，请问这个税是我出还是你们出？
delayed	zh	物流一直显示"等待揽收"，都四天了，快递员是不是没来取件
delayed	zh	怎么回事 别人同一天下单的都收到了 我的还在路上
delayed	zh	您好，想问下订单 XHS20240920017 目前什么情况，显示已发货但物流信息一直是空白，快三天了
delayed	zh	破壁机什么时候能到啊？物流显示派送中一整天了还没送
delayed	zh	快递卡在转运中心不动了，我看新闻说那边暴雪，大概要延误多久
delayed	zh	亲亲帮我看下我的猫粮发了没 家里猫快断粮了🙏
delayed	zh	说好的现货秒发，三天了还在"仓库备货中"
delayed	zh	我下单时选的顺丰加急，结果物流跑了四天还没到，加急费白付了？
delayed	zh	国际物流到了国内之后一直没动，显示"海关查验中"已经十天了
delayed	zh	能不能跟快递那边说一下别再延误了，预计送达从周二改到周四又改到周六
delayed	zh	发货好慢啊
delayed	zh	还没发？？？我都快忘了我买过这个了
delayed	zh	你好，我10号买的挂烫机，今天15号了还没揽收，是仓库缺货吗？缺货的话我就去别家买了
delayed	zh	物流信息显示"快件已到达【成都双流集散中心】"，然后五天了没下一条，这个正常吗
delayed	zh	亲 我的针织开衫啥时候发啊 页面写的48小时发货 现在72小时了
delayed	zh	包裹在集运仓等了一周还没打包发出，我这边很着急
delayed	zh	海外直邮的面霜卡在香港中转站了，说要等航班，还要等多久啊
delayed	zh	快递今天说派送，结果又显示"延迟派送"，我一直在家等着呢，到底什么时候送
delayed	zh	请问我买的年货坚果能在除夕前到吗？现在物流还在发货地没动
delayed	zh	中通单号 73520019384，物流停在"运输中"八天了，能不能帮我跟中通查一下是不是卡件了
delayed	zh	一直没发货 到底还发不发 给个准话
delayed	zh	马丁靴在路上绕了三个城市，先到武汉又到郑州又回武汉，这是在旅游吗😅
delayed	zh	清关要提供身份证正反面，我已经提交了三天了，还没放行
delayed	zh	宝 我买的那个儿童餐椅 仓库说是大件要走物流专线 可是一周了还没出库
delayed	zh	你们说今天发货，结果晚上一看还是待发货，又放我鸽子
delayed	zh	订单号 20240315887201，付款后一直没有物流信息，麻烦查一下发货进度
delayed	zh	快递到我们县城的网点已经三天了，就是不派送，打网点电话也没人接
delayed	zh	蜂蜜什么时候到 等着送人呢
delayed	zh	预计送达时间都过了，物流停在"已离开郑州转运中心"，是不是又压仓了
delayed	zh	亲，是因为台风停运了吗？我的包裹在福州好几天没动了
delayed	zh	家人们，我等的眼影盘到底啥时候发，说好的预售7天，现在都第十天了，页面还写着"即将发货"
delayed	zh	包裹显示"境外清关完成"，但是国内段一直没交接，这都五天了
delayed	zh	你们那边是不是没人打包啊，下单四天了还没发货，我真是服
delayed	zh	物流说"因运力紧张，派送可能延迟"，能不能跟快递沟通一下，我买的是宠物驱虫药，到时间要给猫用了
delayed	zh	请问我这单是不是忘了发？别的单都发了就这单一直待发货
delayed	zh	帮忙催一下物流，谢谢～
delayed	zh	快递显示在派送途中已经两天了，地址就在市区，怎么这么久
delayed	zh	我那个定制的刻字手链说是7到10天做好发货，今天第14天了，还没有消息
delayed	zh	清关卡了，海关说申报价值有问题，要你们重新提供发票，麻烦尽快处理一下
delayed	zh	韩国代购的气垫还在韩国仓，说好的下单后一周内发出呢
delayed	zh	为什么物流一直显示"已打包"，打包了三天还不发出去
delayed	zh	快递停在驿站前一站了，就是不往下送，急死了
delayed	zh	我看物流轨迹是发出来了，但是走的是最慢的那种陆运吗？十天了还在半路
delayed	zh	付款后显示72小时内发货，现在已经超过时间了，平台都提示我可以申请延迟发货赔付了
delayed	zh	这个还要多久才发呀，宝宝的纸尿裤快用完了
delayed	zh	物流好久没动了，会不会是被压仓了？下单的是一套四件套，物流停在"已到达北京顺义转运中心"四天了
delayed	zh	请问一下我的包裹为什么一直在海关？清关状态显示"待申报"
delayed	zh	怎么还在路上啊，我住的离你们发货地也就300公里
delayed	zh	说好的次日发，已经第三天了，页面还挂着"24小时发货"，你们改一下吧别骗人了
delayed	zh	亲，双十二那天买的，拖了十天了还没发，是要等到明年吗
delayed	zh	快递员说车坏了今天送不了，明天能送吗？我明天不在家
delayed	zh	物流显示已经到我们市了，却一直没有安排派送，这是卡在哪里了
delayed	zh	查了一下，我的包裹被快递公司标记了"异常件"，一直停着没处理，是卡住了吗
delayed	zh	酸奶机到底啥时候发？？都来问第三遍了
delayed	zh	我这单选的是海外仓发货，怎么物流一直显示国内仓待出库
delayed	zh	啥时候发货啊 急用
delayed	zh	请问今天能发出吗？明天发的话周末能到吗？我已经拍了
delayed	zh	您好，我购买的是预售款卫衣，页面写的是"付款后20天内发货"，现已超过约定发货期，请告知具体发货时间，谢谢。
delayed	zh	物流卡在"清关中"，状态栏写着"等待海关放行"，已经两周，我要不要自己打电话给海关
delayed	zh	我就想知道我的快递是不是在哪个角落睡着了，七天没更新了
delayed	zh	刚查了下中通，说我的包裹在中转时被分错了，要转回来重新发，大概要多久
delayed	zh	怎么这么久还没到，上次买两天就到了，这次都一周了还在运输中
delayed	zh	下单三天了还显示"商家备货中"，能不能先把有货的部分发给我
delayed	zh	物流在同一个分拨中心来回扫描了好几次，就是不发往下一站
delayed	zh	我买的狗粮大袋的，说是要走德邦，德邦那边说还没收到你们的货，到底发没发
delayed	zh	亲，物流显示"航班延误"，请问延误到什么时候
delayed	zh	说了先发货的，怎么现在还没动静，我订单备注了加急的
delayed	zh	海关退回要求补充资料，我看不懂要补啥，能帮我看看吗？订单是从日本直邮的
delayed	zh	等了十来天了，物流还是上周的信息，在路上一动不动
delayed	zh	亲 唇釉什么时候发货 拍了五天了
delayed	zh	快递卡在省外进不来，说是管控，有没有办法换别的快递重新发
delayed	zh	物流到了驿站前一天显示"派件中"，结果第二天又变成"运输中"了，这是又绕回去了吗
delayed	zh	那个凉席还没发货吗，夏天都快过完了
delayed	zh	不好意思再问下，我那个还在"待揽件"的包裹，今天能有人来收吗
# --- damaged ---
damaged	zh	面霜瓶子碎了，玻璃渣混在霜里，根本不敢用
damaged	zh	坏的
damaged	zh	加湿器加水后底部一直在漏水，桌子都泡了，刚拆的新机器
damaged	zh	亲，收到的粉底液泵头按不出来，按压的地方卡死了
damaged	zh	雾霾蓝那件大衣，袖口有一块脱线，线头拆开了一大截，这个不是设计吧
damaged	zh	猫砂盆底下有条裂缝，倒进去的猫砂都漏出来了
damaged	zh	蓝牙音箱一开大声就破音，音量调到一半就有咔咔声
damaged	zh	空气炸锅用了一次就不加热了，显示屏亮着但风扇不转
damaged	zh	四件套上有好几个小洞，不是磨的是本来就有的，还有一块污渍洗不掉
damaged	zh	快递盒子外面全是湿的，拆开一看蜂蜜瓶盖松了，漏了小半瓶，外包装全是黏的
damaged	zh	宝，鼠标左键失灵，点一下有时候没反应，有时候又连点两下
damaged	zh	杯子是裂纹釉的我知道，但是这个杯底是真的裂了一条缝，倒水会渗出来
damaged	zh	收到的月饼盒被压烂了，里面的月饼有两个都碎了，还怎么送人
damaged	zh	钢化膜拆开包装的时候就已经裂了一道，还没贴呢
damaged	zh	吹风机用了三天冒火花，吓得我立马拔了插头，这是安全问题啊
damaged	zh	收到的婴儿推车轮子转不动，有个轮子轴是弯的
damaged	zh	我买的焦糖色皮鞋，鞋头有一块皮被刮掉了，露出里面的白色，新鞋啊
damaged	zh	破壁机转了两下就闻到焦味，然后直接停了，再也启动不了
damaged	zh	眼影盘里的眼影碎了一半，粉全撒在盒子里
damaged	zh	茶叶罐瘪了一块，密封盖也合不上了，茶叶会不会受潮啊，我要换个新的
damaged	zh	坏了坏了 充电宝用了一周就鼓包了 还敢用吗
damaged	zh	连衣裙腋下开线了，一个大口子，我还没穿过
damaged	zh	猫咪饮水机水泵不工作，插上电一点声音都没有，换了插座也一样
damaged	zh	键盘有几个键按下去弹不起来，空格键还卡卡的
damaged	zh	裤子拉链头直接掉了，拉都拉不上
damaged	zh	烟灰色那个收纳箱我知道是设计颜色，问题是箱盖的卡扣断了两个，盖不上
damaged	zh	电热毯一边热一边不热，右半边一直是冰的
damaged	zh	香水喷头坏了，按下去喷不出来，全从瓶口漏出来，手上全是
damaged	zh	收到的牛肉干包装袋破了，里面有点发霉，长了白毛，这还能吃吗？我要求赔偿
damaged	zh	扫地机器人开机就报错E02，轮子也转不动，新的
damaged	zh	亲 坚果礼盒里有一袋漏气了 坚果都软了
damaged	zh	收到的花瓶底座有裂缝，放水会漏，包装里泡沫也没几块
damaged	zh	我不是故意挑刺，但是这个帆布包的背带断了，才背了两天，缝线那里直接崩开
damaged	zh	电动牙刷充满电只能用一天，之前都能用三四个星期，是不是电池坏了
damaged	zh	玻璃保鲜盒碎了两个，剩下的盖子也有变形
damaged	zh	卸妆油泵头漏油，瓶身外面全是油，拿都拿不住
damaged	zh	做旧风的复古木柜我很喜欢，但收到时一只柜腿断了，是运输磕的，不是做旧效果
damaged	zh	平板保护套的磁吸没吸力，盖上去自己就掉下来，感觉里面磁铁掉了
damaged	zh	狗狗牵引绳的卡扣一拉就开了，差点让狗跑了，这太危险了
damaged	zh	收到的婴儿湿巾是干的，整包都干了，封口贴也是翘开的
damaged	zh	枕头拆开里面的棉全结块了，而且有一股霉味
damaged	zh	呜呜呜 拆快递的时候发现香薰瓶碎了 整个箱子都是香味 玻璃碎一地
damaged	zh	数据线用了两天，接口处的胶皮裂开了，露出里面的铜线
damaged	zh	电饭煲内胆的涂层掉了一块，煮了一次饭就这样，我还敢吃吗
damaged	zh	宝贝的洞洞鞋有一只鞋面上多了个口子，不是透气孔那种，是被戳破的
damaged	zh	买的火焰红色的保温杯，杯身凹进去一块，漆都掉了
damaged	zh	手表表带断了，刚戴上去连接处就裂开
damaged	zh	面膜有好几片是干的，精华都没了，包装袋还有个小口子
damaged	zh	化妆镜的支架断了，镜子立不住，灯也只亮一半
damaged	zh	挂烫机喷不出蒸汽，只往外滴水，还把衣服弄湿了
damaged	zh	拖鞋鞋底断成两截了，穿了一周，我体重也不重啊
damaged	zh	纸尿裤有几片魔术贴是坏的，粘不住，宝宝一动就松了
damaged	zh	收到的猫爬架有根柱子是裂的，猫一跳上去就晃，怕砸到猫
damaged	zh	你们寄来的陶瓷碗有三个磕了口，一个直接碎成两半，我要求全部补发
damaged	zh	智能台灯触控失灵，摸了没反应，有时候自己会闪
damaged	zh	坏了，不亮
damaged	zh	亲，收到的大衣扣子掉了两颗在袋子里，线都没缝牢
damaged	zh	买的咖啡豆包装漏气了，排气阀那里是破的，豆子闻着都没味了
damaged	zh	不是说颜色啊，雾霾蓝的被套颜色我很喜欢，问题是被套有一整条缝线没缝上，被子塞进去就从侧边掉出来
damaged	zh	收到的辅食机刀头转起来有异响，而且有金属屑，给宝宝用太吓人了
damaged	zh	行李箱万向轮掉了一个，拉着走一直往一边偏
damaged	zh	防晒霜挤出来是水和油分层的，闻着还有酸味，是不是变质了
damaged	zh	亲，我那双马丁靴鞋帮有一道裂口，不是做旧，就是皮裂开了
damaged	zh	你们这包装也太随便了吧，一个塑料袋装着玻璃香薰瓶，收到就碎了，赶紧给我处理
damaged	zh	数位板的笔点不出来，换了笔芯也不行，笔是坏的
damaged	zh	吸奶器一边吸力正常一边没吸力，配件都检查过装好了
damaged	zh	打开快递发现地毯中间被割了一刀，应该是拆箱刀划的吧，我不管是谁划的，你们得处理
damaged	zh	收到就是坏的 开不了机 退款
damaged	zh	坚果礼盒里的玻璃罐碎了，碎玻璃混在腰果里，整盒都不能吃了
damaged	zh	窗帘的挂钩断了一半，塑料太脆了一掰就断
damaged	zh	小风扇摇头的时候咔咔响，转到一半就卡住
damaged	zh	亲 气垫盒子里面那层镜子裂了 是不是运输压的
damaged	zh	宠物航空箱门的插销坏了，关不上，没法带猫出门
damaged	zh	买的蛋糕到了全压扁了，奶油糊得满盒都是
damaged	zh	收到的衬衫领子有一块黄色污渍，洗了也洗不掉
damaged	zh	这个手机支架的夹子弹簧断了，夹不住手机
damaged	zh	我的保温饭盒保温失灵了，早上装的热饭中午就凉透了，内胆摇起来有响声
damaged	zh	雨伞撑开就有一根伞骨折了
damaged	zh	刚收到的香水瓶身有条裂缝在渗液，盒子里一股酒精味，瓶子只剩大半瓶了
damaged	zh	投影仪开机画面中间有一条竖线，重启好几次都在，新买的
damaged	zh	宝宝的电动摇椅摇了两下就不动了 遥控器按了也没反应 电池也换了新的 是不是坏了
# --- wrong_or_missing ---
wrong_or_missing	zh	我拍的是米白色的卫衣，收到的是灰色的，吊牌上也写着灰色
wrong_or_missing	zh	少了一样
wrong_or_missing	zh	亲，面膜买的是补水款，寄来的是美白款，盒子上写得清清楚楚
wrong_or_missing	zh	你好，我订单里有三样东西：洗面奶、爽肤水、乳液，乳液没收到，也没跟我说分开发
wrong_or_missing	zh	猫粮买的是成猫粮，你们发的幼猫粮，我家猫都五岁了
wrong_or_missing	zh	我买的是37码的帆布鞋，打开盒子一看两只都是36
wrong_or_missing	zh	空气炸锅里面少了个炸篮，就一个外壳，怎么用？
wrong_or_missing	zh	发错货了吧 我买的是蓝牙音箱 寄来一个充电宝
wrong_or_missing	zh	礼盒里说好的6罐茶叶，只有5罐，有一个格子是空的
wrong_or_missing	zh	订单号 TB20240618009 买的是灰色四件套1.8米床的，收到的是1.5米的
wrong_or_missing	zh	亲，说好的赠品呢？下单页面写了送化妆包的，盒子里翻遍了也没有
wrong_or_missing	zh	我一共买了4件，快递单上也写着4件，可箱子里只有3件，少了一条半身裙
wrong_or_missing	zh	我拍了两支同色号的唇釉，只收到一支，快递袋没被拆过
wrong_or_missing	zh	发的是我要的颜色，但是尺码错了，我要XL，来的是L，吊牌写着L
wrong_or_missing	zh	我点的是原味牛肉干，结果一箱全是麻辣的，我不能吃辣啊
wrong_or_missing	zh	儿童餐椅的安全带没有，托盘也没有，说明书里写着有这两个配件
wrong_or_missing	zh	麻烦看看是不是打包的人放错了，我收到的是一双男士拖鞋，我买的是女款粉色的
wrong_or_missing	zh	我买的破壁机型号是 PB-300，机身铭牌上写的是 PB-200，这是发错型号了吧
wrong_or_missing	zh	亲，扫地机器人的边刷和充电座都没有，只有机器本身
wrong_or_missing	zh	快递袋里只有一张小卡片和一包干燥剂，我买的项链呢？
wrong_or_missing	zh	我买的雾霾蓝，发成了藏青色，两个颜色差得可远了
wrong_or_missing	zh	我订的是无糖版的饼干，收到的是含糖的，我是糖尿病人不能吃这个
wrong_or_missing	zh	帮忙查一下，我明明买的是黑色M码打底裤三条，结果收到两条黑的一条肤色的
wrong_or_missing	zh	你们是不是把别人的快递寄给我了？收件人名字对的，可里面是一箱狗粮，我家没养狗
wrong_or_missing	zh	手机支架少了一个吸盘，包装里只有底座和夹子
wrong_or_missing	zh	焦糖色的马丁靴我下的单，来了一双黑色的，鞋盒标签也是黑色
wrong_or_missing	zh	亲，满减活动送的保温杯没收到
wrong_or_missing	zh	买了一套厨房收纳架，少了两根横杆，装不起来
wrong_or_missing	zh	香水我拍的是"白茶"味的，收到的是"无花果"，外盒贴的也是无花果的标签
wrong_or_missing	zh	亲子装买的一大一小两件，只来了大人的，孩子那件没有
wrong_or_missing	zh	键盘有了，鼠标没有，我买的是键鼠套装啊
wrong_or_missing	zh	吸奶器的储奶瓶和喇叭罩都没有，就一个主机和一根管子
wrong_or_missing	zh	奶粉买的是三段，你们发了二段过来，宝宝已经一岁半了
wrong_or_missing	zh	客服你好，我下单的时候选的是"火焰红"，收到是玫红色的，标签印的是玫红，是仓库拿错了吧
wrong_or_missing	zh	这个窗帘我量好尺寸买的2.5米宽，送来的是2米的，包装上的标签写着2米
wrong_or_missing	zh	订单里的猫抓板没发，其他都到了，也没说缺货
wrong_or_missing	zh	说好的买三盒送一盒，我只收到了三盒
wrong_or_missing	zh	我要的是Type-C接口的充电线，收到的是苹果接口的
wrong_or_missing	zh	宝，蛋糕收到了，但是蜡烛和刀叉都没有，页面写着都送的
wrong_or_missing	zh	亲 漏发 电热毯的控制器没有 插不上电
wrong_or_missing	zh	拍的4包纸尿裤，来了2包，物流也只有一个单号
wrong_or_missing	zh	香薰机的说明书和电源适配器都没有
wrong_or_missing	zh	买的加湿器是白色的，怎么来了个粉的，订单上写得清清楚楚是白色
wrong_or_missing	zh	给我发错尺码了，我拍的是2XL，结果收到的是M
wrong_or_missing	zh	你们是不是少发了东西？我买了12包螺蛳粉，箱子里只有10包
wrong_or_missing	zh	收到的狗绳是小型犬的，我下的是大型犬款，我家金毛根本用不了
wrong_or_missing	zh	眼影盘是对的，但是配的刷子没有，页面上写着附赠双头刷
wrong_or_missing	zh	订单 XHS2024070855 发错东西了，我的是洗发水，收到的是沐浴露
wrong_or_missing	zh	拆开一看是件格子衬衫，我买的是纯色的，货号都对不上
wrong_or_missing	zh	我买了两个颜色的保鲜盒，收到两个都是一样的蓝色，绿色的没有
wrong_or_missing	zh	发错了 退不退你们说
wrong_or_missing	zh	乐高套装少了一包零件，第6号袋找不到，拼到一半没法拼了
wrong_or_missing	zh	我买的猫砂是豆腐猫砂，收到的是膨润土的，我家猫只用豆腐砂
wrong_or_missing	zh	咖啡豆我选的是研磨好的粉，你们发来的是整颗豆，我家没有磨豆机
wrong_or_missing	zh	家人们 我买的是一对耳钉 盒子里只有一只
wrong_or_missing	zh	你好，下单时加购的刻字服务没做，手链上是空白的，我付了刻字的钱的
wrong_or_missing	zh	我要的是粉底液的象牙白，你们寄成了自然色，这个颜色我用会发黄
wrong_or_missing	zh	三件套的护肤礼盒里少了爽肤水，只有洁面和面霜
wrong_or_missing	zh	收到的是两只左脚！！两只都是左脚！！
wrong_or_missing	zh	订单里买的是两盒月饼，只发来一盒，另一盒呢
wrong_or_missing	zh	收到货了，但颜色错了，我买的是奶茶色，你们发的是卡其色，包装袋上写着卡其
wrong_or_missing	zh	宠物窝的垫子没有，只有一个窝的外壳
wrong_or_missing	zh	你好 我收到的钢化膜是iPad的尺寸 我买的是手机的
wrong_or_missing	zh	这是发错了还是缺货换了？我买的是A款的连衣裙，收到B款的，也没人通知我
wrong_or_missing	zh	拍的是 500g 的蜂蜜，收到的罐子上印着 250g
wrong_or_missing	zh	婴儿推车的遮阳棚没装在箱子里，其他零件都在
wrong_or_missing	zh	发货单写着送试用装，我一个都没看到
wrong_or_missing	zh	我的快递里装的是一盒茶叶，我买的是一盒咖啡胶囊啊
wrong_or_missing	zh	买的是大号猫抓板，收到的是小号，比我家猫还小
wrong_or_missing	zh	我订的牛仔外套是浅蓝色的，来了件深蓝色的
wrong_or_missing	zh	颜色对了款式也对了，就是少了一根腰带，模特图和详情里都写了配腰带
wrong_or_missing	zh	我买的是三个装的收纳盒，结果只有两个，盒子上印着"3只装"
wrong_or_missing	zh	充电宝到了，但是配的充电线没有
wrong_or_missing	zh	错了错了 不是这个 我买的是蓝色的
wrong_or_missing	zh	亲，碗碟套装写的是16件，我数了三遍只有14件，少了两个小碟
wrong_or_missing	zh	一箱橙子称了一下只有七斤多，下单的是十斤装，少了快三斤
wrong_or_missing	zh	香水小样的赠品没有，还有那个手提袋也没给
wrong_or_missing	zh	口罩我买的是儿童款，发成了成人款，孩子戴着大一圈
wrong_or_missing	zh	订单号 JD1029384756 少发了一瓶洗衣液，买的是两瓶装
wrong_or_missing	zh	你好 我收到的窗帘只有一片 我买的是一对两片的 物流单上写的也是两片 麻烦给补一下
# --- mismatch ---
mismatch	zh	尺码表上腰围写的是72，我拿软尺量只有66，按表买的穿不上
mismatch	zh	页面图里雾霾蓝是那种灰灰的蓝，收到是特别亮的天蓝色，差太远了
mismatch	zh	说是纯羊毛的，洗标上写着羊毛30%，腈纶70%
mismatch	zh	详情页写"无香精"，打开就一股很冲的香味，成分表里也有香精
mismatch	zh	图片上包包挺大的，说能装A4，实物连iPad都放不进去
mismatch	zh	描述写的实木，拆开是颗粒板贴皮的
mismatch	zh	这个焦糖色跟我在图上看到的不一样，图上是暖暖的棕，实物偏红，像酱色
mismatch	zh	说好的五件套，结果"五件"里有两件是包装盒和说明书？这不是文字游戏吗
mismatch	zh	你们这个空气炸锅只卖一个规格，页面写5L，内锅刻度只到3.5L
mismatch	zh	亲，你们模特图上的裙子到小腿，我一米六穿着才到膝盖上面，尺码表裙长写的也不对
mismatch	zh	货不对板
mismatch	zh	宣传页写的续航30天，实际三天一充，你们这是虚标吧
mismatch	zh	说是有机棉婴儿服，吊牌上根本没写有机棉，就是普通的棉
mismatch	zh	防晒页面写SPF50+，收到的管子上印的是SPF30
mismatch	zh	燕麦色实物发粉，我专门挑这个色配沙发的，跟图片完全两回事
mismatch	zh	浴室地垫页面写"吸水速干"，踩上去水还是一滩一滩的，一点都不吸
mismatch	zh	不是我说，你们这个大码也太小了吧，尺码表说2XL适合160斤，我140斤都扣不上扣子
mismatch	zh	说的是全麦面包，配料表第一位是小麦粉，全麦粉排在第四，这叫全麦？
mismatch	zh	图片上的狗窝看起来又软又厚，实物很薄，狗狗躺上去就塌了
mismatch	zh	你们这个手链说是S925银，拿到金店检测说是合金
mismatch	zh	页面写"适用于13-15寸笔记本"，我14寸的电脑根本塞不进这个电脑包
mismatch	zh	说是"显瘦直筒裤"，到手是阔腿的，版型完全不是图上那样
mismatch	zh	亲，这个香水详情页写是淡香精EDP，瓶子上印的是淡香水EDT
mismatch	zh	实物的蓝比图片深了好几个度 根本不是图片上那种天空蓝 你们拍照是开了美颜吧
mismatch	zh	宝贝描述写的"婴儿级A类面料"，吊牌上写的是B类
mismatch	zh	这款鞋子页面写"正码"，我37的脚买37，前面还空出一指，明显偏大
mismatch	zh	页面说充电宝是 20000 毫安，背面标注写的是额定容量 10000mAh
mismatch	zh	你们图上的猫爬架有一米五，到手量了才一米出头
mismatch	zh	说好的"不掉色"，第一次洗就把一盆水染成红色了，跟描述完全不符
mismatch	zh	详情页写了"可微波炉加热"，饭盒底部印着"不可入微波炉"，到底听谁的
mismatch	zh	说好的是陶瓷内胆，收到是不粘涂层的，这跟页面写的不一样
mismatch	zh	这个保温杯页面写的保温12小时，杯底标签写的是保温6小时
mismatch	zh	你们描述的"原切牛排"，包装背面写着"调理牛排"，配料里还有各种添加剂，这不是欺骗吗
mismatch	zh	牛油果绿是我要的颜色没错，可详情页上是那种浅浅的黄绿，实物绿得发黑，像墨绿
mismatch	zh	挂脖风扇页面写的"无叶设计"，收到是有扇叶的，还会夹头发
mismatch	zh	尺码表说36码脚长230，我脚长228穿36根本塞不进去，你们尺码表是照着哪个鞋测的
mismatch	zh	我按照详情页说的"偏小一码建议拍大一码"拍了L，结果大得像麻袋
mismatch	zh	图片里的四件套是那种有光泽的天丝，收到的摸起来就是普通磨毛布
mismatch	zh	说的是大块冻干，收到的都是碎渣和粉末，根本不是图片那样一块块的
mismatch	zh	页面写"纯天然无添加"，配料表里有防腐剂山梨酸钾
mismatch	zh	我买的是页面上那种纯色的，到手有暗纹，图片上完全看不出来
mismatch	zh	这款眼影盘试色图上超级显色，实际上手淡得几乎看不见，刷三层都不显
mismatch	zh	详情页写的是16色，这盘眼影数了一下只有12格
mismatch	zh	说是"全包边防摔"，这个平板壳四个角都是空的，根本没包
mismatch	zh	鞋子实物比图片的鞋头尖很多，图片上是圆头的
mismatch	zh	我身高165按你们客服的尺码推荐买的M，结果袖子长出一大截，这推荐一点都不准
mismatch	zh	页面说是"无缝内衣"，收到的两边都有缝线，还硌得慌
mismatch	zh	描述说"适合3-6岁"，我家4岁的孩子坐上去膝盖都顶到了，这明显是给两岁孩子的尺寸
mismatch	zh	视频里展示的加湿器出雾量特别大，我这个开到最大就一缕小烟，跟宣传差太多
mismatch	zh	介绍写"真皮头层牛皮"，内标写的是二层皮
mismatch	zh	详情页上写的产地是日本，盒子上印着中国制造
mismatch	zh	亲，页面写猫粮"无谷配方"，配料表第三位就是玉米
mismatch	zh	图片上的窗帘说是遮光率99%，收到了拉上以后屋里还是亮堂堂的
mismatch	zh	这个连衣裙图片上是有内衬的，收到是单层的，透得很
mismatch	zh	宣传写的"一键自清洁"，根本没有这个键，说明书上也没有这个功能
mismatch	zh	详情页模特穿的是宽松版型，到手是修身的，我是看到"宽松"这个描述才买的
mismatch	zh	标题写着"2斤装"，包装袋上印着750g，秤了一下也只有一斤半
mismatch	zh	这个行李箱页面标注20寸可登机，我量了一下有22寸，航空公司说超了
mismatch	zh	说是竹纤维的毛巾，洗标上写的全是聚酯纤维
mismatch	zh	我就想问你们的图是实拍吗？杯子图上是哑光磨砂的，我收到的是亮面的
mismatch	zh	页面说"加长款，过膝"，我穿上才到大腿中间
mismatch	zh	说好的机械键盘，拆开看是薄膜的，根本没有轴
mismatch	zh	婴儿湿巾描述"80抽"，我数了一包只有60张
mismatch	zh	宣传图上的拖鞋底有5cm厚，实物也就2cm，踩着硌脚
mismatch	zh	详情页里T恤的印花是刺绣的，收到是那种一洗就掉的烫印
mismatch	zh	尺码表不准！照着量了三遍选的码，肩膀窄了一大截
mismatch	zh	商品标题写的"正品授权"，拿到专柜比对，logo字体都不一样，包装也不对
mismatch	zh	颜色写的"奶咖色"，寄来的接近土黄色，跟图片差距很大
mismatch	zh	页面写的1.5米宽，窗帘实测才1.3米
mismatch	zh	洗面奶页面说氨基酸温和配方，我看成分表前几位是皂基
mismatch	zh	你们视频里的拖把能360度旋转，我这个只能前后动
mismatch	zh	说是"实心黄铜"的门把手，拿到轻飘飘的，刮开看里面是锌合金
mismatch	zh	我想说你们详情页的"真人实拍"真的夸张了，同一件卫衣我穿着就是没那种垂感，面料硬邦邦的
mismatch	zh	说是防蓝光的钢化膜，拿测试灯一照一点反应都没有
mismatch	zh	看图婴儿推车是可以平躺的，收到以后最多只能调到半躺，和视频里演示的完全不一样
mismatch	zh	薄荷绿不是这种绿吧 跟你们主图对比一下 明显偏蓝了 我是冲着主图颜色买的
mismatch	zh	这条牛仔裤图上是浅浅的水洗做旧，收到的是大面积发白，跟主图像两条裤子
mismatch	zh	页面写蓝牙音箱防水IPX7，包装盒上印的是IPX4
mismatch	zh	说好的100%桑蚕丝枕套，吊牌上写的是聚酯纤维和桑蚕丝混纺，桑蚕丝才占20%
mismatch	zh	详情页写的是一盒30包，我收到的盒子上印着20包装，包装设计也跟页面上的不一样
# --- usage ---
usage	zh	空气炸锅第一次用要空烧吗？要烧多久
usage	zh	烟灰色那件羊毛大衣可以用挂烫机熨吗，会不会烫出亮痕
usage	zh	亲，面膜敷多久拿下来？敷完要洗脸吗
usage	zh	扫地机器人怎么连wifi啊 app一直搜不到设备 不是坏了 就是连不上
usage	zh	猫粮一天喂多少？我家猫4公斤，包装上的表我没看懂
usage	zh	宝宝辅食机蒸完怎么切换到打泥模式
usage	zh	这个驱虫药体重5公斤的狗狗一次吃几片？多久吃一次
usage	zh	没坏啊，就是不知道那个加湿器的水箱盖怎么打开，拧了半天
usage	zh	破壁机做豆浆要不要先泡豆子？用哪个程序
usage	zh	请问粉底液要摇匀再用吗，刚挤出来有点水油分离
usage	zh	做旧款的皮夹克可以用皮革护理油吗？会不会把做旧效果擦掉
usage	zh	电热毯可以水洗吗？控制器要拆下来吧
usage	zh	吸奶器的档位怎么调，我刚开始用，吸着有点疼
usage	zh	咋用啊这个充电宝 两个口哪个是输入哪个是输出
usage	zh	蜂蜜结晶了是正常的吗？怎么让它化开，能用微波炉热吗
usage	zh	卸妆油怎么乳化？我用完脸上总感觉油油的
usage	zh	新买的铸铁锅要开锅吗？步骤是什么
usage	zh	智能台灯可以定时关吗？在哪里设置
usage	zh	亲，真丝睡衣怎么洗？手洗用什么洗涤剂
usage	zh	猫砂多久要全部换一次？平时铲屎就够了吗
usage	zh	请问这个维C泡腾片一天吃几片，小孩可以吃吗
usage	zh	不是质量问题哈，只是键盘的灯光怎么换颜色，按Fn加哪个键
usage	zh	焦糖色的麂皮靴子沾了雨水有水印，怎么处理能恢复
usage	zh	奶粉冲好了能放多久？喝剩的能留到下一顿吗
usage	zh	开片釉的茶杯说是要养，请问怎么养？会不会越用裂纹颜色越深
usage	zh	蓝牙音箱怎么跟电视连？电视没有蓝牙的话有办法吗
usage	zh	亲 防晒霜要不要卸妆 我平时就洗面奶洗一下
usage	zh	电饭煲预约功能怎么用 想早上起来就有粥喝
usage	zh	狗狗牵引绳怎么调长短，那个按钮按下去是锁住吗
usage	zh	挂烫机第一次用要加什么水？自来水可以吗
usage	zh	宝宝湿疹膏一天擦几次，脸上能用吗
usage	zh	香薰机里面可以直接滴精油吗？要加多少水
usage	zh	平板保护套要怎么折成支架？折了几次都立不住
usage	zh	新买的四件套第一次洗要不要加盐固色？
usage	zh	吹风机有个冷风键，按住才出冷风还是按一下就行
usage	zh	你好，请问益生菌是饭前吃还是饭后吃，可以用热水冲吗
usage	zh	雾霾蓝的针织开衫老起静电，有没有什么办法，能用柔顺剂吗
usage	zh	智能手表怎么测血氧？找了半天没找到入口
usage	zh	咖啡豆开袋以后用夹子夹住就行吗，还是要倒进密封罐里
usage	zh	扫地机器人的拖布多久洗一次，可以机洗吗
usage	zh	亲亲，气垫的粉扑脏了怎么清洗，多久换一次
usage	zh	不是坏了，是我不会装，那个婴儿推车的前轮怎么卡进去
usage	zh	冻干可以直接喂还是要泡水？幼猫能吃吗
usage	zh	这个眼霜用量多少？黄豆大小还是米粒大小
usage	zh	保温杯一股塑料味，能用小苏打泡吗？泡多久合适
usage	zh	洗碗块是直接放进洗碗机还是要拆掉外面那层膜
usage	zh	亲 求个视频教程 猫爬架那个吊床不知道挂在哪
usage	zh	挂脖风扇怎么关灯啊，晚上亮着刺眼
usage	zh	这款叶黄素成人一天吃几粒？跟鱼油能一起吃吗
usage	zh	钢化膜贴完有气泡，怎么弄掉
usage	zh	真皮沙发用什么擦，能用湿巾吗
usage	zh	儿童餐椅的高度怎么调？说明书上的图看不懂
usage	zh	面霜早晚都能用吗？白天用完要再涂防晒吗
usage	zh	买的螺蛳粉怎么煮啊，酸笋包要先放吗哈哈
usage	zh	新机械键盘的键帽怎么拔下来清洗
usage	zh	窗帘挂钩怎么装？是每隔几个褶挂一个吗
usage	zh	亲，宝宝退烧贴可以剪开用吗，一次贴多久
usage	zh	空气净化器的滤网怎么拆？多久换一次
usage	zh	麂皮的包包沾了油怎么办，有没有专门的清洁剂
usage	zh	冰箱除味盒怎么用，撕开上面那层膜就行吗
usage	zh	鼠标怎么调DPI啊，我感觉太灵敏了
usage	zh	电动牙刷刷头怎么拆，太紧了拔不下来，应该不是坏了吧
usage	zh	羊绒围巾起球了能用剃毛器吗，会不会剃出洞
usage	zh	这个染发膏要在头上停留多久？我头发到腰需要几盒
usage	zh	我刚买的全自动猫砂盆，铲屎模式怎么设置定时？
usage	zh	防蚊液小孩能用吗 多大的孩子能用 一次喷多少
usage	zh	亲 酸奶机做酸奶要发酵几个小时 用哪种菌粉
usage	zh	帆布鞋发黄了怎么洗白
usage	zh	刷酸的时候可以同时用维A吗，怕烂脸
usage	zh	卷发棒温度调多少合适？我头发比较细软
usage	zh	香水喷在哪里留香最久
usage	zh	电热水袋充电要多久？充电的时候能抱着吗
usage	zh	亲，那个多功能料理锅的蒸笼层怎么放，放上去盖子就盖不严了
usage	zh	唇釉怎么涂才不拔干，有没有什么小技巧
usage	zh	宠物饮水机的滤芯怎么换，多久换一次
usage	zh	乳胶枕能晒太阳吗？有点味道
usage	zh	婴儿奶粉勺是平勺还是满勺，一勺配多少水
usage	zh	洗衣凝珠直接丢洗衣机里还是放洗衣液盒里
usage	zh	平底锅可以用钢丝球刷吗？不粘层会不会刮坏
usage	zh	你好，这款鱼油是随餐吃吗？我在吃降压药能一起吃吗
usage	zh	这个投影仪怎么投屏 手机连上了但是没画面 应该不是坏了吧 是不是哪里没设置好
usage	zh	亲，做旧铜色的烛台表面有点绿绿的，是本来的效果吗？要怎么保养才不继续变色
# --- return_refund ---
return_refund	zh	退款到哪一步了
return_refund	zh	亲，连衣裙我穿着腰有点松，想换小一码的S，还有货吗
return_refund	zh	我已经把空气炸锅寄回去了，圆通 YT8830029174，显示你们仓库签收两天了，怎么还没退款？
return_refund	zh	仅退款申请了三天了，商家一直没处理，我要怎么办
return_refund	zh	那件大衣颜色太显老了，不是质量问题，能退吗？吊牌都在
return_refund	zh	退货的运费险赔了多少？我看寄回去花了15块
return_refund	zh	不要了 取消订单
return_refund	zh	我想问下退款是退到微信零钱还是银行卡，我当时是用信用卡付的
return_refund	zh	亲 宝宝长太快了 纸尿裤买的M码不合适了 没拆封的能换L码吗
return_refund	zh	退货单号已经填了，系统显示"等待商家收货"，你们收到了吗
return_refund	zh	已经退回给你们了，你们说签收了，可是退款状态还是"处理中"，都一个礼拜了！！
return_refund	zh	七天无理由过了吗？我签收是第六天，今天申请来得及吗
return_refund	zh	买了才发现家里已经有一个同款了，没拆封，能退吗？运费我出
return_refund	zh	请问换货寄回去要写什么备注吗？我换的是鞋码，37换38
return_refund	zh	亲，那双凉鞋我穿着不太舒服，磨脚后跟，想退，可以吗
return_refund	zh	我申请的是退货退款，结果手滑点成了仅退款，现在怎么改
return_refund	zh	退款一直显示"退款中"，银行说没有收到钱，能给我一个退款凭证吗
return_refund	zh	能退一部分吗 我买了五包猫粮 拆了一包 剩下四包想退
return_refund	zh	订单还没发货就想取消，点了取消按钮显示"商家处理中"，要多久能取消成功
return_refund	zh	你们给的退货地址是广州的，可发货地是义乌，我到底寄哪个？
return_refund	zh	不想要了，香水拆了塑封但没喷过，还能退吗
return_refund	zh	我的退货申请被驳回了，理由写的"商品影响二次销售"，我只是试穿了一下啊
return_refund	zh	亲，退款金额不对，我付了129，只退了99，是扣了什么钱吗
return_refund	zh	牛仔裤腰围合适但裤长太长了，能换个短款吗
return_refund	zh	宝，那个窗帘我量错尺寸了，买小了，能不能换大一号的？我补差价
return_refund	zh	上门取件预约了没人来，退货要怎么寄
return_refund	zh	我想退货，但是包装盒扔了，还能退吗
return_refund	zh	退款已经到账了，但是优惠券没退回来，满减券还能用吗
return_refund	zh	可以换颜色吗 黑色穿着显老 想换焦糖色
return_refund	zh	亲，我买了两件，退一件的话满减优惠怎么算，会不会扣钱
return_refund	zh	请问退货要走哪个快递？能不能用顺丰到付
return_refund	zh	售后申请提交了，审核要多久
return_refund	zh	退钱
return_refund	zh	订单号 20240812993015，我申请的退款说是1-3个工作日到账，现在已经第五个工作日了还没看到
return_refund	zh	我收到的面膜没问题，就是我皮肤用了有点刺痛，不适合我，剩下没拆的能退吗
return_refund	zh	宝贝拍错了，应该买大人的，我拍成儿童的了，还没拆包装，能换吗
return_refund	zh	亲，换货申请的"换货原因"我要选哪个？我就是尺码不合适
return_refund	zh	那个扫地机器人太高了钻不进我家沙发底，没拆封，能退吗
return_refund	zh	婴儿推车太重了我一个人抬不动，想退，包装都还留着，麻烦给个退货流程
return_refund	zh	退货的快递被退回来了，说你们的仓库拒收，怎么回事
return_refund	zh	我已经退货了，退款却退到了我已经注销的银行卡，现在钱去哪了
return_refund	zh	请问申请退款以后还能撤销吗？我又想要了
return_refund	zh	退款审核通过了吗？申请好几天没动静
return_refund	zh	鞋子不跟脚，走路老掉，不是质量问题，就是脚型不合适，能换小半码吗
return_refund	zh	买的两瓶防晒，想退一瓶没开封的
return_refund	zh	拍下后发现地址填的是老家的，干脆不要了，取消吧
return_refund	zh	亲亲 我退回的快递单号是中通78834455120 麻烦查收后尽快退款
return_refund	zh	能帮我把退货退款改成换货吗？还是想要这件，换个M码
return_refund	zh	我不喜欢这个雾霾蓝，上身显脸黄，能不能换成白色
return_refund	zh	退货的时候吊牌不小心剪了，还能退吗
return_refund	zh	你们说质量问题退货包邮，那运费是我先垫付还是直接到付
return_refund	zh	退款退了吗
return_refund	zh	想问问退货寄回去的时候，赠品也要一起寄回吗
return_refund	zh	拍了两个尺码想试试，不合适的那个现在退，怎么申请
return_refund	zh	我的退款显示"已完成"，但是花呗账单里还是有这笔，什么时候能抵扣
return_refund	zh	刚付款就后悔了，马上帮我取消，谢谢
return_refund	zh	亲 我的换货单一直显示"待商家确认"，三天了
return_refund	zh	茶叶拆了一小包喝了，觉得口感不是我喜欢的，其他没开的能退吗
return_refund	zh	你好，请问退货后多久给我退款，有没有时间承诺
return_refund	zh	买多了，猫砂退三包可以吗，没拆的
return_refund	zh	大衣袖子有点长，你们能帮忙改吗？不能改的话我就换个小一号
return_refund	zh	申请退款的时候选错原因了，选成了"质量问题"，其实是不想要了，要重新申请吗
return_refund	zh	我想退货，但是我人在国外了，退回国内仓怎么寄，费用怎么算
return_refund	zh	钱什么时候退给我啊？？？东西你们都收到一周了
return_refund	zh	亲，退货需要拍照吗？要拍哪些地方
return_refund	zh	这件卫衣我穿着太短了，露腰，想换长款的
return_refund	zh	请问一下我的退款是不是被漏掉了，售后单 SH20240605017 一直显示"退款处理中"
return_refund	zh	电热毯我买了双人的，其实单人就够了，没拆封能换单人的吗，差价退我
return_refund	zh	已经同意退货了，退货地址在哪看？
return_refund	zh	我想换个色号，这个粉底液色号太白了，只试了一次
return_refund	zh	取消订单了还没退款，是不是要手动申请
return_refund	zh	退货物流显示已签收，能先给我退款吗，不用等验货了吧
return_refund	zh	拍了加大码，结果太宽松了，想退
return_refund	zh	我是在直播间买的，退货也是在直播间申请吗？还是找店铺客服
return_refund	zh	宝 你们这退货流程我走了一半卡住了 填快递单号那一步提交不了
return_refund	zh	送人的礼物对方不喜欢，能退吗？或者换成别的东西
return_refund	zh	商家您好，我的退款申请已超过48小时未处理，请尽快审核，订单尾号 6623
return_refund	zh	我想把这个黑色的换成烟灰色，不是质量问题，就是更喜欢烟灰色，可以吗
return_refund	zh	这个蓝牙音箱送给我爸，他说用不惯不想要了，还在七天内，怎么退
return_refund	zh	换货的新鞋到了还是不合脚，能直接退款吗
return_refund	zh	你好我想问一下就是我上周退回去的那个加湿器你们收到没有啊收到了的话什么时候退钱我这边一直没看到
# --- complaint ---
complaint	zh	你们客服到底几点上班？我早上八点发的消息，现在下午三点了一个字都没回
complaint	zh	投诉
complaint	zh	机器人回复了十遍"亲亲请稍等"，我要人工！人工！
complaint	zh	我就问一个很简单的问题，你们客服直接回我"自己看详情页"，这态度？
complaint	zh	昨天那个客服答应给我打电话回访，今天一天了手机都没响，你们说话是不算数的吗
complaint	zh	你们规定拆了包装就不退，那我不拆怎么知道合不合适？这规定谁定的
complaint	zh	我已经在小红书发了笔记，把你们的聊天截图都放上去了，大家都看看你们什么服务
complaint	zh	麻烦给我一个主管的联系方式，我跟你们客服沟通不了
complaint	zh	说好的"假一赔十"，现在又说要我自己去鉴定，鉴定费还要我出，你们这是在搞笑吧
complaint	zh	呵呵，又是"已记录，会尽快处理"，您这"尽快"是按年算的吗
complaint	zh	我打你们的400电话，转了五次人工，最后还给我挂了
complaint	zh	你们这个售后流程是故意设计得这么复杂的吧，就是想让人放弃
complaint	zh	商家承诺的48小时内回复，我等了四天，我已经向平台申请介入了
complaint	zh	客服说"这个不归我管"，那归谁管？你们到底有没有一个管事的
complaint	zh	我好心提醒你们详情页有错别字，客服还怼我说我看不懂，真的服了
complaint	zh	已经打12315了，工单号发你们，自己看着办
complaint	zh	我不要你们的无门槛5元券，我要的是一个态度
complaint	zh	每次一问到关键问题就开始装没看见，换个话题就秒回，真的绝了
complaint	zh	你们的客服能不能先把我的问题看完再回复？我说了三遍了订单号
complaint	zh	我会在评论区提醒大家避雷你们家，售后就是摆设
complaint	zh	为什么我的评价被删了？说真话就要删？
complaint	zh	这家店的客服是我见过最差的，问什么都是模板回复
complaint	zh	你们再这样踢皮球我就找媒体了
complaint	zh	我是会员，会员不是有专属客服吗？找了半天一个人都没有
complaint	zh	给我打电话推销的时候你们挺积极，有问题找你们就找不到人
complaint	zh	说要核实，核实了一个礼拜，到底有没有在核实
complaint	zh	我要投诉今天下午接待我的客服7号，全程不耐烦，还说"爱买不买"
complaint	zh	昨天的客服明明白白说了可以给我补偿，今天换了个人就说"没有这个政策"，你们内部是不沟通的吗
complaint	zh	节假日就没人管了是吗，从初一问到初五没一个人回
complaint	zh	我真的是无语了，你们能不能有一个人把事情从头跟到尾
complaint	zh	平台客服已经介入了，你们现在才来找我？早干嘛去了
complaint	zh	态度差
complaint	zh	你们客服发的表情包什么意思？嘲讽我吗？
complaint	zh	每次都让我重复描述一遍问题，你们没有记录吗？我已经说了四遍了
complaint	zh	我不是来听你们道歉的，道歉没用，我要的是有人负责
complaint	zh	下单前客服热情得不得了，付完钱就不理人了，现实得很
complaint	zh	我被你们店铺拉进黑名单了？连下单都下不了，就因为我上次给了个中评？
complaint	zh	好评返现说好的不给就算了，还威胁我不改评价就拉黑，这种操作我第一次见，已截图
complaint	zh	你们的客服电话永远占线，留言也没人回，请问你们是怎么做生意的
complaint	zh	你们客服的回复全是错别字，连问题都看不懂就乱回
complaint	zh	找你们比登天还难，在线客服排队排到第87位
complaint	zh	你们的退换货规则写得模棱两可，客服每次解释都不一样，能不能写清楚点
complaint	zh	我要求你们公开道歉，你们客服在评论区回复我"自己不会用别乱评"，太过分了
complaint	zh	我已经向市场监管局反映了，你们好好想想怎么给我一个交代
complaint	zh	我家人打电话问售后，你们客服直接说"您这个年纪就别网购了"，这是什么话！
complaint	zh	我催了五次，每次都说"已经帮您加急了"，到现在一点进展没有，我不信你们真的有加急
complaint	zh	你们的规则说"退货运费自理"，可下单页面根本没提，这不是坑吗
complaint	zh	客服让我自己联系厂家，那我在你们店买东西干嘛
complaint	zh	说好的"售后无忧"，结果就是售后无人
complaint	zh	直播间主播说的"随便退"，现在客服说不行，主播说的不算吗？
complaint	zh	你们这样的服务迟早关门
complaint	zh	我给了差评之后你们客服天天打电话让我改，再打我就报警了
complaint	zh	人呢？？？人呢？？？有没有活人？？？
complaint	zh	我在你们店消费了上万块，结果连个正经回复都得不到，你们就是这样对待客户的？
complaint	zh	申请平台介入了，你们看着办吧，我不想再跟你们客服沟通了
complaint	zh	客服一直打太极，问什么都说"不清楚，帮您问一下"，问了一下午也没问出个结果
complaint	zh	你们的促销消息天天推，真有事的时候反而找不到人
complaint	zh	微信加了你们的售后号，三天了还没通过好友
complaint	zh	你们电话客服说话太快了，我问清楚一点就嫌我烦，直接挂了电话
complaint	zh	我是真的很生气，不是因为东西，是因为你们处理事情的态度
complaint	zh	12315、消协、平台，我一个都不会漏
complaint	zh	你们这客服是实习生吧？什么都不懂
complaint	zh	麻烦你们认真对待顾客的问题，不要每次都用话术敷衍
complaint	zh	请你们客服不要在我没同意的情况下擅自结束对话
complaint	zh	我在这里排队等了四十分钟，轮到我了客服说下班了让我明天再来
complaint	zh	你们凭什么规定"售后问题仅限签收后48小时内反馈"？别家都是七天
complaint	zh	要不是没办法我真不想再找你们，每次沟通都像在求你们
complaint	zh	我准备去消费者协会投诉你们虚假宣传和售后推诿，证据我都整理好了
complaint	zh	建议把你们这个客服开除，问三句回一句，还是答非所问
complaint	zh	你们就是欺负消费者不懂规则是吧
complaint	zh	你们客服居然让我去搜别家的店买，这是客服该说的话吗
complaint	zh	已经第三天了，我的留言还是"未读"状态
complaint	zh	我要求你们给我一个书面答复，不要再在电话里糊弄我了
complaint	zh	我刚刚说了要投诉你们的客服，你们现在倒是回复得挺快
complaint	zh	太敷衍了吧
complaint	zh	你们把"人工客服"按钮藏在哪儿了？我找了十分钟，点来点去都是机器人
complaint	zh	我就想说一句 你们客服说话能不能客气点 我也是花了钱的 不是来要饭的
complaint	zh	一个售后问题让我填三次表，每次还要上传身份证照片，你们这是售后还是审犯人
complaint	zh	你们的客服是按字收费吗？回个"嗯"就没下文了
complaint	zh	小红书私信不回 微信不回 电话不接 我只能在这里留言了 请问你们还有人管吗
# --- feedback ---
feedback	zh	面膜补水效果真的绝了，敷完第二天上妆都不卡粉，已回购三盒
feedback	zh	好评
feedback	zh	谢谢小姐姐耐心帮我查快递，虽然耽误了几天但是你们处理得真到位，五星走起
feedback	zh	空气炸锅用了半个月来反馈，做鸡翅外酥里嫩，就是容量小了点，三口之家有点不够
feedback	zh	雾霾蓝太温柔了吧！！穿上被同事夸了一天😭
feedback	zh	建议你们的猫粮出个小包装的试吃装，我家猫挑嘴，大包买回来不吃就浪费了
feedback	zh	东西挺好的，就是快递包装有点简陋，希望下次能多包两层
feedback	zh	中评吧，性价比一般，同价位能买到更好的
feedback	zh	做旧的效果很自然，一点都不假，复古风爱好者狂喜
feedback	zh	焦糖色那双靴子绝了，秋冬配大衣太有味道了，已经推荐给闺蜜
feedback	zh	给你们的售后点赞，换货很快，新的已经收到了，没毛病
feedback	zh	说实话不太满意，螺蛳粉的酸笋太少了，味道也没有别家的浓，一星
feedback	zh	收到货了，孩子很喜欢这个餐椅，吃饭终于不乱跑了哈哈，谢谢推荐
feedback	zh	客服小哥太可爱了，说话好温柔，问题也解决了，给你们加鸡腿🍗
feedback	zh	用了一整瓶才来评价，痘痘少了很多，闭口也没了，真心推荐
feedback	zh	yyds！这个价格买到这么好的四件套，太值了
feedback	zh	物流超快，头天晚上下单第二天中午就到了，好评
feedback	zh	提个小建议：说明书字太小了，我爸妈看不清，能不能出个大字版或者视频教程
feedback	zh	宝贝质量没得说，就是颜色比我想象的浅一点点，不影响，四星
feedback	zh	开片釉的茶壶太有味道了，泡了一周茶，纹路慢慢变了颜色，越养越好看
feedback	zh	差评，香味太刺鼻了，用了头疼，不会再买
feedback	zh	第一次在你们家买，体验很好，包装里还有手写卡片，好暖心
feedback	zh	给你们写了追评，用了三个月，吹风机还是很好用
feedback	zh	谢谢谢谢，补发的已经收到了，没问题了
feedback	zh	希望出一款无香的，我对香味有点敏感
feedback	zh	猫咪超爱这个猫抓板，天天在上面睡觉，都不抓沙发了😂
feedback	zh	整体还可以，就是价格有点贵，如果能打个折就更好了
feedback	zh	分享一下，我用这个破壁机做了豆浆、米糊、果汁，都挺好，清洗也方便
feedback	zh	火焰红的行李箱太显眼了，在机场转盘上一眼就能认出来，很喜欢
feedback	zh	家人们这家的冻干真的可以，我家两只猫抢着吃
feedback	zh	不太推荐，穿了两次就感觉版型有点垮了，性价比不高
feedback	zh	跟你们说一声，上次的问题处理得很满意，已经把差评改成好评了
feedback	zh	建议详情页多写点成分说明，敏感肌选购的时候方便点
feedback	zh	香水的留香挺久的，一整天都还有淡淡的味道，很喜欢这个味
feedback	zh	收到货很惊喜，比图片还好看！
feedback	zh	四星，扣一星是因为快递慢了
feedback	zh	谢谢
feedback	zh	这次买的咖啡豆烘焙度刚刚好，酸度不高，我很喜欢，会回购
feedback	zh	用了一周，感觉一般，没有宣传的那么神奇，但也没啥问题
feedback	zh	客服处理问题很专业，一下就找到原因了，谢谢你们～
feedback	zh	给你们提个意见，发货能不能用环保一点的胶带，拆起来太费劲了
feedback	zh	这条做旧水洗的牛仔裤颜色很正，上班周末都能穿，好评
feedback	zh	宝宝用了这个湿疹膏三天就好多了，真的很感谢
feedback	zh	这个狗绳很结实，我家哈士奇拽都拽不断，推荐给大狗家长
feedback	zh	评价：物美价廉，已推荐给同事
feedback	zh	给个五星，希望你们一直保持这个品质
feedback	zh	这款防晒不油不闷痘，夏天用刚好，就是有点假白，希望改进一下配方
feedback	zh	实话说这个价格能买到这种品质挺难得的
feedback	zh	我觉得你们应该出个情侣款，我和男朋友都想要
feedback	zh	月饼很好吃，送给客户都说好，明年还找你们订
feedback	zh	亲，谢谢你们多送的两包猫条，主子很满意
feedback	zh	用过最好用的一款粉底液，持妆一整天不脱妆
feedback	zh	差评，不是质量问题，是真的不好看，上身很显胖
feedback	zh	为了你们家客服我也会回购的，太贴心了
feedback	zh	扫地机器人扫得挺干净，就是有点吵，晚上用不太行
feedback	zh	第二次买了，还是那么好吃，牛肉干嚼劲十足
feedback	zh	建议增加一个到货提醒功能，缺货的时候可以登记，有货了通知我
feedback	zh	给个一星吧，这个色号真的不适合黄皮，涂上去像生病了一样
feedback	zh	追加评价：洗了五次没缩水没掉色，当初犹豫要不要买真是多余
feedback	zh	你们的包装真的很用心，每一个都单独包好了，送人很有面子
feedback	zh	整体满意，唯一的遗憾是没有我喜欢的薄荷绿，希望以后能出
feedback	zh	原来你们是一家小店，看了老板写的小卡片很感动，会一直支持的
feedback	zh	夏天用的凉席很凉快，就是有点味道，晾了两天就没了，好评
feedback	zh	之前担心是假货，收到后去专柜对比了一下，是正品，放心了，好评
feedback	zh	给你们点赞，退货退款特别快，下次还会来买
feedback	zh	就那样吧，没什么惊喜，估计不会回购
feedback	zh	香薰味道好清新，放在卧室睡得特别好
feedback	zh	这个加湿器静音效果很好，放床头一点都不吵
feedback	zh	宝宝第一次用这个奶嘴就接受了，太好了，谢谢推荐
feedback	zh	我想说一句，你们家的商品详情页做得是我见过最详细的，点赞
feedback	zh	不吹不黑，这个键盘手感一般，但是颜值很高
feedback	zh	作为一个挑剔的人，我给这个茶叶打9分
feedback	zh	希望客服能早点上班，有时候早上问问题要等到十点，其他都挺好
feedback	zh	点赞👍
feedback	zh	之前有点误会，谢谢你们耐心解释，现在东西用得很好
feedback	zh	这个价位的充电宝能做成这样已经很不错了，就是有点重
feedback	zh	推荐！洗完头用这个护发精油头发顺滑了好多
feedback	zh	送给我妈的电热毯她很喜欢，说比以前那个暖和多了
feedback	zh	可以的，比预期好
feedback	zh	提个建议，纸尿裤能不能出个试用装，新手妈妈不知道宝宝适合哪个码
feedback	zh	xswl 猫咪一看到这个逗猫棒就疯了，值得
feedback	zh	挑了好久的窗帘，装上之后效果超出预期，遮光也很好
feedback	zh	用了一个月了来说说 这个电动牙刷刷得很干净 就是震动有点麻 习惯了就好 总体推荐
# --- presale ---
presale	zh	有货吗
presale	zh	亲，这款连衣裙有没有S码？我一米五五，九十斤
presale	zh	这个空气炸锅是几升的？一家四口够用吗
presale	zh	请问可以寄到澳洲吗？运费多少，多久能到
presale	zh	猫粮是哪里产的？适合几个月的小猫
presale	zh	焦糖色和奶茶色哪个更显白？我是黄一白
presale	zh	今天下单今天能发吗？想周六之前收到
presale	zh	两件打几折啊，我和闺蜜一起买
presale	zh	你们家四件套是全棉的吗？会不会起球掉色
presale	zh	这两款电热毯有什么区别？一个贵五十块钱
presale	zh	孕妇能用这个面霜吗？有没有水杨酸
presale	zh	请问这个婴儿推车能上飞机吗？折叠后多大
presale	zh	有没有雾霾蓝的？图上没看到
presale	zh	买的话会送什么赠品吗
presale	zh	亲，牛仔裤冬天穿会不会冷，有没有加绒的版本
presale	zh	这个充电宝能带上飞机吗？多少毫安
presale	zh	你好，想给我爸买双鞋，他平时穿42的皮鞋，你们这个运动款选多大
presale	zh	这个茶叶是今年的新茶吗？保质期多久
presale	zh	在吗，618有活动吗
presale	zh	支持花呗分期吗？免息吗
presale	zh	做旧的那个款式是故意的对吧？不是瑕疵吧？想买又怕收到像旧货
presale	zh	敏感肌可以用这个卸妆油吗，会不会闷痘
presale	zh	请问扫地机器人能爬多高的门槛？我家有个两公分的
presale	zh	你们家的蜂蜜是纯的吗？有没有检测报告
presale	zh	寄到日本要交税吗？我在东京
presale	zh	图上那个"燕麦色"到底是偏米还是偏灰啊，有没有实拍图
presale	zh	宝宝6个月能用这个餐椅吗？
presale	zh	请问这个窗帘能定制尺寸吗？我家窗户是2.8米宽的
presale	zh	有没有学生优惠
presale	zh	这个加湿器卧室用会不会太吵？多少分贝
presale	zh	能不能今天先付定金，下个月再付尾款
presale	zh	螺蛳粉是几包装的？辣度可以选吗
presale	zh	你们的羊绒围巾是多少支纱的？跟别家便宜的有什么区别
presale	zh	这款手表能测血压吗？安卓手机能用吗
presale	zh	狗粮适合小型犬吗？我家是泰迪，三岁
presale	zh	库存还有多少？我想一次买十个
presale	zh	还会降价吗？想等等看
presale	zh	我脚宽，你们这双鞋会不会挤脚？要不要拍大一码
presale	zh	这款键盘是有线还是无线的？支持mac吗
presale	zh	现在买的话春节前能到吗？我在黑龙江
presale	zh	亲，雾霾蓝和奶白哪个更好搭配？我想买一件百搭的
presale	zh	有没有适合油皮的粉底液推荐？
presale	zh	咖啡豆可以帮忙磨成粉吗？我用的是手冲
presale	zh	这个蛋糕可以同城配送吗？明天下午能送到吗
presale	zh	请问你们家是品牌授权的吗？有授权书吗
presale	zh	收纳盒能叠放吗？每个多大尺寸
presale	zh	买三送一是同款才送吗，可以混搭吗
presale	zh	婴儿湿巾是含酒精的吗？新生儿能用吗
presale	zh	新疆能发吗？要补多少运费
presale	zh	亲，这个破壁机做辅食会不会很难清洗？
presale	zh	唇釉会不会粘杯？我每天要喝很多水
presale	zh	同一个款式为什么有两个价格？差在哪
presale	zh	会员有折扣吗？我之前买过两次
presale	zh	有没有实物视频？想看看上身效果
presale	zh	想问下这个拖鞋是什么材质的？洗澡能穿吗
presale	zh	最早什么时候能发货？我后天就出差了，想拍之前问清楚
presale	zh	这款猫砂结团吗？会不会带出很多
presale	zh	这个香薰是什么味道的？甜的还是木质调的
presale	zh	请问你们的月饼有没有无糖的？家里老人有糖尿病
presale	zh	这个行李箱20寸能登机吗？有几个轮子
presale	zh	如果买了不合适能退吗？是不是七天无理由
presale	zh	这个色号黄皮能用吗，会不会显黑
presale	zh	你们家的冻干是单一肉源吗？我家猫鸡肉过敏
presale	zh	能寄到学校吗？我们学校只能收EMS
presale	zh	两个颜色都想要，一起买能便宜多少
presale	zh	这个套装和单买加起来比，哪个更划算
presale	zh	这款投影仪白天能看清吗？流明多少
presale	zh	我想问问这个电饭煲内胆是什么涂层，会不会掉
presale	zh	能不能发中通？我们这边顺丰不送
presale	zh	这个枕头多高？我是侧睡的，合适吗
presale	zh	请问下单后多久发货，大概几天能到广州
presale	zh	有没有男款？想给我老公也买一件
presale	zh	亲，宠物饮水机多大容量？两只猫用够吗
presale	zh	尺码怎么选啊，我胸围90腰围72，平时穿M，你们家偏大偏小
presale	zh	你们的面膜和旗舰店的是一个批次吗？价格差挺多的
presale	zh	婴儿推车有没有现货？还是要预定
presale	zh	这个洗面奶是氨基酸的吗？男生能用吗
presale	zh	能不能帮我留一件？我发了工资再拍
presale	zh	这款保温杯能装碳酸饮料吗？有没有小一点的容量
presale	zh	我想给公司年会买一百份礼品，有没有企业团购价
presale	zh	你好我想问一下那个火焰红的电煮锅还有没有货啊我看页面显示只剩两件了现在拍今天能发吗
presale	zh	还没下单，想问下烟灰色和米白的花瓶哪个更百搭，我家是原木风
# --- other ---
other	zh	发票
other	zh	您好，麻烦帮我开个增值税专用发票，公司信息我发您邮箱了，订单号 20240611873320
other	zh	地址写错了，小区名字打错一个字，还没发货的话麻烦改成"金色家园"
other	zh	手机号换了，以后联系我这个号 139xxxx2207
other	zh	早上好☀️
other	zh	你们店的会员积分是怎么算的？我上个月买的好像没加积分
other	zh	五一假期你们客服在不在？我怕到时候有事找不到人
other	zh	啊抱歉抱歉，刚刚那张截图是要发给我老公的，手滑了
other	zh	您好，我们是一家做宠物用品的工厂，想问问贵店有没有兴趣合作代工
other	zh	登录的时候一直提示"账号异常"，怎么解决
other	zh	订单还在打包中的话，能不能把收货地址从北京海淀改到天津滨海新区？我临时出差要过去
other	zh	发票抬头写错了，把"有限公司"漏了，能重开吗
other	zh	有人在吗
other	zh	我想取消你们的短信订阅，每天都发促销短信
other	zh	请不要再给我发营销邮件了，退订
other	zh	您好，我是一个美妆小博主，粉丝两万，想问问能不能寄样品置换一篇测评笔记
other	zh	账号被盗了，里面有我的收货地址和手机号，你们能帮我冻结一下吗
other	zh	收件人的名字写错了，应该是张晓梅不是张小梅，快递员会不会不给我
other	zh	请问你们是哪个公司的，我要写进报销单
other	zh	中秋节快乐呀，客服小姐姐辛苦啦
other	zh	电子发票没收到，是发到哪个邮箱了？
other	zh	请问你们有没有招聘仓库打包员
other	zh	我想换绑邮箱，旧邮箱已经不用了
other	zh	哈喽
other	zh	这个订单能不能开两张发票？我要分开报销
other	zh	请问能不能把快递换成京东？我们那边其他快递送不到家门口
other	zh	你们店的小程序打不开，一直转圈
other	zh	我想改一下账号昵称，在哪里改？
other	zh	不用回复了，问题已经自己搞定了
other	zh	打扰了，请问你们公众号的抽奖结果什么时候公布
other	zh	麻烦帮我把订单备注改一下，送货前先打电话
other	zh	我要开发票，个人抬头就行，邮箱 lin_xx@qq.com
other	zh	你们的客服电话是多少？我想打电话问
other	zh	请问这个店和你们另一个小红书店铺是一家吗
other	zh	我是做跨境物流的，想问问你们有没有海外仓需求，可以给你们报个价
other	zh	嗯嗯 收到 我等你们通知
other	zh	能把我从你们的微信群里移出去吗，消息太多了
other	zh	我之前在你们家留的收货地址有我家门牌号，能帮我删掉吗？不想留着
other	zh	订单是用我妈的账号下的，我想用我自己的账号查看订单，能转过来吗
other	zh	晚上好，随便问问，你们店是在哪个城市呀
other	zh	下单的时候忘了填门牌号，能帮我补上吗，是3单元702
other	zh	之前的问题解决了吗？哦不对，我发错窗口了
other	zh	帮我查一下我的会员什么时候到期
other	zh	我的优惠券过期了能不能帮我延期一下
other	zh	您好，我们学校社团想拉赞助，请问贵店有兴趣吗
other	zh	请问发票可以开"办公用品"吗
other	zh	不好意思，我是来问另一家店的，走错了
other	zh	你们微信客服号是多少？我想加一下
other	zh	麻烦帮我把收货电话改成座机号 021-xxxx8832
other	zh	我换了新手机，app里的订单记录全没了，怎么恢复
other	zh	👋在不
other	zh	实名认证一直不通过，身份证拍了好几次了
other	zh	请问你们家的企业微信怎么加？要开票加的
other	zh	元旦快乐！
other	zh	能把我的购物记录导出来吗？公司要报销明细
other	zh	收货地址里的"号楼"我写成了"栋"，会影响派送吗
other	zh	请问你们是个体户还是公司？能开公司抬头的发票吗
other	zh	这个聊天框怎么发图片啊，我发不出去
other	zh	取消订阅
other	zh	亲，你们直播是几点开始
other	zh	我想修改一下订单里的收件人，改成我同事，她帮我代收
other	zh	你们这边可以帮忙代发吗？我自己开了个小店，想做分销
other	zh	不好意思打扰，请问贵司人事部的邮箱是多少，我投个简历
other	zh	能不能把我的手机号从你们的营销名单里删掉
other	zh	发票上的金额能不能开成含运费的
other	zh	晚安～明天再来问
other	zh	在不在
other	zh	会员自动续费怎么关掉？我不想续了
other	zh	你好，我们是你们楼下的快递站，有个件电话打不通，收件人是你们公司的吗
other	zh	请问你们的营业执照地址在哪？我要核对一下发票信息
other	zh	亲，我的收货地址换了，以后发货都寄到新地址：杭州市西湖区文三路xx号
other	zh	这个账号是我老婆的，我借用一下问个事，不是本人别介意哈
other	zh	请问贵店是否接受媒体采访？我们在做一期关于小红书小店的专题
other	zh	税号填错了一位，发票能作废重开吗
other	zh	帮我把两个订单的收货地址都改成公司地址吧，都还没发货
other	zh	请问在哪里看我的积分兑换记录
other	zh	下单时用的是公司的地址，能不能改成家里的，公司周末没人
other	zh	我换了微信号，原来的售后群还能进吗
other	zh	请问开发票需要提供什么资料
other	zh	能帮我把手机号码中间四位隐藏吗？快递面单上不想露出来
other	zh	哈喽哈喽，第一次来，关注了
other	zh	那个 我想问下你们店铺的抽奖活动我中奖了 奖品要怎么领 要填什么信息吗
"""#
}
