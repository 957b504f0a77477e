// Labelled customer messages for the triage classifier, as tab-separated lines
// (category, language, text; `#` lines are comments). More English messages, written after the first set.
// Kept as a Swift string rather than a SwiftPM resource: embedding ~250 KB with `.embedInCode`
// took 145 s to compile here, the same text as a string literal 4 s.

extension ShippedTriageExamples {
    static let moreEnglish = #"""
# Aftercare triage examples, English supplement: more labelled customer messages for the message classifier.
# Same format and labelling rules as triage-examples.tsv (see its header): category<TAB>language<TAB>text, one example per line, language is en for every line here.
# Written as new messages (not paraphrases of triage-examples.tsv); each category section is mixed so every run of 5 lines is representative.
# --- not_received ---
not_received	en	Tracking 9400111899562837461023 says delivered to front porch on Saturday. There is no package on my porch. Order #XH-20931
not_received	en	NOT DELAYED. DELIVERED. SUPPOSEDLY. I DON'T HAVE IT.
not_received	en	where is it?? app says delivered 2 days ago, nothing here
not_received	en	lost?? the courier just told me on the phone they cant find my parcel anywhere. what now
not_received	en	Hello, I am writing from Valencia. The DHL page say my parcel is "delivered" but I never receive it, nobody ring the bell. Order 5531-ES. Please help me.
not_received	en	The courier's delivery photo is a parcel sitting next to a blue door. My door is white and I live on the 4th floor. Where did my air fryer go?
not_received	en	Royal Mail tracking RM482910375GB shows "Delivered" and signed by "NIGEL". I live alone and there is no Nigel. Could you raise a claim? It was a hair dryer.
not_received	en	Dear Sir/Madam, kindly note that consignment bearing AWB 4829103746 was shown as lost in transit by the courier on 14th. The same has not been received at our end. Kindly do the needful and arrange reshipment.
not_received	en	Not trying to be difficult, I know these things happen, but my order definitely didn't arrive. It's been marked delivered since the 2nd.
not_received	en	Hi po, my order of cat litter and the pet fountain showed delivered last Tuesday but I did not receive po. I asked the guard already, he said none. Pls help.
not_received	en	says delivered. it isnt. order 66190
not_received	en	Cainiao tracking LP00583920174622 ends with "delivered to pick-up point" but the pick-up point says they never had it and I never got a code. Order 8181 2039 4458 1120.
not_received	en	Hi there, USPS opened a missing mail search for my package and after 10 days they say it's lost. Order #40127, a pack of silicone baby bibs and a teether. How do we sort this out?
not_received	en	My sister's birthday present (the smoke grey cashmere scarf) was "handed to resident" according to tracking. She never got it. Neither did her flatmates.
not_received	en	i am so angry. third time this happens with couriers in my area. your parcel says delivered and its not here. I want it resent with signature required
not_received	en	The tracking page says "returned to sender - address unknown" but my address is correct and I've had dozens of packages here. I never got my rain boots and nobody contacted me.
not_received	en	Hello my friend, the package of dates and pistachio spread it is showing delivered in tracking but I am at home all day in Dubai and no one come. Please check with Aramex.
not_received	en	Hi, my Etsy order #3198274561 (embroidered linen tote) was supposed to come by the 8th. It's the 27th. Tracking has said nothing for 3 weeks and the carrier says they have no record of it after it left origin. I think it's lost for good.
not_received	en	4PX tracking 4PX3001298476553CN says delivered to the local post office in Quezon City a week ago but the post office says it's not there.
not_received	en	Delivered, apparently. To who?? Not to me.
not_received	en	Hi! Just a heads up that the rattan storage baskets I ordered never turned up. Delivered status since Friday. Could you look into it when you get a chance? Thanks!
not_received	en	Ordered 3 boxes of matcha KitKat and the spicy latiao for my kids, tracking says done, package nowhere. Checked the bins, the neighbours, the garage. Nothing.
not_received	en	Parcel for order #77-3021 got lost according to Yanwen (UF104857391YP). Their support says the claim has to come from the shipper. Can you open it please?
not_received	en	My order was delivered to the wrong house, the photo shows number 18 and I'm 81. Went over, nobody has it. The puffer vest is gone I guess.
not_received	en	Guten Tag, the parcel with the hiking boots (size 44) is shown as delivered to a Packstation since 6 days, but I have not got any pick-up code and the station has nothing for me. Order 30012-DE.
not_received	en	Can you please check the GPS location of the delivery? It says "delivered, left in safe place" but there's no safe place at my building. Missing item: the ceramic aroma diffuser.
not_received	en	Where's my parcel?? the marketplace says order complete and delivered but I have nothing. Do I open a "not received" case there or will you help me directly?
not_received	en	I was expecting the fire red enamel casserole last week. Now the carrier says the parcel was "damaged in the depot and disposed of". So I never got anything at all. What happens now?
not_received	en	My husband signed for "a package" but it turned out to be something else from another shop. Yours, the mascara and the lash serum, still says delivered and we don't have it.
not_received	en	marked delivered, not received, tracking 1Z8V7W450312678943. pls resend
not_received	en	The courier says they left it with my neighbour at no. 12. No. 12 is empty, it's been for sale since spring. So my order has vanished.
not_received	en	Tracking says delivered at 3:47am?? Who delivers at 3:47am. Nothing on my doorstep in the morning.
not_received	en	Parcel lost. DHL eCommerce confirmed the loss, case number 30029415. What do I need to send you for a replacement?
not_received	en	Mate the tracking's been showing "delivered" for a week and there's nothing here. Gonna need you to sort this out.
not_received	en	So Royal Mail say it was delivered to my "porch" - I live in a flat with no porch. Nothing in the post room either. It was the puppy harness and lead set, XS, lilac.
not_received	en	My doorbell camera shows no courier came all day, but at 5pm the status changed to delivered. I can send you the footage. Still no desk lamp.
not_received	en	It's been over two months. Your message said it shipped. I've emailed twice about tracking. Nothing ever came. I assume it's lost. Order: 2 packs of bamboo nappies, size 3.
not_received	en	hi i dont have my order. its says delivered on 12 may but i didnt get nothing. the blue light glasses
not_received	en	Order 201-8834021-5567312. Cat tree not received. Status delivered. Box is huge, I would have noticed lol.
not_received	en	Dear seller, it is more than 40 days since I ordered. The tracking CNUSUP00012345678 shows "delivered" in Ontario, California. I live in Ontario, CANADA. Please resend.
not_received	en	Hey so, the fast charger and the USB-C cables. Shows delivered. Not delivered. Not in my letterbox, not behind the bins, not at the depot.
not_received	en	The tracking says "Delivered - signature not required". I did not receive the parcel and want it investigated. Contents: SPF50 sunscreen x2, cleansing balm x1.
not_received	en	The courier told me the parcel fell off the van and they're "looking for it". That was 2 weeks ago. I think it's lost. Can you resend the pink claw clips?
not_received	en	Hi, the locker notification said my parcel was in locker 23. I opened it with the code and it was empty. The locker company says it was already collected. Not by me! Order #LK-5519.
not_received	en	Please help!!! The baby carrier was supposed to be here before we fly on Sunday. Tracking says it got delivered yesterday but it is NOT HERE.
not_received	en	Hello, I'm not sure who to ask. The WeChat mini program says my order was signed for, but I'm overseas and my family says no parcel came to the house in Guangzhou.
not_received	en	Is my order lost? Estimated delivery was March 3rd, today is April 9th, tracking shows nothing after "accepted by carrier" and the carrier says there is no further information.
not_received	en	My package has not arrived. It is showing as delivered in the post office of another town, 40km from me. I never chose that office. Order 11932.
not_received	en	not here. says here. ???
not_received	en	Parcel stolen from my doorstep, I saw a guy take it on camera twenty minutes after delivery. Police report filed. Can you help with a replacement? Order #55012, the hair wrap styler.
not_received	en	Hello good afternoon! So sorry to bother you. My grandma's order of the heated foot massager was marked delivered but she lives alone and she says nobody came. She's 82 and doesn't use email so I'm writing for her. She was really looking forward to it and she keeps asking me about it every day, and I honestly don't know what to tell her. Order 70321.
not_received	en	The tracking has "delivery exception - package lost" on it. Please send the linen duvet cover again, same size (double, oatmeal).
not_received	en	It's not late, it's MISSING. Tracking says it was delivered last Thursday. Please stop telling me to wait.
not_received	en	I'm the one who messaged on Monday. Still no parcel. Tracking still says delivered on the 1st and the postman says he never had anything for my address.
not_received	en	My package was delivered to an address in Texas, I live in Ohio. The zip code on the tracking isn't mine. Order 33021, wireless charging pad.
not_received	en	Hi, tracking for my dog food order (2x 2kg grain-free salmon) says "delivered to customer" but I'm the customer and I don't have it.
not_received	en	Sorry, me again. Checked with every neighbour on the street as you suggested, nobody has my parcel. The scented candle set must be lost somewhere.
not_received	en	order never arrived, tracking says delivered to mailroom. mailroom says no. building manager says no. i say refund
not_received	en	Hello, my order 240612KX8819 on Shopee says received, but I never clicked received and I never got the parcel. It auto-completed. I have nothing.
not_received	en	Good evening, I ordered the burnt orange throw blanket for my mum, it shows delivered to her address on the 3rd. She has not received it. She checked with the concierge too.
not_received	en	You said it would be here in 10 days. It's day 45. I'm done waiting, it's obviously lost. Refund or resend.
not_received	en	The post office left a "we tried to deliver" card, then the tracking says delivered?? No parcel, no second attempt. Order 10283 (the charcoal wool coat, size S).
not_received	en	Hi, I'm in Riyadh. Tracking for SMSA says shipment delivered to "Mohammed" but I am the only one receiving at this address and I did not sign anything. Please I need my order, the abaya in size 56.
not_received	en	The parcel was sent to my old address even though I updated it before you shipped (I have your reply confirming it). The new people there say they never got it. So I still don't have my order.
not_received	en	Honestly this is the second order from you that has "vanished". Tracking says delivered, again. I'm starting to think your courier is dodgy. Please resend the snacks.
not_received	en	Why does it say delivered??? I was home the whole day waiting. Nobody came. Order 7765.
not_received	en	My order never came and now the tracking link doesn't even work. It was meant to be here three weeks ago. Order #8823, 2x silicone phone grips.
not_received	en	Hi team, order 9981 shows as delivered to a "Ms Wong". That's not me. Could you please check the address on the label? I have not received the eyeshadow palette.
not_received	en	Tracking JD014600009283746512 said "delivered to neighbour" but didn't say which one. Knocked on 6 doors. Nobody has it.
not_received	en	Hi, the post office confirmed in writing that item LX209384756CN was lost in their sorting centre. Letter attached. Could you reship the hair clips and scrunchies?
not_received	en	Hi ma'am, the tracking of my rice cooker order says delivered but my mother who is at home says nothing came. Can you check with J&T? Thank you po.
not_received	en	Shipment "delivered" on the 19th but not received. I'm not asking for compensation, I just want what I paid for: the 3-tier shoe rack.
not_received	en	I've been tracking this thing for weeks and today it suddenly says "delivered" in Lagos. I am in London. I haven't received anything obviously.
not_received	en	Parcel marked as delivered but my Ring camera shows nothing. Order ID 8181-2204-6671. Contents: kids' light-up trainers, size 30.
not_received	en	nothing arrived. tracking says delivered 5 days ago. 40219
not_received	en	My order of the pet hair remover roller and grooming glove was meant to arrive within a week. It's been a month and the courier says the parcel number isn't in their system anymore. Lost, I'm guessing?
not_received	en	Hi Aftercare team, the USPS tracking 9405511298370012345678 shows "Delivered, In/At Mailbox", mailbox is empty, and the post office says the carrier may have scanned it by mistake. Now they can't find it.
not_received	en	DID YOU EVEN SEND IT? Tracking says delivered but nothing came. Order 5592.
not_received	en	hello i buy the korean sheet masks 20 pcs, tracking says arrived in my city and then delivered 3 weeks ago but i never get them
not_received	en	It says it went to a collection point I've never heard of, in a different suburb. I went there: it's closed down. So where is my parcel?
not_received	en	Good morning, my parcel RB204857391SG was due on the 2nd, the carrier has now closed the case as "item not found". I still want the order. Could you send it again please, same address?
not_received	en	The courier says he handed the parcel to "a woman in a red jacket". I don't know who that is. I never got my order.
# --- delayed ---
delayed	en	Still says "awaiting dispatch" after 6 days. Order #XH-40192. When will it actually ship?
delayed	en	Hello, my parcel YT2410293847561023 has been at "departed from origin country" for 12 days. Is the plane walking?
delayed	en	I know it's not lost, the tracking updates every few days, but it's been bouncing between the Los Angeles and Chicago hubs for two weeks. When will it reach me?
delayed	en	stuck in customs?? tracking: "held by customs" since monday
delayed	en	The pre-order for the smoke grey puffer was meant to ship "end of October". It's mid November. Any date?
delayed	en	Buenos dias, I order the baby stroller fan and the bottle brush 15 days ago and it is still in China in the tracking. When it will arrive to Mexico? Thank you
delayed	en	The delivery date keeps moving. First it was Tuesday, then Thursday, now just "pending". Can you nudge the carrier?
delayed	en	Royal Mail sent me a card saying there's a customs charge of 8.72 GBP to pay before they'll deliver. The listing said duties included. Is my parcel going to sit there until I pay?
delayed	en	Why hasn't my order shipped yet? Paid 4 days ago, still "processing". I need the phone charger for a trip.
delayed	en	SHIP IT ALREADY. ORDER 99201. 10 DAYS.
delayed	en	My tracking hasn't updated in 9 days, last scan "Arrived at Sort Facility, Jamaica NY". Is it stuck? Order 44021.
delayed	en	Hi, I'm not worried it's lost, just wondering why it's taking so long: it's been at "customs clearance completed" for 8 days and hasn't been handed to the local courier.
delayed	en	Customs in Brazil are holding my package and asking for my CPF. I gave it on your site at checkout. Could you send it to them? It's been 3 weeks.
delayed	en	Hi po, just following up on my order, still not shipped po since last week. When po will it ship?
delayed	en	4PX tracking 4PX3000817265354CN says "flight delayed" for 6 days now. Has it even left yet?
delayed	en	The carrier texted that my parcel is "delayed due to weather". That was 5 days ago. Still no new ETA.
delayed	en	Guten Tag, my order of the cast iron teapot is since 2 weeks in Leipzig with status "customs clearance in progress". Normally it takes 2 days. Can you ask please?
delayed	en	Kindly update the dispatch status of my order no. 3301-IN. It is showing "pending" since 5 days. I require the same urgently for my daughter's function.
delayed	en	It's been sitting in the Heathrow import hub for 11 days. Do I need to call someone?
delayed	en	Any chance you could tell me what's happening with 8181-3390-2275-1140? Tracking says "in transit" and then nothing. Not marked delivered or anything, just frozen.
delayed	en	my dog's food is running out and the order still hasnt been shipped!!! its been a week
delayed	en	is my stuff still in the warehouse? tracking says label created and thats it. order 50012
delayed	en	Hi, the customs office emailed me about my parcel with the skincare set, they need a description of the contents and the invoice value. I don't have those details, can you send them?
delayed	en	My package arrived in the UK on the 3rd according to tracking, and since then it's "awaiting handover to delivery partner". It's the 17th.
delayed	en	Hello, is my order on hold? I got the "order confirmed" email on the 2nd and nothing since. No tracking number.
delayed	en	The parcel has been "out for delivery" three days in a row and goes back to the depot every evening. Not delivered, not lost, just stuck in a loop.
delayed	en	Tracking says "import scan" in Sydney on the 2nd. Then nothing. Is Australian customs holding it?
delayed	en	When will the restocked fire red dress go out? I paid for it as a pre-order on the 1st and the page said ships in 7 days.
delayed	en	Cainiao tracking LP00672819034455 stuck at "leaving the sorting center" since the 5th. Could you check?
delayed	en	not complaining, just checking: any idea when the slow boat, er, parcel will get here? 3 weeks in transit now lol
delayed	en	Order #2291 stuck in the "customs inspection" status. Contains 3 bottles of serum and a toner. Do I need to provide anything?
delayed	en	So I ordered the air fryer for my mum's birthday, which is on Saturday, and it still hasn't left Shenzhen. I've been checking the tracking every morning and it's the same line every time, "parcel is being processed at the warehouse". Is there any way to upgrade the shipping or at least get it moving? I don't mind paying a bit more.
delayed	en	19 days and it's still in the country of origin. Is it coming by bicycle?
delayed	en	My parcel with the pet water fountain is in the Dubai transit hub for 10 days, no movement. Please ask the courier what is the problem my friend.
delayed	en	The courier put my parcel "on hold at depot due to high volume". When will it move?
delayed	en	DHL 6829104736 says "shipment on hold - clarification needed". What clarification? Please contact them.
delayed	en	Dear team, please advise why the order is not dispatched yet. Website said 24h dispatch. Today is the 4th day. Regards, Klaus
delayed	en	Hi, USPS shows my package "In Transit, Arriving Late". Tracking 9400109205568123456789. Could you check what's causing it?
delayed	en	It's not marked delivered so I'm not panicking yet, but the ETA was yesterday and tracking still shows it two states away. Just slow?
delayed	en	My parcel has been stuck at Turkish customs in Istanbul for 16 days. The courier says the sender must submit a form. Did you?
delayed	en	The tracking number you gave me doesn't show anything yet, it says "not yet received by carrier". You shipped it 5 days ago?
delayed	en	Yanwen UG702938471YP: no movement for 13 days after "handed over to airline". Can you chase?
delayed	en	My parcel went to the wrong sorting centre (Glasgow instead of Cardiff) and is now heading back. Any idea how long?
delayed	en	Hey, could you check on the sheet masks order? It's at the customs broker in Toronto and they want me to call them, but they won't tell me what's missing.
delayed	en	My order has been split and the second parcel (the bamboo cutlery set) still hasn't shipped. The first parcel arrived last week.
delayed	en	How much longer? Says "in transit" and I've been checking every day for 2 weeks.
delayed	en	Hello, the estimated delivery for my order was 10 to 15 business days. It's day 22. Tracking shows it's in my country but not at my local post office yet.
delayed	en	Hi! Totally fine if it's a busy period, but any update on when my order ships? It's the rose gold hair clips, order 6611.
delayed	en	Hi, I see my order is "ready to ship" but the courier hasn't picked it up in 4 days. Can you book a pickup?
delayed	en	Can you check why my parcel is "held at facility - awaiting documents"? Order 30928, dog harness and lead.
delayed	en	I cannot understand. One week "in transit to destination country". No more information. When I will receive?
delayed	en	Hello, when is the back-ordered size 38 of the loafers expected? Checkout said 2 weeks, it's now 4.
delayed	en	My daughter's school shoes were supposed to be here before term starts on Monday. Tracking: "delayed in transit". Help!
delayed	en	The customs website says my parcel is waiting for "proof of value". Please send the commercial invoice to them directly, ref IMP-22918.
delayed	en	Is there a delay because of Chinese New Year? My order hasn't been shipped and it's been 8 days.
delayed	en	Nothing since "arrived at destination airport" on the 3rd, that's 12 days ago. Order 77015, can you check with the airline or the agent?
delayed	en	Honestly I'm not even mad, just confused. The parcel has been "in transit" for 28 days and the map shows it went from Shenzhen to Hong Kong and back to Shenzhen.
delayed	en	i paid for EXPRESS. express!! and it's been "processing" for 5 days
delayed	en	Hi, I've been waiting for customs to release my package for 3 weeks. They say the seller needs to declare the lithium battery in the power bank. Can you do that?
delayed	en	The order status says "shipped" but the tracking says "pre-shipment info sent to USPS, USPS awaiting item". 7 days. Has it actually gone out?
delayed	en	The parcel has been in my city since Monday but the local courier hasn't delivered it yet, just "awaiting delivery". 5 days to drive 10km?
delayed	en	tracking says delivery attempt failed - "business closed" - its a house, nobody tried. now rescheduled for next week. can you get them to come sooner
delayed	en	Order 10-2281-JP: the snack box is held at Japanese customs, they say food items need an ingredient list in English or Japanese. Could you provide that?
delayed	en	Is the warehouse closed? Nothing has shipped from my order in 9 days.
delayed	en	My order's moving but very slowly, one scan a week. Is there anything you can do?
delayed	en	I don't want to cancel, I just want to know WHEN it ships. 10 days now.
delayed	en	Package delayed due to "incorrect customs declaration" per tracking. Whose mistake? Can you fix it so it moves?
delayed	en	The order confirmation said dispatch within 48 hours. It's been 6 days. Is the charcoal linen shirt in L actually in stock?
delayed	en	any news?? parcel has been parked at the Singapore hub for ages
delayed	en	Good day, my order of the prayer mat and the oud diffuser is in transit for 25 days, tracking show it is in Jeddah since one week. When will it come to Riyadh?
delayed	en	Hey, your shipping email said delivery Tuesday. It's Friday. Tracking says "on its way" and nothing else.
delayed	en	My parcel from your shop has been stuck in Madrid customs for 2 weeks. Correos say there's an import payment pending but I cannot find how to pay. Help please.
delayed	en	When do you ship to Australia again? My order's been on hold since you announced "shipping paused".
delayed	en	My package is in Los Angeles since 10 days "awaiting flight to destination". I'm in Honolulu. lol.
delayed	en	Hiya, just wondering if the cat tree is still coming, it hasn't been posted yet according to my account. No rush, just checking.
delayed	en	Hello, kindly expedite the shipment of order 44019. It is still not dispatched and my wife is asking daily.
delayed	en	Hi, Royal Mail tracking says "We're holding your item, fee to pay". No card came through the door. Order #6022 (hair dryer). How long will they hold it and do I need to pay?
delayed	en	Could you look into order 55209? Last tracking event "processing at origin facility", 16 days ago. Not delivered, not returned, just nothing since.
delayed	en	Is there a problem with my order? Two friends who ordered the same week already got theirs, mine still says preparing for shipment.
delayed	en	Still showing "order received". Not processed, not shipped. 7 days.
delayed	en	The tracking went from "in transit" to "exception: delayed" with no explanation. Where's my humidifier?
delayed	en	Tracking says "arrived at customs" then "customs clearance started" 2 weeks ago. Not even a "completed". Is there a problem?
# --- damaged ---
damaged	en	The burnt orange bedside lamp doesn't switch on. Tried three bulbs. The switch is loose and rattles inside.
damaged	en	Sunscreen tube split along the seam, half of it leaked into the bag.
damaged	en	The air fryer basket handle snapped off the first time I pulled it out. Order #XH-30021. I want a refund.
damaged	en	Ash grey crackle glaze bowls: the crackle is gorgeous, but two of the four arrived in actual pieces. Proper broken, not the glaze.
damaged	en	Hi po, the baby monitor camera shows only a black screen po, and the parent unit says no signal even when they're side by side. Can you replace?
damaged	en	My cushion foundation arrived with the compact hinge snapped and product smeared all over the inside of the box.
damaged	en	Got the fire red stand mixer today, the bowl has a dent and the motor makes a grinding noise.
damaged	en	cracked screen on the power bank display, came like that
damaged	en	Squeaker came out and the seam split within 5 minutes of giving the chew toy to my puppy, she nearly swallowed the stuffing.
damaged	en	Phone charger gets really hot and stopped charging after 2 days. Defective.
damaged	en	The ripped knees are the style, fine, but the crotch seam split open the first time I sat down in them.
damaged	en	THE HAIR DRYER SPARKED AND SMELLED LIKE BURNING PLASTIC ON FIRST USE. DANGEROUS. REFUND NOW.
damaged	en	Hi, the humidifier leaks from underneath every time I fill it. Puddle on my desk every morning.
damaged	en	Hello, the USB-C cable only works if I hold it at an angle. Brand new. Loose connector.
damaged	en	The snacks arrived crushed, the bag of rice crackers is literally dust and one pack of dried mango was torn open.
damaged	en	The cat fountain pump hums but doesn't pump any water. New out of the box.
damaged	en	The eyeshadow palette is shattered, 4 of the 12 pans are broken into powder.
damaged	en	Smoke grey laptop stand: the colour is exactly what I wanted but one of the hinges is cracked and it collapses when I put the laptop on it.
damaged	en	it doesnt work. the fan i mean. the handheld one. charges but doesnt spin
damaged	en	Dear Sir, the electric lunch box which I received is not heating at all and the power cord is cut near the plug. Kindly arrange replacement at the earliest. Order no. 55210.
damaged	en	One of the wine glasses arrived broken. Shards all through the box. Refund for that one please.
damaged	en	The zip on the backpack broke on day 3. The teeth came off completely.
damaged	en	My bottle of toner arrived with the cap cracked and it leaked all over the other products. Everything is sticky.
damaged	en	The baby's teether arrived with a split in the silicone, I'm not giving that to my son.
damaged	en	Ordered the ash wood floating shelves. One arrived split along the grain, a crack you can put a fingernail in.
damaged	en	The LED strip lights: half of the strip doesn't light up. From the 2m mark onwards it's dead.
damaged	en	The mascara wand snapped off inside the tube when I opened it.
damaged	en	Hi, the wireless earbuds case won't close properly, the magnet seems broken so they don't charge.
damaged	en	The pet carrier buckle snapped when I lifted it with my cat inside. Luckily he's ok. Very unsafe.
damaged	en	Not complaining about the colour, the charcoal is perfect, but the wool coat has a hole in the back near the collar. It's new.
damaged	en	I want my money back, the curling iron stopped heating after two uses.
damaged	en	Mirror arrived smashed. Box was fine, mirror wasn't. Order 3992.
damaged	en	My new loafers: the sole came unglued on the right shoe after one afternoon of walking.
damaged	en	Honestly the worst. The blender jug has a crack in the base and leaked smoothie all over the motor. Could have been dangerous.
damaged	en	The storage box lids are warped and don't close. All 3 of them. Maybe heat in the container?
damaged	en	hi the lip tint bottle came without a seal and the liquid dried out, its basically solid. cant use it
damaged	en	The phone tripod leg broke when I extended it the first time. The plastic joint cracked.
damaged	en	MagSafe wallet: the magnet came unstuck from the leather on day one and the stitching is already frayed.
damaged	en	The "to die for" velvet cushion covers, well, one of them has a burst seam and the zipper is missing teeth.
damaged	en	My heated blanket only heats on one half. The other side stays cold. Defective controller?
damaged	en	Mini fridge arrived with the door hinge broken, it doesn't seal shut. The box had a big dent on that corner.
damaged	en	Dead on arrival. Smart watch won't power on.
damaged	en	My order of chilli crisp came with one jar smashed and oil soaked through everything else in the parcel.
damaged	en	The stroller wheel keeps falling off. It's brand new. We can't go for walks like this.
damaged	en	The shoe box was fine but both sneakers have glue stains and the left one has a tear across the toe.
damaged	en	The rice cooker shows error E3 and won't start. It's not a usage thing, I followed the manual step by step and it does it every time.
damaged	en	The desk lamp flickers constantly and the base is cracked. Photos attached.
damaged	en	One of the sheet mask sachets was open and dried out, and another was torn. The rest are fine.
damaged	en	My cat's automatic feeder jams every time and the motor grinds. Brand new.
damaged	en	Hello, the cotton bedsheet has a big tear in the middle. I just took it out of the packaging.
damaged	en	Burnt orange wool jumper arrived with a hole in the sleeve seam. Love the colour, hate the hole.
damaged	en	The power bank swelled up and got very hot while charging. It's scary. I don't want to use it anymore and I want a refund.
damaged	en	Bluetooth speaker: crackling, then silent. Third day of use.
damaged	en	Good morning, the bottle of hair oil leaked inside the box. The cap was cracked and now it's half empty.
damaged	en	Broken. Just broken. Order 7812. Photos attached. Fix it.
damaged	en	The clear phone case came with both bottom corners cracked. Straight out of the box.
damaged	en	Hi, the spring is broken on 2 of the 5 claw clips. They don't hold anything.
damaged	en	My box of instant noodles was crushed and two cups had split lids with the seasoning powder everywhere.
damaged	en	The killer deal on the massage gun wasn't so killer: it shuts off after 10 seconds every time, fully charged.
damaged	en	Electric toothbrush stopped charging after a week. The light blinks red and nothing else.
damaged	en	The dress arrived with a big stain on the front and a torn hem. Definitely not new.
damaged	en	Dear seller, the leather strap of the watch broke at the buckle hole after 3 days of normal wearing.
damaged	en	Hi! Love the fire red teapot but it leaks at the joint where the spout meets the body, there's a gap. Dribbles on the table every pour.
damaged	en	I ordered the cat litter mat and it arrived with a big rip along one edge, like it got caught in a machine.
damaged	en	Socks set: three pairs already have holes at the heel after one wash. Defective batch?
damaged	en	The "distressed leather" bag is supposed to look vintage, ok, but the metal strap ring snapped and the bag fell in the street.
damaged	en	the lash glue tube burst in the package
damaged	en	Rice cooker inner pot coating is peeling off into the rice. First week. Not safe.
damaged	en	Mattress topper arrived smelling of mould with a wet patch in the middle. The box was soaked through.
damaged	en	My glasses frame cracked at the hinge on the second day, and I wasn't rough with them.
damaged	en	Hello. My order of 2 face serums: one pump is stuck down and won't come back up, and the other bottle is cracked at the neck.
damaged	en	The dinnerware set in the "smoke" colourway: two plates cracked and one bowl chipped. The smoky finish is fine, the cracks are not.
damaged	en	Please refund: the humidifier's water tank has a hairline crack. Not safe to use near my baby.
damaged	en	The white noise machine for my baby makes a loud buzzing even at volume zero, and the power button is stuck in.
damaged	en	The steam iron won't steam, it leaks water from the bottom plate instead. Brand new.
damaged	en	Received the glass food containers: 2 lids cracked and one container chipped at the rim.
damaged	en	The silver necklace chain snapped the first time I put it on, and the clasp doesn't close properly.
damaged	en	cracked. leaking. useless. refund. (the oil diffuser)
damaged	en	The toy car remote does nothing with new batteries, and one of the car's wheels had snapped off in the box.
damaged	en	The ash grey dog bed: zipper pull snapped off and the foam inside is torn in two.
damaged	en	Hey, so I've had the vacuum for four days. It was fine on day one, on day two it started making a high whistling noise, and today it just cut out mid-room and now it won't turn back on no matter what, I've charged it overnight, cleaned the filter like the manual says, checked the brush for hair. Nothing. Order 20240702-118.
damaged	en	The notebook cover came bent and the spine is split, pages are falling out.
# --- wrong_or_missing ---
wrong_or_missing	en	Hello, my parcel came with the sunscreen but the cleansing balm from the same order is not there. The packing slip lists both.
wrong_or_missing	en	Ordered: fire red lipstick (#999). Received: a nude lip gloss. Completely different product.
wrong_or_missing	en	The air fryer arrived without the basket! Just the main unit. Can't use it.
wrong_or_missing	en	I ordered the charcoal hoodie in L, the bag says charcoal L but inside is a heather grey M. Order XH-55019.
wrong_or_missing	en	You sent me size 37 sandals, I ordered 39. It's not a fit question, the box literally says 37.
wrong_or_missing	en	The pouch was sealed but there was only the invoice inside, no product. Order 44291, the serum set.
wrong_or_missing	en	This isn't my order. I got a box of car air fresheners. I ordered a pet grooming glove.
wrong_or_missing	en	The cat tree is missing 2 of the screws and one of the posts. Can't assemble it.
wrong_or_missing	en	The gift set should have 5 mini bottles, mine has 4. The slot for the eye cream is empty.
wrong_or_missing	en	Hi po, I ordered 2 packs of diapers size L but I received size M po. Can I get the correct size? Thank you.
wrong_or_missing	en	missing 1 item. ordered 4 got 3
wrong_or_missing	en	Sir, I had ordered the USB-C to Lightning cable, however I received USB-C to USB-C. Kindly send the correct item.
wrong_or_missing	en	Where's the mini lip balm? It was the gift for orders over 40 pounds and my order was 47.
wrong_or_missing	en	Received the stroller but the rain cover and cup holder that come with it aren't in the box.
wrong_or_missing	en	I ordered two different colours of the claw clips (tortoiseshell and black), you sent two black.
wrong_or_missing	en	The tempered glass you sent is for the Galaxy A54, I ordered for the Galaxy S23 FE. It says so on my order.
wrong_or_missing	en	Only half the set came. The 12 piece storage set is 6 containers and 6 lids, I have 6 containers and 2 lids.
wrong_or_missing	en	I ordered burnt orange, got mustard yellow. The label on the bag even says mustard.
wrong_or_missing	en	Hello, I think my order got mixed up with someone else's. Mine was sheet masks, I got a set of kitchen knives.
wrong_or_missing	en	Dear seller, order #8841 included a dog harness (size M) and a lead. The lead is not in the parcel.
wrong_or_missing	en	The two loafers in my box are different colours, one black, one navy.
wrong_or_missing	en	The hair dryer came without the diffuser and the concentrator nozzle that the box picture shows as included.
wrong_or_missing	en	the charger is missing from the box. only the cable is there
wrong_or_missing	en	Hello, you sent me 1 box of the matcha KitKat instead of 3. Order says qty 3.
wrong_or_missing	en	Sent the wrong flavour. I ordered the spicy beef jerky and got teriyaki x3.
wrong_or_missing	en	ordered the fragrance-free baby wipes, got the aloe scented ones. the pack literally says aloe. my baby has eczema so this matters
wrong_or_missing	en	The set of 3 candles only had 2 candles. The lavender one isn't there.
wrong_or_missing	en	The blender came but no lid. The lid is kind of important.
wrong_or_missing	en	Got the right shoes but in black. I ordered ash grey, my order confirmation clearly shows ash grey.
wrong_or_missing	en	Instead of the rose gold watch strap, I received a rose gold phone ring holder. Same colour, totally different item lol.
wrong_or_missing	en	I ordered the XL dog bed and received a small one. The label on the bag says S.
wrong_or_missing	en	Bamboo toothbrush set came with the 4 brushes but not the holder that was part of the bundle.
wrong_or_missing	en	The case is for the wrong AirPods. I ordered the AirPods Pro 2 case and got one for AirPods 3.
wrong_or_missing	en	The instruction manual and the remote are missing from the box of the LED ceiling light.
wrong_or_missing	en	Only received the top of the pyjama set. The bottoms are missing.
wrong_or_missing	en	Buenas, I ordered the baby shoes in size 20 and the pink colour, I received size 22 and blue. Both are wrong.
wrong_or_missing	en	WRONG SIZE AGAIN. SECOND TIME. I ORDERED XS.
wrong_or_missing	en	Received someone else's parcel inside my box?? It has the name "Jessica M" on it and contains makeup brushes. My order was a yoga block.
wrong_or_missing	en	Missing: 1x tea tin (jasmine). Received: 1x oolong, 1x pu-erh. Order 3302.
wrong_or_missing	en	The parcel had my water bottle but not the straw lid and cleaning brush add-on I paid extra for.
wrong_or_missing	en	Hi, there's been a mistake: the colour I chose was "smoke grey" and you sent "dusty pink". Screenshot of my order attached.
wrong_or_missing	en	You shipped me the EU plug version of the hair straightener, I specifically selected the US plug.
wrong_or_missing	en	Hello, the pack of 10 gel pens only has 7 pens. My order was for the 10-pack.
wrong_or_missing	en	I paid for 2-day express and received... the wrong thing. A car phone mount instead of a desk phone stand.
wrong_or_missing	en	I got a different shade of cushion foundation: ordered 21N, received 23W.
wrong_or_missing	en	Where's the rest of my order? I ordered 5 things, only 2 came in the box and there's no second tracking number or note.
wrong_or_missing	en	The pet fountain came without the filter. The packing list includes 2 filters.
wrong_or_missing	en	The box says "mini projector" but inside is a bluetooth speaker. Wrong item packed.
wrong_or_missing	en	Hello, I want to report a missing item. My order had 3 jars of the chilli oil, I have 2.
wrong_or_missing	en	Sent me the toddler size, I ordered the adult size. Order 7720-B.
wrong_or_missing	en	order incomplete!! missing the shoulder strap for the bag
wrong_or_missing	en	Opened my parcel to find a Lightning charger. I have an Android and ordered the USB-C one.
wrong_or_missing	en	I ordered the burgundy and you sent the fire red. They're not the same, my invoice says burgundy.
wrong_or_missing	en	Guten Tag, in my package is only the lamp shade. The lamp base is missing. Order 2219-DE.
wrong_or_missing	en	The night cream sample that should come free with the set isn't in the bag.
wrong_or_missing	en	Hi, small mix-up, I ordered 3 pairs of socks in black and one pair came in white. Could you send a black pair?
wrong_or_missing	en	Not the right product. I ordered the cleansing oil, the bottle I received is micellar water. Order 6108.
wrong_or_missing	en	Hi, my kid's school backpack arrived without the matching pencil case that was part of the set I bought.
wrong_or_missing	en	The rice cooker is missing the measuring cup and the rice paddle.
wrong_or_missing	en	Wrong item!! ordered a cat scratching post, got a cat toy wand. Not even close.
wrong_or_missing	en	Kindly check, my order contains 5 items as per invoice but the courier bag had only 3 (the face wash and the lip balm are missing).
wrong_or_missing	en	Received the wrong variant: 128GB memory card ordered, 64GB sent.
wrong_or_missing	en	Dear team, received the wrong colour: ordered the "forest green" yoga set, got navy. Please exchange it at your cost.
wrong_or_missing	en	Got 2 left-foot slippers. Lol. Need a right one please.
wrong_or_missing	en	The curtains come 2 panels per pack, I bought 2 packs and got 3 panels.
wrong_or_missing	en	The electric toothbrush came with no charging base. Only the handle and the heads.
wrong_or_missing	en	I was supposed to get the silver hoops, I got gold studs.
wrong_or_missing	en	You sent me a women's size M but I ordered the men's M. The cut is totally different.
wrong_or_missing	en	Hi, the parcel only had the toner. The moisturiser from the same order is missing, and there was no note saying it would come separately.
wrong_or_missing	en	The box says "Lavender 500ml" but what's inside is "Eucalyptus 250ml". Someone packed the wrong bottle.
wrong_or_missing	en	My order of 2 candles arrived as 2 of the same scent instead of one vanilla and one sandalwood.
wrong_or_missing	en	Package arrived, but the phone clip part of the tablet stand is missing. Only the base and the arm.
wrong_or_missing	en	The make-up brush set should be 10 brushes, I counted 8, and the case has two empty slots.
wrong_or_missing	en	Got a children's book in my parcel instead of the photo album I ordered.
wrong_or_missing	en	I ordered the distressed denim jacket and got the clean-wash one. My invoice says distressed.
wrong_or_missing	en	The assorted snack box was missing the White Rabbit candy and the Pocky, both on the contents card inside the box.
wrong_or_missing	en	I paid for the dog harness in size L, you sent the XS. My husky can't even get his head through it lol.
wrong_or_missing	en	Hi, where are the batteries? The remote needs AAA and the product page says batteries included. Box has none.
wrong_or_missing	en	not my size not my colour not my item basically
wrong_or_missing	en	Hello, I'm writing about order 301-55821. I bought a pair of white canvas sneakers for my son, size 35, and what came in the box is a pair of black rain boots, size 38. I double checked the order page and the packing slip, both say canvas sneakers. He needs them for school on Monday, so could you please send the right pair as quickly as possible?
wrong_or_missing	en	Please send the missing pillowcase, the bedding set came with just one instead of two.
wrong_or_missing	en	You sent the 2m cable, I ordered the 0.5m one.
# --- mismatch ---
mismatch	en	The cashmere scarf is listed as 100% cashmere, the care label says 70% acrylic. I'm not paying cashmere prices for acrylic.
mismatch	en	Listing says the air fryer is 5.5L. The basket is tiny, I measured about 3.5L of usable space.
mismatch	en	Your size chart says M fits chest 96-100. I'm 97 and can't close the jacket. I measured the jacket: 90cm across. The chart is wrong.
mismatch	en	The power bank is advertised as 20000mAh but it barely charges my phone once. The label on the back says 10000mAh.
mismatch	en	colour is nothing like the pic. pic = sage, real = mint toothpaste green
mismatch	en	Hi po, the listing said the bag is genuine leather but when I received it, it's PU leather po. It's written on the tag.
mismatch	en	hey the tea is supposed to be loose leaf according to the listing, i got tea bags full of dust
mismatch	en	The sunscreen is SPF50 PA++++ on your listing but the tube I got says SPF30.
mismatch	en	The "killer deal" bundle shows 4 storage boxes in the main photo, and somewhere down in the text it says "1 box, photo for reference only". That's deceptive.
mismatch	en	The listing pictures show a wooden handle. The knife I got has a plastic handle with a wood-pattern print.
mismatch	en	The hoodie is listed as oversized fit but it's a slim regular fit. Compared with the model photos it's way shorter and tighter.
mismatch	en	The description says the dog bed is machine washable with a removable cover. The cover is sewn on, nothing removable.
mismatch	en	The burnt orange on the product page is a warm rust colour. Mine is basically neon orange. Same colour name on the tag, totally different colour.
mismatch	en	This is supposed to be a 3-in-1 charger (phone, watch, earbuds) per the listing. Mine is a phone-only pad, there's no spot for a watch at all, a different design from the photos.
mismatch	en	The listing says "food-grade silicone, BPA free" but the box says PP plastic and doesn't mention BPA at all.
mismatch	en	The ring size chart says size 7 is 17.3mm inner diameter. The size 7 ring I got is 16.5mm, I measured it with calipers.
mismatch	en	The hair dryer is listed as 1800W. The label on the handle says 1000W. Explains why it takes forever.
mismatch	en	The vitamin C serum is listed as 20% vitamin C. On the bottle it's way down the ingredient list, after fragrance. That's not a 20% serum.
mismatch	en	The photos show the candle in a frosted glass jar with a wooden lid. I got it in a tin with a plastic lid.
mismatch	en	Ordered the "smoke grey" curtains based on your photos, which show a soft dove grey. Mine are almost charcoal. The tag does say smoke grey, so it's not the wrong item, it's the listing photo.
mismatch	en	The rug is listed as 160x230cm. I got 120x170. Same product code on the label.
mismatch	en	The listing says "waterproof to 50m" but the back of the watch says "splash resistant" only.
mismatch	en	Product page says "solid oak". It's MDF with a veneer, you can see it at the edges.
mismatch	en	hi the cat litter said dust-free tofu litter and its clay litter. my cat sneezes
mismatch	en	The blender listing says 6 blades and a glass jug. I got 4 blades and a plastic jug.
mismatch	en	Hello, the sofa cover's fabric was described as velvet. It's thin polyester jersey, nothing velvety about it.
mismatch	en	The fire red dress in your photos is a deep true red. Mine is more coral. The tag is correct, the photo is misleading.
mismatch	en	The phone case is listed as "military drop protection" with raised edges. It's a thin flimsy case with no raised lip at all.
mismatch	en	Your chart for kids' shoes is off. My son's foot is 17cm, the chart says size 28, and the size 28 insoles are 16cm.
mismatch	en	Honestly not angry, just disappointed: the "hand-painted" mug has a printed sticker design, you can see the pixels up close.
mismatch	en	Ring listed as 925 sterling silver. No hallmark, and it turned my finger green in a day. This is not silver.
mismatch	en	The shoes are described as having a memory foam insole but it's a plain thin insole, no foam.
mismatch	en	The LED lights are listed as "remote + app control". There's no app support, the QR code goes to a dead page, and the box doesn't mention an app anywhere.
mismatch	en	The size chart says length 70cm for L. It's 62. I bought it because it was supposed to be long.
mismatch	en	Listing: "silk pillowcase, 22 momme mulberry silk". What I got is satin, the label says 100% polyester.
mismatch	en	The cushion foundation shade 21 looked neutral beige in the swatch photo. In reality it's very pink. Not matching the listing at all.
mismatch	en	The pram listing says one-hand fold. It needs two hands and a foot, and the folding mechanism isn't the one in your video.
mismatch	en	The product photos show a brushed brass finish on the lamp. Mine is shiny gold-coloured plastic.
mismatch	en	The dog harness listing says reflective strips. There are no reflective strips on mine.
mismatch	en	Measurements in the listing: 30cm tall. The vase is 18cm. I needed that height for my shelf.
mismatch	en	not as described. at all. listing says cotton, it's scratchy nylon
mismatch	en	The perfume is described as "fresh citrus", it smells of powder and rose. The label has the right name, so it's the description that's off.
mismatch	en	The smoke grey sneakers look blue-grey on your website and the ones I got are olive. Checked the box label, it says smoke grey.
mismatch	en	Ordered the linen trousers because the listing says 100% linen. The tag says 55% linen 45% viscose.
mismatch	en	Hello, the description promised 4 heat settings on the heated blanket. The controller has 2.
mismatch	en	The earrings in the photo are big statement hoops and the listing says 5cm diameter. What came is tiny 1.5cm hoops.
mismatch	en	The dried mango is listed as "no added sugar". The ingredients on the back say sugar is the second ingredient.
mismatch	en	Listing says "no assembly needed". It came flat-packed with 40 screws.
mismatch	en	The crackle glaze on your listing photos is a fine, delicate crackle. My bowls have big heavy dark crackle lines that look dirty. Nothing is broken, it just doesn't look like the photos.
mismatch	en	The jumper colour "oatmeal" in your photos is a warm beige. Mine is a cold pale grey. Not oatmeal at all.
mismatch	en	The toddler sippy cup is advertised with a "leak-proof valve" but there's no valve in the lid design at all, it's an open spout.
mismatch	en	Your listing says the rice cooker has a ceramic inner pot. Mine is a regular non-stick coated aluminium pot.
mismatch	en	I chose size L per your chart (waist 76-80). The waistband is 70 unstretched. Your chart is wrong!!
mismatch	en	The eyeshadow palette photo shows shimmery shades, all the ones I got are matte except one. Same palette name.
mismatch	en	Product title says "genuine MFi certified" cable. The box has no MFi logo and my iPhone says "accessory may not be supported".
mismatch	en	hi, the wallet is listed with RFID blocking. Mine has no lining at all and the card reader at work reads my card straight through it.
mismatch	en	Fake. Listing said original brand, the logo is misspelled on the box.
mismatch	en	The description says "fits 13 inch laptop". My 13" MacBook Air doesn't fit, it's a 12" sleeve at most.
mismatch	en	The rose gold cutlery on your page is a soft blush pink. Mine is a yellowish gold, basically brass. Not what the photos show.
mismatch	en	The pillow is described as "firm, 15cm loft". It's flat and soft, maybe 8cm.
mismatch	en	Your photos show a thick chunky knit. The cardigan is thin and fine-knit, almost see-through.
mismatch	en	The charger is listed as 65W, my laptop says "slow charger" and the brick itself is printed 30W.
mismatch	en	Hello, the tote is listed as "large, fits A4". An A4 folder doesn't fit, it's about A5.
mismatch	en	Dear Sir, your product page mentions stainless steel 304 for the water bottle, however the bottom is engraved "201". Kindly clarify.
mismatch	en	Spec sheet says 1080p. It's 720p, the max option in the camera settings is 720p.
mismatch	en	The burnt orange glaze on the planter in the photos is earthy and matte. Mine is a shiny plastic-looking orange.
mismatch	en	Listing says the kids' socks have grip dots on the sole. None on mine.
mismatch	en	Your listing says the snacks are halal certified. There's no halal mark on the packaging anywhere.
mismatch	en	The cat tree is listed as 150cm tall. Assembled, it's 110cm. All parts are there, I checked against the manual.
mismatch	en	The lamp is sold as "dimmable". It's just on/off.
mismatch	en	The sneakers are listed as white with a gum sole. Mine have a white sole. The box has the right model and colour code, so it's the same product, just not as pictured.
mismatch	en	The toner is listed as alcohol-free. Ingredient number 2 is alcohol denat. Not happy, I have rosacea.
mismatch	en	Colour "charcoal" on the website is nearly black. Mine's a light heather grey. The label says charcoal though.
mismatch	en	The photos show the bedding set with piping along the edges. Mine has no piping, plain edges.
mismatch	en	the product video shows the humidifier with a colour changing light. mine has no light at all
mismatch	en	Hi, the bra sizing is totally off from your size guide. 75B per your guide, but the band is more like a 65. Not me being fussy, I measured with a tape.
mismatch	en	Listing says handmade in Italy. Label says made in China. Not a problem in itself, but then don't write that.
mismatch	en	The pet fountain is sold as a 2.5L fountain. I filled it from a measuring jug and it overflows at about 1.5L.
mismatch	en	The stroller was described as weighing 5.8kg. It's 8.2kg on my scale.
mismatch	en	The "organic cotton" baby onesies have no certification label and feel synthetic. The tag says polyester blend.
mismatch	en	Hello, I want to tell you about the lipstick I received yesterday. On your page the shade "Brick" is a deep brownish red, and I chose it because it looked like the one I used to wear years ago. On my lips, and in the bullet, it's a bright cherry red, nothing brown in it. The bottom of the tube says Brick, so I got what I ordered, it's just not the colour in the pictures or the swatch video.
mismatch	en	The chair cushions are listed as 45x45cm. They're 35x35, too small for my chairs. Colour is fine.
mismatch	en	The screen protector is listed as full coverage, edge to edge. It stops 3mm short of the edges on every side.
# --- usage ---
usage	en	How do I wash the burnt orange linen shirt so the colour doesn't fade? Cold wash? Inside out?
usage	en	Can I use the vitamin C serum and the retinol night cream on the same night, or alternate?
usage	en	Hi po, how to connect the baby monitor to my phone? The app is asking for a QR code but I cannot find it po.
usage	en	how many drops of the serum am i supposed to use
usage	en	The smart watch shows time in 24h format and temperature in Celsius. How do I switch to 12h and Fahrenheit?
usage	en	Can I put the crackle glaze teapot on a gas stove, or only pour hot water into it?
usage	en	It's not broken, I just can't get the air fryer to stop beeping after it finishes. Is there a mute?
usage	en	What's the dose of the fish oil capsules for a 10-year-old? The label only shows the adult dose.
usage	en	How do I pair the bluetooth keyboard with my iPad? It's in pairing mode, the light blinks blue, but nothing shows up in the list.
usage	en	Dear seller, kindly share the procedure to descale the coffee machine. The descale light is showing.
usage	en	The power bank has 4 little lights. How do I read them, does 2 lights mean 50%?
usage	en	Hello, I bought the cat dry food. How should I switch my cat from his old food, mix it over how many days?
usage	en	Can the silicone bibs go in the dishwasher, and is it ok to boil them?
usage	en	How do I set the automatic pet feeder schedule? I want 3 meals a day at 7, 12 and 6.
usage	en	Not a complaint: the distressed jeans have little threads hanging from the rips. Should I cut them, or will that make the holes bigger?
usage	en	My skin tingles a bit after the AHA toner. Is that normal? How often should I use it, daily or 2-3 times a week?
usage	en	how long do i leave the sheet mask on
usage	en	How do I get fast charging to work with the 65W charger? Do I need a specific cable?
usage	en	Hello, the ash wood cutting board, how should I oil it and how often?
usage	en	My dog's new harness: which way does it go on? There are two loops and I'm confused.
usage	en	What's the right way to apply the cushion foundation? Pat or swipe? Mine looks patchy.
usage	en	How do I store the matcha powder after opening? Fridge or cupboard?
usage	en	The humidifier isn't broken, it works, but the mist is very weak. Is there a setting for stronger mist or do I need to clean something?
usage	en	How do I reset the LED strip controller? The colours are mixed up, red shows as green. I think I did the setup wrong.
usage	en	How many scoops of the toddler milk powder per 200ml water? The scoop inside is smaller than my old brand's.
usage	en	The massage gun comes with 6 heads, which one is for the neck and shoulders?
usage	en	Is it OK to wash the down pillow in a washing machine, and how do I dry it so it doesn't clump?
usage	en	How do I attach the stroller fan to the stroller frame? The clip doesn't seem to fit around the bar.
usage	en	Hi, for the rice cooker, what water ratio do I use for brown rice?
usage	en	How do I protect the smoke grey suede loafers from rain? Is there a spray you recommend?
usage	en	can i put the cast iron pan in the dishwasher or will it rust
usage	en	Not broken, just confused: the MagSafe power bank only charges my phone after I press the button. Is there an auto mode?
usage	en	Good evening, how to use the electric lunch box? Water in the bottom or no water?
usage	en	What order do I use the products in the skincare set? Toner, essence, serum, cream? Which bottle is the essence?
usage	en	Is the cashmere scarf handwash only or can I use the wool cycle?
usage	en	How do I remove the protective film from the lens of the mini projector? I can't find the edge lol
usage	en	Hi there! How do I get the watch to count steps while I push the stroller? It doesn't count when my hands aren't moving.
usage	en	How often should I change the filter in the pet fountain?
usage	en	How many of the joint supplement chews a day for a 30kg dog?
usage	en	The fire red enamel pot: can I use it on induction? And can I use metal utensils or will that chip the enamel?
usage	en	The wireless charger light blinks orange. What does that mean? The manual only has pictures.
usage	en	Are the silicone food storage bags freezer safe? And can they go in the microwave to reheat?
usage	en	The leaflet says 2 pumps of the cleansing oil on a dry face. If I wear waterproof mascara, do I need a separate eye makeup remover?
usage	en	Dear team, the massage cushion has a heat function, how do I turn it on? The remote has only one symbol.
usage	en	can i use the hair straightener on wet hair
usage	en	How long do I need to charge the electric toothbrush the first time? And how do I switch between modes?
usage	en	The wool coat got soaked in the rain. How do I dry it without it losing shape?
usage	en	My cat won't use the new fountain. It works fine, she's just scared of it. Any tips?
usage	en	Should I take the collagen powder before or after breakfast, and how many scoops?
usage	en	How do I unlock the child lock on the air purifier? The buttons stopped responding and a little padlock is showing.
usage	en	Is it normal for the new leather bag to smell strong? How long should I air it out?
usage	en	How do I thread the needle on the mini sewing machine? The diagram isn't clear.
usage	en	What's the best way to layer the sunscreen with makeup? Does it need to dry first?
usage	en	The candle tunnelled on the first burn. How long should I burn it next time to avoid that?
usage	en	How do I set the temperature in Fahrenheit on the air fryer? It's showing Celsius.
usage	en	I can't get the tripod's bluetooth remote to connect. It's not broken I think, it lights up. What am I missing?
usage	en	Can the baby carrier be used facing out for a 4-month-old or only facing in?
usage	en	how do i turn on the night light on the humidifier
usage	en	Please tell me how to fold the travel stroller for the plane. I'm stuck with it half folded.
usage	en	Which side of the silk pillowcase is the right side? Both look the same and the tag is inside.
usage	en	How do I connect the smart plug to Alexa? The skill can't find it.
usage	en	How do I use the pimple patches, on clean dry skin? Before or after moisturiser?
usage	en	Is the salt lamp safe to leave on overnight? And how do I stop it "sweating" in humid weather?
usage	en	Hi, is there a way to stop the new boots giving me blisters? The fit is right, they're just stiff.
usage	en	How do I get the ring light to stay on warm white? It switches back to cool every time I turn it on.
usage	en	Can I use the retinol cream while breastfeeding? I already have it, just want to check before I open it.
usage	en	The self-heating hot pot: how much water goes into the bottom tray and how long before it's ready?
usage	en	Can I iron the linen dress? Which setting?
usage	en	How do I use the forehead thermometer? It shows "Lo" when I measure my baby. Do I hold it closer?
usage	en	What's the recommended amount of the dog dental powder per meal? My dog is 8kg.
usage	en	How do I clean the inside of the thermos? My brush doesn't reach the bottom.
usage	en	how long does the lash glue take to dry before I put the lashes on? and how do I get them off at night
usage	en	The blender won't start. I don't think it's broken, there's probably a safety lock. How do I lock the jug in properly?
usage	en	The earbuds charging case: how do I know it's full? The light just stays green.
usage	en	Hi, does the lip tint need an oil cleanser to come off? It stays on even after washing my face.
usage	en	Can the kids' light-up trainers be washed? There are batteries in the sole.
usage	en	Kindly guide me how to mount the TV wall bracket on a plasterboard wall. Which screws to use from the pack?
usage	en	How do I put the duvet cover on? There are buttons on one side and ties inside the corners.
usage	en	Is it safe to put the burnt orange silicone spatula in boiling water? And is it dishwasher safe?
usage	en	Hello, I have a question about the hair growth serum I bought last week. The box says apply twice daily but the leaflet says once at night, and the dropper holds about 1ml. Should I put a full dropper on my whole scalp or only on the thinning part near the front? And do I wash it out in the morning or leave it in? I don't want to waste it or use it wrong.
usage	en	Nothing's wrong with it, I just don't know how to set the clock on the microwave.
usage	en	I paired the smart watch with my phone but notifications don't come through. Which setting do I need?
# --- return_refund ---
return_refund	en	The return window is 14 days? I received it 12 days ago. Can I still send it back if I post it tomorrow?
return_refund	en	I sent the air fryer back two weeks ago (Royal Mail RM559201847GB, delivered to your warehouse on the 4th). Still no refund. Please check.
return_refund	en	I don't want the cat tree anymore, my cat ignores it lol. It's been assembled though. Can I still return it?
return_refund	en	Can I exchange the sandals for a 39? The 38s fit length-wise but pinch at the sides. Not a defect, just my wide feet.
return_refund	en	The refund you issued is $15 less than what I paid. Was shipping deducted? I didn't agree to that.
return_refund	en	Could you send me a prepaid return label? The instructions say to email you for one.
return_refund	en	My refund has been "processing" in the app for 10 days. What does that mean?
return_refund	en	How do I cancel order #XH-70215? I picked the wrong colour by mistake and it hasn't shipped yet.
return_refund	en	refund??
return_refund	en	Hi po, I want to return the dress po because it's too long for me, I'm only 4'11. How po?
return_refund	en	Do I return it to the China address or is there a local return address in the UK? Postage to China is 20 pounds.
return_refund	en	Dear Sir, I have returned the item vide AWB 8823019475. Kindly confirm receipt and process my refund at the earliest.
return_refund	en	I opened a return request on the platform three days ago and it still says "awaiting seller response". Can you approve it?
return_refund	en	Where's my refund?? You got the parcel a week ago, I can see it on tracking.
return_refund	en	The fire red is just too loud for me. Can I swap it for the navy? It's unworn with tags on.
return_refund	en	Buenas tardes, I want to give back the stroller because my sister already gave us one. How I can make the return?
return_refund	en	Still waiting on my refund for the sheet masks I returned. PayPal shows nothing. Can you give me a transaction reference?
return_refund	en	Can I get store credit instead of a refund? I'd like to buy something else later.
return_refund	en	Hello, the smoke grey sweater fits but the colour washes me out. Can I exchange for the cream, size S?
return_refund	en	How long does it take for a refund to show on a debit card?
return_refund	en	hey can i still cancel? just ordered like 10 min ago and chose the wrong size, want to cancel and reorder
return_refund	en	If I return one item from a bundle, how much do I get back?
return_refund	en	It's not damaged or anything, I just realised I already have a hair dryer at my holiday flat. Can I send this one back? Box still sealed.
return_refund	en	Hi, the refund says "completed" but the money hasn't come back to my Alipay. It's been 5 days.
return_refund	en	The shoes are half a size too small for me, I should have sized up. Can I exchange them for a 42.5?
return_refund	en	Please cancel my order. I don't need it anymore.
return_refund	en	I'd like to return the massage gun. It works perfectly, it's just too strong for me. How do I start the return?
return_refund	en	You sent me a partial refund, but we agreed I'm returning the whole order for a full refund. Please confirm.
return_refund	en	The return courier didn't show up for the pickup, again. Can I drop it at the post office and you refund the postage?
return_refund	en	Guten Tag, I would like to exchange the jacket in M for L. It's too tight at the shoulders. Please send me the return address.
return_refund	en	My return was marked delivered to your warehouse 3 weeks ago. Do I need to do anything else to get the refund?
return_refund	en	You approved my return but the label link says expired. Can you send a new one?
return_refund	en	I accidentally ordered the same rice cooker twice. Can you cancel one before it ships?
return_refund	en	Could you refund to a different card? The one I paid with has been cancelled.
return_refund	en	The dog harness is too big for my pup, she wriggles out of it. Can I exchange for the S?
return_refund	en	Is there a restocking fee on opened electronics? The earbuds are fine, I just prefer wired.
return_refund	en	The voucher code didn't apply at checkout and I paid full price. Can you refund the 10% difference?
return_refund	en	Can I return 2 boxes of the 5-box sheet mask bundle? They're still sealed.
return_refund	en	I returned the toner and the moisturiser in one parcel. You refunded the moisturiser only. The toner was 18 euros.
return_refund	en	Can I exchange the linen trousers for the petite length? The regular is too long, I'm 158cm.
return_refund	en	What's the return address? The one on the form is only in Chinese and my post office can't read it.
return_refund	en	Refund not received yet. Order 33091. Bank says nothing pending.
return_refund	en	What's your refund timeline once you receive a return? I posted it on Monday.
return_refund	en	Hi! I'd like to cancel the pre-order for the puffer jacket, I found one locally. Refund to the original payment please.
return_refund	en	Do I have to include the original box for a return? I threw it away.
return_refund	en	Honestly the burnt orange just doesn't go with anything I own. Can I exchange it for black? Happy to pay the shipping.
return_refund	en	Please refund my order, I cancelled within 1 hour and still got charged.
return_refund	en	Can I return just the newborn insert of the baby carrier? Our son is already too big for it.
return_refund	en	How do I know if you've received my return? There's no update in the app.
return_refund	en	My daughter says the unicorn trainers are "for babies" now. Can I exchange them for the plain white ones, same size?
return_refund	en	CANCEL MY ORDER. I asked yesterday and nobody answered. Order 4410.
return_refund	en	My return got rejected for "signs of use". I tried it on once indoors! Can you reconsider?
return_refund	en	The refund to my Shopee wallet hasn't come through. Return ID RR-240611-0081.
return_refund	en	Can I send back the hair dye? I'm not going to use it, box is still sealed.
return_refund	en	Money back please. I returned the parcel and your warehouse signed for it on 2 June. It's July.
return_refund	en	Exchange request: the ash grey throw for the sage one. Unused, in the original packaging.
return_refund	en	can u cancel order 7701 pls, bought it on impulse at 2am lol, it hasnt shipped yet right
return_refund	en	Do you offer exchanges or only refunds? The dress is too short on me.
return_refund	en	how do i get the return label in the app?? cant find it anywhere, order 66021
return_refund	en	I sent it back like you told me, with the form inside. When do I get my money?
return_refund	en	Hello, I'd like to return the baby bottle steriliser, the hospital gave us one. It's sealed. What's the process?
return_refund	en	Hi, the "request exchange" button is greyed out on my order. Can you do it manually? I need size M instead of S.
return_refund	en	Was my refund for order 55301 sent? I got an email saying "refund approved" but with no amount.
return_refund	en	The return label you sent is for UPS, but there's no UPS drop-off near me. Can I use Royal Mail?
return_refund	en	You refunded me in store points. I asked for my money back to my card. Please change it.
return_refund	en	I'd like to exchange the fire red loafers for the same in a size up. My toes are squashed.
return_refund	en	The return form asks for a reason code. Which one is "doesn't fit"?
return_refund	en	I'd like to cancel next month's subscription box and get refunded for the one that was charged today.
return_refund	en	I agreed with your agent on a partial refund of $10 and I keep the item. Has it been sent?
return_refund	en	Do I pay the postage if I'm returning because I got the size wrong myself?
return_refund	en	The jumper is fine but it's the wrong size for me (I misread the chart). Can I swap M for L?
return_refund	en	Hi, my return was refused at your warehouse and sent back to me?? Why? It was within 30 days.
return_refund	en	I want to return the skincare set, I'm allergic to one of the ingredients. I only opened one bottle. Can I return the others?
return_refund	en	It's been 14 business days since my return arrived. Can someone press the refund button please?
return_refund	en	Refund still pending. 3rd time asking. Order 98810.
return_refund	en	How long does an exchange take? I need the right size before the wedding on the 20th.
return_refund	en	Can I return the snacks? I know food usually can't be returned but they're unopened and nowhere near the expiry date.
return_refund	en	Return tracking says delivered back to you on the 11th. Please confirm and refund order 61120.
return_refund	en	It fits perfectly, I just don't love it. Can I still return it if I've taken the tags off?
return_refund	en	Hi, my husband ordered this from my account by mistake. Can we return it without opening it?
return_refund	en	Do you take back earrings? I know the hygiene rules but these are still sealed in the bag.
return_refund	en	Hello, I need some help with a refund please. I returned a pair of boots on the 3rd of last month because they were too narrow for me, you confirmed by email on the 10th that the return had arrived and said the refund would be processed in 5 to 7 working days. Today I checked my credit card statement again and there's still nothing. Could you check whether it was actually sent, and to which card? Order 88-20417.
return_refund	en	The shoes are great but not my style in the end. Is there a fee if I exchange them for the other model?
# --- complaint ---
complaint	en	Your live chat says "an agent will be with you shortly". That was 2 hours ago.
complaint	en	The agent I talked to on WeChat literally sent me a laughing emoji when I explained my issue. Unprofessional.
complaint	en	not the product, the SERVICE. three emails, zero replies.
complaint	en	Disputing with my credit card company. You had every chance to reply.
complaint	en	Hello, I must complain about the attitude of your staff member Amy. She kept interrupting me and told me to "read the FAQ".
complaint	en	Wow, 9 days for a reply that just says "sorry for the inconvenience". Amazing customer care.
complaint	en	Your "no returns on sale items" rule is unfair and I'm quite sure it breaks EU consumer law. 14 days is my right.
complaint	en	It's not about the item, the item is fine. It's about how your team spoke to me when I asked a simple question.
complaint	en	Your agent promised to call me back yesterday between 2 and 4. No call.
complaint	en	Kindly escalate this to your senior management. Your team has been unresponsive for over a week, this is not acceptable.
complaint	en	WHY DOES NOBODY ANSWER THE PHONE
complaint	en	I'll report your shop to the ACCC if I don't get a proper answer from a real person by Friday.
complaint	en	Please have a supervisor contact me. The person handling my case clearly doesn't care.
complaint	en	Hi, I'm disappointed that your shop deleted my honest review. That's not right.
complaint	en	I've been told "we'll get back to you within 48h" four times now. I have screenshots of all of them.
complaint	en	ok so your agent told me to "calm down". I was calm. Now I'm not.
complaint	en	Filing a report with Trading Standards today. I've documented every ignored message.
complaint	en	Your bot keeps closing my ticket as "resolved". It is NOT resolved. Stop auto-closing my tickets.
complaint	en	Worst after-sales service I've ever had. Polite words, zero action.
complaint	en	I asked to be contacted by email, not phone, and your staff keep calling me at 7am.
complaint	en	I'm opening a PayPal claim. Not because of the product, it's fine. Because you stopped responding.
complaint	en	Why do you require an unboxing video before you'll help anyone? Nobody films opening a parcel. Ridiculous policy.
complaint	en	Hola, I write many times and no answer. This is very bad service. I will tell everybody.
complaint	en	Your staff hung up on me twice. I was polite both times.
complaint	en	I'm reporting you to Xiaohongshu. Your customer service keeps telling me different things every day.
complaint	en	Your "customer happiness team" is anything but. Three weeks of runaround.
complaint	en	Your English support is unusable. Every answer is machine-translated nonsense that doesn't address my question.
complaint	en	ANSWER ME
complaint	en	Can't believe you charge a "service fee" just to open a support ticket. That's a scam.
complaint	en	You told me on Monday a manager would look at it. It's Friday. Who is this manager? Do they exist?
complaint	en	Dear Sir, I am constrained to say that your customer care is pathetic. No one has bothered to revert on my mails.
complaint	en	Not angry at the product. I'm angry that your team asked me for my order number four separate times in the same chat.
complaint	en	I'm posting my experience on Reddit and TikTok. People deserve to know how you treat customers.
complaint	en	I demand a written apology for the way your staff treated me in the chat yesterday.
complaint	en	Hello? Is this account even monitored? 6 messages, all "read", no answers.
complaint	en	You lot are the reason I don't buy from small shops anymore.
complaint	en	Your terms say you can refuse any return "at the seller's discretion". That's not a policy, that's a loophole.
complaint	en	Why did your agent close the chat while I was still typing?
complaint	en	FYI I've lodged a case with the consumer ombudsman about how this shop deals with people. You'll be hearing from them.
complaint	en	Stop asking me to rate the conversation when you haven't helped me.
complaint	en	Your staff member Jason promised a callback and a voucher. Neither happened. He was also rude.
complaint	en	Your "24/7 support" is closed every time I try. 24/7 my foot.
complaint	en	I've spent over $2,000 at your shop this year and this is how I'm treated? It's not even about one order anymore. Shameful.
complaint	en	The way your shop handles problems is a joke. You just wait until the buyer protection period runs out.
complaint	en	Customer service here = copy paste + "dear valued customer". Done.
complaint	en	I have a hearing impairment and your staff were impatient and rude when I asked them to repeat something on the phone. That's not ok.
complaint	en	I'm going to the consumer affairs office tomorrow. This is my last message.
complaint	en	lol your auto-reply just sent me a coupon when I said I want to speak to someone. read the room
complaint	en	Complaint: your representative gave me false information about your warranty policy.
complaint	en	Your after-sales team keeps sending me to the platform, and the platform sends me straight back to you. Nobody takes ownership of anything.
complaint	en	I think it's disgusting that you offer compensation only if I change my review.
complaint	en	You muted me in your Xiaohongshu group chat because I asked too many questions? Real mature.
complaint	en	Thanks for nothing. Seriously. Nobody has helped me with anything.
complaint	en	Be aware I'll be leaving a 1-star review AND reporting this shop to the platform for not responding.
complaint	en	Hi, sorry but I have to say your service has gone downhill. Used to be quick, now nobody replies for days.
complaint	en	The chat keeps disconnecting and every time I reconnect I'm at the back of the queue. 40 minutes wasted.
complaint	en	Never tell a customer "that's your problem". That's literally what your employee wrote to me.
complaint	en	Unacceptable that your website has no phone number and no email, only a chatbot that loops.
complaint	en	I'd like to make a formal complaint about how my case was handled. Please give me the contact of your complaints department.
complaint	en	It's been 20 days since I first wrote and I haven't had a single human reply. I am now contacting the marketplace's seller performance team.
complaint	en	Your support team closed my case without asking me if it was solved. Reopen it and give me a real person.
complaint	en	ur service is trash
complaint	en	I tried to give your shop honest feedback and your staff got defensive and argued with me. Not ok.
complaint	en	Your WhatsApp number doesn't exist, your email bounces, your chat is a bot. How are people supposed to reach you?
complaint	en	Buyer beware: this seller only responds to 5-star reviews. Complaint filed with the platform.
complaint	en	It's absurd that I'd have to pay to post something back to China when it cost me 12 pounds. Your policy is designed so no one ever returns anything.
complaint	en	Hello, this is the third time I'm writing to complain about your staff's tone. Nobody seems to care.
complaint	en	Last time I'll say it politely: I expect a reply from a human within 24 hours.
complaint	en	You keep sending me surveys about my "great experience". There was no great experience. Nobody helped me.
complaint	en	Your customer service makes me feel like a criminal for asking a question.
complaint	en	How is it acceptable that your shop replies only in Chinese when I write in English? I've asked several times.
complaint	en	Disappointed in the whole process. Nothing was explained and I had to chase every single step.
complaint	en	I'm doing a chargeback unless someone with authority contacts me today.
complaint	en	Why did you reply to my message with a sticker? I'm trying to get help.
complaint	en	Charging a 25% restocking fee is outrageous. No other shop does that.
complaint	en	Mate, I've been patient. Two weeks of "we're looking into it". I'm done being patient.
complaint	en	Shame on this shop. Zero accountability.
complaint	en	The manager I spoke to was dismissive and said "many customers say that". So?
complaint	en	I want to be clear that this message is not about any product, the things I bought from you are fine. It's about the way I was spoken to on your hotline on Tuesday afternoon. I asked a simple question about your warranty and the woman who answered sighed, talked over me, and then said "if you don't understand, read the website" before putting me on hold for twenty minutes. I have been a customer for years and I have never been treated like that. I would like someone senior to call me back.
complaint	en	Reported to the FTC today. I'd rather not have had to.
complaint	en	Every reply comes 3 days later and doesn't even answer what I asked. How is this a business?
complaint	en	I'm in Dubai and your agent told me "we don't prioritise Middle East customers". Is that your company's position??
complaint	en	Your policy requires me to pay a "verification fee" before you'll look at my case? Absolutely not.
# --- feedback ---
feedback	en	Thank you so much for the replacement, it arrived today and it's perfect. You guys are great.
feedback	en	The burnt orange cardigan is to die for. Wore it three days in a row lol
feedback	en	Gave you 3 stars. Product is nice, shipping took a while.
feedback	en	Not complaining, but a suggestion: please put the sizing in inches too, not just cm. Us Americans struggle.
feedback	en	Killer deal on the air fryer, works perfectly, my husband uses it every day now.
feedback	en	5 stars, love it
feedback	en	Hi po! Just want to say thank you, my baby loves the teether po. Super cute. God bless!
feedback	en	The sheet masks are amazing, my skin is glowing. Getting the 20-pack next time.
feedback	en	Wrote a review on the marketplace, 4 stars because the instructions were only in Chinese, otherwise great.
feedback	en	Feedback: the box was way too big for a tiny item, lots of plastic filler. Maybe use smaller boxes?
feedback	en	Absolutely obsessed with the ash grey bedding. Looks so expensive.
feedback	en	Your customer service girl Mia was super helpful with my exchange, please pass on my thanks.
feedback	en	The cat went straight into the cat tree and hasn't come out since. 10/10.
feedback	en	Does the job, nothing special. Two stars from me.
feedback	en	The fire red nail polish is fire. Literally everyone asks what I'm wearing.
feedback	en	Honest review: the hair dryer is powerful but heavy. Wouldn't take it travelling, fine for home.
feedback	en	Would be great if you sold refills for the candle jars. Love the jars too much to throw them away.
feedback	en	Thanks for the handwritten note in the package, made my day!
feedback	en	Love love LOVE the smoke grey puffer. Warm, light, and it packs into its own pocket.
feedback	en	The snack box was a hit at our office party, everyone wants the link.
feedback	en	Dear seller, product received in good condition. Quality is very good. Will recommend to my friends and relatives.
feedback	en	Suggestion: please add a gift option so the invoice with the price isn't put in the box.
feedback	en	Updated my review from 2 to 5 stars after how you handled my issue. Respect.
feedback	en	The ripped jeans fit like a dream, the rips are in all the right places.
feedback	en	The case is okay but the buttons are a bit stiff. 3 stars. Not asking for anything, just feedback.
feedback	en	1 star. Looks cheap. Would not recommend to anyone.
feedback	en	Your packaging is adorable. The little sticker and the candy made me smile.
feedback	en	Product ok, delivery guy very nice, overall a good experience. 4/5
feedback	en	Just a note: the Spanish translation on your website has a few mistakes. Happy to point them out if you like.
feedback	en	Thanks again for sorting out the mix-up so fast. All good now.
feedback	en	Been using the vitamin C serum for 2 months and my dark spots are fading. Thanks!
feedback	en	The charcoal wool coat is gorgeous and really well made. Worth every penny.
feedback	en	Disappointed overall. Not a disaster, just mediocre quality. Won't order again.
feedback	en	Feedback on your app: the search can't find products by colour. That would be useful.
feedback	en	Good product, bad instructions. 3 stars.
feedback	en	Shout out to your team for the quick replies. Best shop I've dealt with on Xiaohongshu.
feedback	en	I love the distressed finish on the side table, it looks properly vintage.
feedback	en	The pet fountain is quiet and my cats drink more now. The vet will be happy lol
feedback	en	Thank you! Refund received, all sorted. Have a nice weekend.
feedback	en	A tip for other buyers: size up in the sneakers. Mentioned it in my review.
feedback	en	Your livestream last night was fun! The host explained the products really well.
feedback	en	The crackle glaze vase is even prettier in person, the light catches the crackle beautifully.
feedback	en	Sir, your product is excellent. I am using it daily. Kindly keep it up.
feedback	en	Honestly didn't expect much for the price but the earbuds sound great.
feedback	en	I was sceptical about ordering from overseas but everything went smoothly. Will be back.
feedback	en	The lamp is a bit dimmer than I expected but it creates a nice cosy mood. Happy overall.
feedback	en	I'd love it if the kids' sizes came in the same colours as the adult ones so we can match!
feedback	en	Posted an unboxing video on TikTok and tagged you, hope you like it!
feedback	en	The baby carrier saved my back. Thank you for making such a good product.
feedback	en	Shukran! The abaya is beautiful and the fabric is very soft. My mother loved it.
feedback	en	Just left a review with photos. Not perfect but close.
feedback	en	Suggestion: offer an unscented version of the body lotion. I love the texture but the scent is strong.
feedback	en	Everything was perfect, from ordering to delivery. 5/5.
feedback	en	Best dried mango I've ever had, tastes like the ones from my childhood in Cebu.
feedback	en	Burnt orange is a killer colour on the dog harness, he looks very handsome lol.
feedback	en	Honestly your customer service turned a bad day around. Thank you, Leo.
feedback	en	Personally not a fan of the rose scent, a bit soapy for me. Texture is lovely though. 3 stars.
feedback	en	Would be nice if the tracking emails were in English. Other than that, a smooth experience.
feedback	en	Vielen Dank! The teapot is wonderful and arrived very well packed. 5 stars from Germany.
feedback	en	Leaving 5 stars. Great seller, great communication.
feedback	en	Your shop is my go-to for gifts now. Third order this month.
feedback	en	Thank you for the extra samples! The eye cream was so nice I'm going to buy the full size.
feedback	en	Nice product but the price went up since my last order. A bit sad about that.
feedback	en	Heads up, the new packaging is harder to open but it looks nicer. Mixed feelings lol
feedback	en	The rice cooker makes perfect rice every time. Finally!
feedback	en	It's not broken or anything, just feedback: the charging cable is too short, 1m would be better than 50cm.
feedback	en	Had a little issue with the delivery at first but you handled it brilliantly. Thanks team!
feedback	en	The LED strip lights made my gaming room look insane. Love it.
feedback	en	Rating: product 5/5, packaging 4/5, delivery 3/5.
feedback	en	Suggestion for the listing: mention that the mug is quite heavy. Not a problem for me but it might be for some.
feedback	en	The smoke grey sunglasses are so chic, I've had so many compliments at work.
feedback	en	omg the lip tint is sooo good
feedback	en	Just wanted to let you know my order arrived safely in Nairobi! Thanks for the fast shipping.
feedback	en	My dog destroys every toy, except yours. Impressive. Buying more.
feedback	en	Bit of a mixed bag: the blender is powerful but loud, and the lid is fiddly. Still happy overall.
feedback	en	Just a compliment: your product photos are the most honest I've seen online. What you see is what you get.
feedback	en	Great value. The killer deal on the bundle was totally worth it.
feedback	en	My mom cried when she opened the personalised necklace. Thank you for making it so special.
feedback	en	That "to die for" chocolate hazelnut spread lives up to the name. Gone in 3 days. Oops.
feedback	en	You deserve more followers. Telling all my friends.
feedback	en	Long overdue review, sorry! I bought the silk pillowcase back in spring after seeing it on Xiaohongshu, and I wanted to wait a few months before saying anything. My hair is noticeably less frizzy in the morning, it's held up to weekly washing with no snags, and the colour (the dusty blue) hasn't faded at all. The only thing I'd change is the envelope closure, it slips open sometimes. Four and a half stars from me.
feedback	en	Good job on the eco-friendly packaging, no plastic at all. Appreciated.
feedback	en	The cotton tee is excellent quality, heavy and soft. Will get all the colours.
# --- presale ---
presale	en	Does the air fryer come with a UK plug or an EU plug?
presale	en	Is the killer deal on the hair dryer still on? The countdown on the page says 2 days.
presale	en	in stock?
presale	en	Is the burnt orange cardigan more of a rust or a pumpkin shade? Haven't ordered yet.
presale	en	Do you ship to Saudi Arabia? And how many days to Riyadh?
presale	en	What's the difference between the 20000 and 10000mAh power banks apart from capacity? Can I take the bigger one on a plane?
presale	en	Hi po, do you still have stock of the baby carrier in grey? Thank you po.
presale	en	Does the sunscreen leave a white cast on darker skin? Thinking of ordering.
presale	en	Is the cat food grain-free? My cat has allergies. Is there a small trial bag?
presale	en	I'm 165cm, 58kg, which size for the linen dress? I'm between S and M.
presale	en	Do you do wholesale prices for 200 units of the claw clips? Boutique in Lagos.
presale	en	How long does delivery to Manila usually take? Need it for my daughter's birthday on the 28th.
presale	en	Can the fire red enamel pot be engraved? I want it as a wedding gift.
presale	en	Do you have the distressed denim jacket in a kids' size too? I want to match with my son.
presale	en	Will the 15 Pro case fit the 16 Pro? Or do you have a 16 version coming?
presale	en	Are these snacks halal? Do you have the ingredient list in English?
presale	en	Kindly inform whether cash on delivery is available for Chennai.
presale	en	Hola, the price include the taxes for Spain? I don't want to pay customs after.
presale	en	Is the cashmere scarf real cashmere? Any certificate? I'd like to know before I spend 90 euros.
presale	en	Before I order: is the ash grey closer to light grey or to taupe?
presale	en	Is the smoke grey sofa cover available in a 3-seater size? I only see 2-seater on the page.
presale	en	Is a 38 in your sandals like a US 7 or a 7.5?
presale	en	Which one is better for oily skin, the gel cream or the lotion?
presale	en	Is there a student discount?
presale	en	Does the rice cooker have a keep-warm function and a timer? Comparing it with the other model.
presale	en	If I buy two, is shipping combined?
presale	en	Can I order now and choose a later delivery date? It's a surprise for the 14th.
presale	en	Do you have a trial kit of the whole skincare routine in minis?
presale	en	Are you restocking the sold-out lip tint shade 04? When?
presale	en	Does the baby monitor work without wifi?
presale	en	Is the massage gun loud? I live in a flat with thin walls.
presale	en	What's your return policy? Asking before I order because I'm between two sizes.
presale	en	Is this dog harness suitable for a French bulldog? Which size for a 12kg frenchie?
presale	en	Do you ship to PO boxes or APO addresses?
presale	en	Hi, I'm interested in the stroller but want to know the folded dimensions. Will it fit a small car boot?
presale	en	Does the charcoal coat come in a petite length?
presale	en	Between the fire red and the burgundy, which looks better on dark skin? I want to buy one.
presale	en	Are the LED lights compatible with Google Home?
presale	en	Does the chocolate wafer snack contain peanuts? My son is allergic.
presale	en	Do you accept PayPal? I don't have a Chinese bank card.
presale	en	Can you ship to Northern Ireland? I want to order but the checkout won't take my postcode.
presale	en	Is the crackle glaze lead-free and food safe? Thinking of buying the set for serving.
presale	en	How many colours does the hoodie come in? The page only shows 3 but I saw a green one on Xiaohongshu.
presale	en	What's the shelf life of the dried mango? I want to buy a lot for a long trip.
presale	en	ash wood shelf sold out again?? when's the next batch
presale	en	Can you do a custom size for the curtains? I need a 290cm drop.
presale	en	Is the power bank MagSafe compatible with the iPhone 13 mini?
presale	en	Any discount code for a first order?
presale	en	Planning to order 3 things, will they come in one parcel or separately?
presale	en	Does the humidifier have an auto shut-off when empty? I want it for my baby's room.
presale	en	Is a size 46 coming for the loafers?
presale	en	Is the night cream safe during pregnancy? Looking to buy.
presale	en	Hi, is the sneakers' white a pure white or off-white? It looks different across your photos.
presale	en	Is it the global version? Will the app be in English?
presale	en	When does your 11.11 sale start and will this be included?
presale	en	How long does shipping to Texas take with standard vs express?
presale	en	Is the ring adjustable? I don't know my ring size.
presale	en	Is the linen pre-washed? Will it shrink?
presale	en	Is the abaya available in size 60 in black? Thank you habibti.
presale	en	Is the eyeshadow palette cruelty-free?
presale	en	Which blender is better for smoothies with frozen fruit, the 800W or the 1200W?
presale	en	Hello, I want to buy 10 of the thermos flasks for my team. Is there a price break at 10?
presale	en	Do you ship snacks to Australia? I heard customs is strict with food.
presale	en	Does the pet fountain come with spare filters, or do I need to buy them separately?
presale	en	any deals this weekend?
presale	en	What sizes are left in the burnt orange? Looking for an M or L.
presale	en	Could you send me more photos of the back of the dress before I order?
presale	en	Which size would you suggest for a 3 year old who is tall for her age (102cm)?
presale	en	Is there a warranty for Europe if I buy the hair dryer from you?
presale	en	Hey, planning to buy the ripped jeans. Do the rips go all the way through or is there a lining behind them?
presale	en	Does it come with a gift box? And can you leave the price off?
presale	en	The page says "ships in 3-5 days". Is that processing time or delivery time?
presale	en	How soft is the silk pillowcase compared to the satin one? Worth the price difference?
presale	en	Do you sell replacement heads for the electric toothbrush?
presale	en	Is the baby carrier hip-healthy? Any certification?
presale	en	Is the mini fridge quiet enough for a bedroom?
presale	en	Do your prices include VAT for the UK, or will I pay it on delivery?
presale	en	Do you ship to Germany from an EU warehouse, or from China? I'd like to avoid customs.
presale	en	Can you confirm the charger's plug type before I buy? I'm in India.
presale	en	Hi! I'm looking at the wool coat for my dad's birthday and I'm a bit stuck on sizing. He's 178cm, around 85kg, broad shoulders and a bit of a belly, and he usually wears a UK 42 chest in suits. Your chart only has the garment measurements in cm. Would the L be roomy enough to wear over a thick jumper, or should I go XL? I'd rather not deal with an exchange across borders.
presale	en	The host in yesterday's livestream showed a lilac version. Is that coming to the shop?
presale	en	Is the tea loose-leaf or tea bags? The listing doesn't say.
# --- other ---
other	en	Please change the delivery address on order 50219 to 14 Elm Road, Leeds LS6 2AB. It hasn't shipped yet. Nothing wrong, I'm just moving.
other	en	Could you send a VAT invoice for order #XH-44102? Company name: Brightside Studio Ltd, VAT GB123456789.
other	en	I can't log in, it says my account is locked after too many attempts.
other	en	Hello, I'm a pet influencer (120k on Instagram). Would you like to send the cat tree for a review? Let's collab!
other	en	hi
other	en	My order's fine, no issue at all. I just need weekday deliveries to go to my workplace instead. Can I add that?
other	en	Please unsubscribe me from the SMS promotions. Thanks.
other	en	Kindly update my mobile number to +91 98765 43210 for delivery updates. Thank you.
other	en	I need a receipt with the price in EUR for my expense report.
other	en	How do I change my account email? I no longer use the old one.
other	en	Hi! We're an online store in the Philippines and would like to resell your skincare. Can we talk about a distribution partnership?
other	en	ok noted thank you
other	en	Is there a phone number I can call instead of using the chat?
other	en	Please delete all my personal data under GDPR. Account email jane.r@example.com.
other	en	Can you combine orders 7720 and 7721? Same address, I bought them an hour apart.
other	en	The password reset link leads to a blank page.
other	en	Is your company registered in the EU? My accountant needs your company details for the invoice.
other	en	Hello, we are a logistics company offering cheaper shipping from Guangzhou to Europe. Interested?
other	en	How do I link my Xiaohongshu account to my account on your website?
other	en	Sorry, that message was meant for my sister lol
other	en	Can I add a gift message to order 33018? It's going straight to my friend.
other	en	I got an SMS saying my parcel needs a customs fee paid through a link. Is that from you? It looks like a scam.
other	en	Is there a way to make my wishlist public so my family can see it?
other	en	Please put my company name on the invoice: "Green Leaf Trading FZ-LLC", TRN 100234567800003.
other	en	Hello, is this the right place to ask about a job? I saw a post for a livestream host.
other	en	How do I use my reward points at checkout? I have 800 but don't see the option.
other	en	Happy Lunar New Year to the whole team!
other	en	Can you change the recipient name to my husband, Carlos Mendez? He'll be home to receive it.
other	en	Thanks, that's all!
other	en	Please stop adding me to WhatsApp groups.
other	en	Could you reissue the invoice with my new address? The old one is on it.
other	en	We'd like to feature your brand in our Christmas gift guide (print magazine). Who's your PR contact?
other	en	Is there an app, or only the mini program?
other	en	Could you split order 9911 into two shipments, one to me and one to my mum? Nothing's wrong, it's just easier.
other	en	Good morning! Just saying hello
other	en	I signed up twice by accident, can you merge my two accounts?
other	en	Could I have a receipt without the prices shown? It's a gift.
other	en	Hi, what's the email for business enquiries?
other	en	Hi, not a complaint or anything, just checking you got my earlier message about changing the address?
other	en	Please update my billing address, I've moved. Shipping address stays the same.
other	en	Can you deliver to a parcel locker instead of my home? The order hasn't shipped yet.
other	en	My verification code SMS never arrives when I try to log in.
other	en	Are you open during the Golden Week holiday?
other	en	How do I claim the VAT back as a tourist? Do you provide a tax-free form?
other	en	I'm a student doing research on cross-border e-commerce. Could I send you a 5-minute survey?
other	en	hey just testing if this chat works
other	en	Is your Xiaohongshu shop the same company as your website? Want to make sure I'm not on a copycat.
other	en	Please correct the house number on my order: it's 27B, not 27. I don't think it has shipped yet.
other	en	please remove my email from your newsletter list
other	en	Good afternoon, may I know the name of the person I'm chatting with? Just for my notes.
other	en	I'd like a proforma invoice for order 44108 so my university can reimburse me.
other	en	Good day, I own a factory producing silicone kitchenware. We'd like to supply your shop.
other	en	The app keeps crashing when I open my profile. iPhone 12, latest iOS.
other	en	Could you please update the postcode on order 88120 to SW11 4NL? Typo on my part.
other	en	Someone on Instagram is using your shop name and photos and selling the same things cheaper. Is that an official account of yours?
other	en	My account shows someone else's address in the address book. Did I get hacked?
other	en	Please send the invoice again, the PDF link has expired.
other	en	Hola! Greetings from Colombia
other	en	Hi there, I'm interested in becoming an affiliate. How does your affiliate programme work?
other	en	My referral code isn't showing on my account page. Where do I find it?
other	en	Can I collect order 30091 from your warehouse in Shenzhen instead of having it shipped? I'm visiting next week.
other	en	thx
other	en	How do I turn off the notifications from your app? There are too many.
other	en	Is it possible to get the invoice in my company's name rather than mine? Order 60017.
other	en	Are you open on Eid? When will you reply?
other	en	What's your registered business address? I need it for our supplier records.
other	en	I want to change my username in the app.
other	en	Can you add "Attn: Procurement" to the shipping label? It's an office delivery.
other	en	I forgot which email I used to order. Can you look it up with my phone number?
other	en	Can you email me a copy of the order confirmation? I deleted it.
other	en	Please send a credit note for the refunded order 70213. The refund itself is fine, my accountant just needs the document for the books.
other	en	The checkout won't accept my Apple Pay. The card works everywhere else.
other	en	Please set my delivery preference to "leave with neighbour" for future orders.
other	en	Do you have an English-speaking contact for media enquiries?
other	en	Eid Mubarak to you and your family!
other	en	I'd like to update the name on my account after getting married.
other	en	Good afternoon. I run a small design studio in Manchester and we've ordered from you four times this year for client gifts. Our bookkeeper has asked me to collect proper VAT invoices for all four orders (numbers 20931, 21877, 23105 and 24410), showing our company name "Fold & Form Ltd", our address and VAT number GB 284 1190 37. Could you send them as PDFs to accounts@example.co.uk? No rush, end of the month is fine.
other	en	Thank you and have a nice day
other	en	Please note our doorbell doesn't work, the courier should call +1 415 555 0132 on arrival. Order not shipped yet.
other	en	Is it possible to get order updates by WhatsApp instead of email?
other	en	Hi, we met at the Canton Fair last month, following up on the sample request for our Dubai stores.
other	en	Is there a Spanish-speaking agent available?
other	en	My two-factor authentication is on an old phone. How do I reset it?
"""#
}
