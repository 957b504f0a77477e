// Labelled customer messages for the triage classifier, as tab-separated lines
// (category, language, text; `#` lines are comments). A fourth set in English, along the boundaries the classifier confused most (usage and presale, feedback and damage, other and complaint, wrong and broken).
// Kept as a Swift string rather than a SwiftPM resource (see ShippedExamples.swift).

extension ShippedTriageExamples {
    static let fourthEnglish = #"""
# Aftercare triage examples, fourth English batch: more labelled en customer messages for the message classifier.
# Same format and labelling rules as ShippedExamples.swift (see its header): category<TAB>language<TAB>text, one example per line, language is en on every line.
# Focus: the boundaries usage/presale (owners asking how to use vs people deciding whether to buy), feedback/damaged (reviews that mention small flaws or wear vs broken items),
# other/complaint/feedback (invoices, address, account, greetings vs service complaints vs thanks and ratings) and wrong_or_missing/damaged (absent or wrong vs broken).
# New messages (not paraphrases of the earlier files); each section is mixed so every run of 5 lines is representative.
# --- not_received ---
not_received	en	The driver says he threw it over the gate. We have a very open front garden and a nosy dog. It's not there.
not_received	en	Our company ordered 20 headlamps for a team event (PO 7716). The courier shows delivered at 17:40, after reception had closed. Nobody on site signed for it and it isn't in the building.
not_received	en	Marked delivered to my office on a Saturday, when the office is shut. Security says nothing came in. Where did it go?
not_received	en	hey so the drone. tracking says delivered tuesday 11:42. i have zero drones. order 66301
not_received	en	The delivery note says "left in recycling bin". The bin was emptied this morning, so my parcel is probably at the tip. Great. Order 2209, the solar lights.
not_received	en	Two weeks of "in transit" and then the carrier wrote to say the parcel has been declared lost. It was the puzzle and the board game, order 5501.
not_received	en	Parcelforce lost it. Their words: "we've been unable to locate your item". It's a rowing machine. How do you lose a rowing machine.
not_received	en	Bol.com says my order was delivered at 14:02 yesterday. I worked from home all day right by the door. Order 5021-NL.
not_received	en	Status: "Delivered to neighbour". Neighbour: "What parcel?" Me: 😐
not_received	en	PostNL says delivered, but the delivery photo is of a door I've never seen. Order NL-2291, the garden hose reel.
not_received	en	The tracking says my neighbour signed for it. She says she never took anything in, and she's been in hospital since Monday.
not_received	en	delivered?? where
not_received	en	Order 9931 is lost. The carrier's email: "Following our investigation the item could not be found." Can you send the photo printer again?
not_received	en	Poste Italiane says "consegnato", but my letterbox had only advertising in it. Order IT-7740, the silk scarf.
not_received	en	It says delivered on 28 December. I've been away since the 20th and my house sitter says nothing came.
not_received	en	My flatmate thought she saw a box in the hallway, but by the time I got downstairs it was gone. The tracking confirms it was delivered at that time. So no, I never got it.
not_received	en	Where's the big-button phone? Mum's been watching the door all week. It says delivered Monday.
not_received	en	Chronopost says the parcel was handed over to "M. Dupont". I'm Mme Leroy, and nobody called Dupont lives in this building.
not_received	en	GLS marked my parcel as delivered to a ParcelShop. That shop closed down last year, I walked past it this morning.
not_received	en	Six weeks, and now the carrier has closed my case as "item destroyed, undeliverable". So I'm never getting the tent. What now?
not_received	en	Pos Laju tracking says item delivered, but nobody at home received it and the guardhouse has no record. Order MY-3328.
not_received	en	The DPD photo shows the box on a doorstep with a red mat. We don't have a red mat. It's two 24kg dumbbells, nobody carries those off by accident.
not_received	en	Colissimo says delivered on Tuesday. My letterbox was empty and the gardienne has nothing for me. Order FR-7710.
not_received	en	Jumia says delivered in Lagos. I didn't get it and the rider isn't picking up his phone.
not_received	en	My doorbell camera shows the driver walk up, photograph the parcel on my step, then pick it back up and take it away with him. Status: delivered. I have the video.
not_received	en	I think it was stolen from our lobby. There've been a few thefts in the building lately. Delivered at 10:15, gone by the time I got home at noon.
not_received	en	My daughter's at uni and the parcel went to her halls. Halls reception says it was never logged in. Tracking says delivered. Order 7731, the hot brush.
not_received	en	Hi po, LBC says my package was delivered to the Davao branch but the branch said it's not there po. It's the kids' tablet, order PH-3381.
not_received	en	No parcel. It says "handed to household member". I live alone with a cat.
not_received	en	Order #SL-2291: the courier says "delivered to customer in person" at 9:03. At 9:03 I was in a dentist's chair.
not_received	en	The carrier lost my parcel and sent me an apology email with a 5 euro voucher for THEM. I'd quite like the cordless drill I paid you for.
not_received	en	Good afternoon, we're a yoga studio in Bristol. The 15 foam rollers we ordered were marked delivered on Tuesday, but the studio was locked that day and there's no sign of them at the door or with the cafe next door. Could you check with the carrier? Order W-3381.
not_received	en	Subject: Order #3318 not received Message: The tracking page says delivered on 2 May and "handed to recipient". Nobody handed me anything. Please investigate.
not_received	en	Parcel marked "delivered to garage". I live on a narrowboat. Genuinely no garage. Nothing on deck either.
not_received	en	Signed by "C19"?? That isn't a name, and I haven't received anything.
not_received	en	Delhivery shows "delivered, OTP verified". I never received any OTP SMS. Kindly check, order no. 88201.
not_received	en	Yamato tracking says it went into my building's delivery box, but the box is empty and none of the codes open anything.
not_received	en	Hi! It says delivered to "Reception". I'm in a terraced house, there is no reception 😅 Order 4410, the nasal aspirator.
not_received	en	Posti says my parcel went to the K-Market parcel point. It isn't on their shelf and my code says "already used". Order FI-2201.
not_received	en	the heated vest never made it. the carrier says it was lost in a depot fire?? is that even real??
not_received	en	The courier wrote "customer not available" and then "delivered" the same afternoon. I was available. Nothing was delivered.
not_received	en	Not delayed. NOT stuck in customs. The local carrier confirms they delivered it on the 3rd. I never received it.
not_received	en	The locker at the station opened with my code, and inside was somebody else's pair of shoes. My parcel wasn't there.
not_received	en	Sent as a gift to my friend in Lisbon. CTT says "entregue". She checked the mailbox and asked the porter, nothing.
not_received	en	Really upset. Tracking shows it was delivered to the same street name in a different city. Now it's lost. The dress was for my graduation.
not_received	en	Allegro shows the parcel was picked up from the parcel machine. Not by me. Order for the steam mop.
not_received	en	I've spent ten days going back and forth about this and I'm worn out. The parcel was marked delivered on the 2nd. I've checked with both neighbours, the building manager, the corner shop where couriers sometimes leave things, and the local depot, who told me to contact you. The courier's own chat says the case is "with the sender". So here I am: I paid, the parcel was apparently delivered, and I have nothing. Order 30981, two sets of bedding.
not_received	en	The post office counter says my parcel was collected yesterday with ID. Not mine, I've got my ID right here in my hand.
not_received	en	Lost in the post. I'd rather have a refund than a reship, I've already bought the board game elsewhere for the party.
not_received	en	Hola! The parcel says delivered but we are on holiday in Spain, and the neighbour who is watering our plants says nothing was left.
not_received	en	The label was missing my flat number (I did type it at checkout, screenshot attached), so the courier left it in the shared hallway of a 40-flat building. It's gone.
not_received	en	The noon app says delivered. I'm in Dubai Marina and the concierge has nothing. Order NAE-55012.
not_received	en	Kindly note, parcel for order ON-2210 not received till date though status shows delivered on 11th. Request you to take it up with Blue Dart.
not_received	en	CouriersPlease marked it delivered, and the safe-drop photo is a blurry dark patch. Nothing at my unit in Parramatta.
not_received	en	Please check the proof of delivery signature on order 2281. I haven't received the projector, and whoever signed wasn't me.
not_received	en	The courier says it went missing at their sorting centre. Could you reship the wedding guest dress? The wedding is on the 14th.
not_received	en	Never got it. 5519.
not_received	en	A whole month after the delivery date. The carrier finally admitted they can't find it. The ski goggles, order 4418. Resend please, the trip is in two weeks.
not_received	en	The courier app shows the delivery pin in the middle of a roundabout. I don't have my parcel.
not_received	en	The courier claims the parcel was refused at the door. Nobody refused anything, I was waiting for it all day. Now they say it's been "disposed of".
not_received	en	Courier confirmed it's lost, their reference LS-20091. Please send the orchid again (I know it'll be a different plant, that's fine).
not_received	en	Hi, the tracking for my order has said "delivered" for a week. I was sure it would turn up at a neighbour's but it hasn't. Can you please help? It's the kombucha kit.
not_received	en	The post office says my parcel was handed to someone who showed my collection card. I'm holding my collection card right now.
not_received	en	Got the "ready for pickup" message, went that evening, and they said it was sent back to the depot because the shelf was full. The depot says it isn't there. It's just vanished.
not_received	en	Hello there, I am in Trinidad. Tracking show delivered to Port of Spain post office, but post office say they never get it. Please assist, order 3319.
not_received	en	It says delivered. I was sitting by the front window all afternoon. No van, no knock, no box.
not_received	en	Evri says my parcel was left "in a safe place". I've checked the bins, the shed and both neighbours. No kalimba anywhere.
not_received	en	Sorry to chase again, I know you've opened a claim. Just confirming the flea collars still haven't turned up and the tracking still says delivered.
not_received	en	USPS says "delivered to agent for final delivery". I have no idea who the agent is and no parcel. Order 1182.
not_received	en	This is my third message. The proof of delivery photo shows a house with a blue car on the drive. I don't own a car.
not_received	en	It was going to my mum's care home. Tracking says delivered to reception, but reception logs everything and it isn't in the book.
not_received	en	Delivered to the wrong block on the estate, C instead of G. Block C's concierge can't find it.
not_received	en	I've been charged, I have a tracking number, and the tracking says delivered. What I don't have is the coffee grinder.
not_received	en	The tracking has said "delivered" since 19 April, and now the courier won't investigate because it's been more than 10 days. I still don't have the whitening kit.
not_received	en	InPost locker code didn't work, and now the app shows "collected". I haven't collected anything. Order 4471-PL.
not_received	en	Tracking says delivered to my PO Box, but the staff at the post office say nothing was scanned in for my box this week.
not_received	en	An Post says delivered. Nothing in the porch, nothing with the neighbours. Rural address in Co. Kerry, order 5530.
not_received	en	where did it go?? tracking says delivered to side gate. we live in an apartment. no gate
not_received	en	Hola, Mercado Libre says "entregado" but I not receive nothing. The delivery man never come to my house. Order 2000004412.
not_received	en	Dear Sir/Madam, I am writing about order 44019. According to the tracking it was delivered on 3 June. I did not receive it. I live in a ground floor flat with a secure entrance and no parcel was left inside. Please arrange a trace with the carrier. Yours faithfully, P. Adebayo
not_received	en	Apparently the driver handed my parcel to a kid playing outside. We don't have kids, and nobody on the street knows anything about it.
not_received	en	I not have my parcel. The web say "delivered in mailbox" but it is big box, impossible in my mailbox.
not_received	en	Tracking: delivered. Reality: not delivered. Solution: ???
not_received	en	The ukulele never came. Tracking says "attempted, no access" and then "delivered" one minute later. Nobody came to the door.
not_received	en	Nothing arrived. It's been marked delivered since Friday and I've waited the 48 hours you asked me to.
not_received	en	The address on the label is right, but the tracking shows delivered to a postcode 2km away from mine.
not_received	en	Tokopedia shows "pesanan selesai" but the courier never came to my house. Please help, order INV-20240611.
not_received	en	Tracking went from "out for delivery" to "delivered" in 4 minutes while the live map had the van 30km away. I don't have the parcel.
not_received	en	I sent a present to my nephew in Manchester, straight to his house. His mum says it never came, tracking says "delivered, front door". It's the science kit.
not_received	en	Yodel says left with neighbour at number 7. Our street only goes up to number 5.
not_received	en	Kerry Express says delivered and signed for by "Somchai". I live alone in this condo unit and my name is not Somchai.
not_received	en	Order 7012, the sleep sacks for our twins. "Delivered", says the tracking. "Not here", says my front door.
# --- delayed ---
delayed	en	The parcel is at the Malaysia-Singapore border "awaiting clearance" for 6 days. Order SG-5502.
delayed	en	How long does Indonesian customs usually take? My parcel has been in "customs inspection" in Jakarta for 9 days. Order ID-2218.
delayed	en	The order page has said "packing" since Tuesday. How long does packing take?
delayed	en	So the customs email says my parcel needs a phytosanitary certificate because of the orchid. Do you have one? It's been stuck for a week.
delayed	en	The ETA was yesterday. The tracking last updated 5 days ago, in Frankfurt. It's still coming, I hope?
delayed	en	Ordered the nasal aspirator a week ago and it still hasn't shipped. The baby has a cold right now, could you send it today?
delayed	en	The parcel has been in customs in Bangkok for 10 days. Kerry say they're waiting on customs. Anything you can do?
delayed	en	Hi, my package has said "delayed due to weather" for 5 days with no new updates. Order 2219.
delayed	en	Is the warehouse on holiday? Paid on the 3rd, it's the 12th, no tracking number, status still "processing".
delayed	en	My parcel is held at customs in Israel. They need my ID number and a copy of the seller's invoice. I've sent my ID, can you send the invoice?
delayed	en	We're a school in Nairobi and our order of 30 science kits has been at Kenyan customs for three weeks. The clearing agent needs the packing list and commercial invoice from you.
delayed	en	The tracking says "arrived at destination country" and then nothing for 16 days. Is anyone on this?
delayed	en	My parcel is still "in transit" but the estimated delivery date has vanished from the tracking page. Should I be worried?
delayed	en	The post office says the parcel is in inbound customs processing in Johannesburg and that it "usually takes a few weeks". Is there any way to speed it up?
delayed	en	The courier marked us "business closed" at 11am on a Tuesday. We're a cafe, we were open. Now it's on hold until next week.
delayed	en	Ordered the derma roller 8 days ago, still no dispatch. Is it out of stock?
delayed	en	The tent is at my local depot but it's "too large for the van", so they're arranging a different vehicle. That was 5 days ago. Can you push them?
delayed	en	9 days for a pack of gel pens and it's STILL "awaiting dispatch". Are you hand-making the ink?
delayed	en	Our wholesale order of 200 gel pens (PO 3310) was due to ship last Friday. No dispatch notice yet. Please confirm the new date.
delayed	en	When will you ship the rest of my order? The puzzle came, but the board game has said "awaiting stock" for two weeks.
delayed	en	Hi po, I ordered the kids' tablet 2 weeks ago and it's still at the Manila sorting center po. When will it reach Iloilo?
delayed	en	ETA keeps slipping. Tuesday, then Friday, now just "soon". Soon when?
delayed	en	Slowest parcel in history. Guangzhou to Almaty, back to Guangzhou, then Dubai. Three weeks and it still hasn't reached Europe.
delayed	en	Good day, kindly advise when the order will be dispatched. Status is "payment confirmed" since 5 days. Order NG-4419.
delayed	en	"Delivery exception: address incomplete". My address is complete, I've checked. Now it's sitting at the depot until someone "confirms". Could you confirm it with them?
delayed	en	Tracking is frozen at "Processed through facility, ISC New York". 10 days now.
delayed	en	Is the made-to-measure qipao on schedule? The tailor's three weeks were up on Friday and I've had no shipping notice.
delayed	en	You marked my order "shipped" 10 days ago but the tracking number shows no information. Was it really handed to the carrier?
delayed	en	The parcel has been "awaiting collection by local courier" at the Madrid hub for 8 days.
delayed	en	Turkish customs are holding my parcel because it's over the duty-free limit. The courier wants a form with your company details and tax number before it can move. Can you send them?
delayed	en	My tracking went backwards. It was in Manchester yesterday and today it's back at the hub in Coventry. When will it actually reach me?
delayed	en	When does the second batch of the wedding guest dresses ship? Mine was in the second batch and the page said the 20th. It's the 28th.
delayed	en	The parcel has been at the airport in Lagos awaiting clearance for 3 weeks.
delayed	en	Hi, could you tell me if my order has shipped? No email, no tracking, and it's been 5 days. Just checking in.
delayed	en	Out for delivery, delivery rescheduled, out for delivery, delivery rescheduled. Five days of this. Order 8830.
delayed	en	The pressure cooker hasn't shipped and my mum arrives Saturday. Any chance it can go out today?
delayed	en	DPD has put the bike "on hold, oversized item" and say the sender has to rebook it as freight. Can you sort that out?
delayed	en	The restocked hiking poles were "shipping this week" three weeks ago. I still haven't had a dispatch email.
delayed	en	When will my e-bike actually ship? The order was confirmed 3 weeks ago and the page said ships in 5-7 days.
delayed	en	The ETA was 2-4 days. It's day 9, and the tracking says it's one town over. So close.
delayed	en	The pre-order of the ski goggles said early November. It's December, they haven't shipped, and the trip is on the 20th.
delayed	en	My parcel is with German customs and they've sent me a letter asking for the invoice and proof of payment. Could you email me a proper invoice so I can get it released?
delayed	en	The courier came while I was at work and now it's held for 5 working days before they try again. Can they redeliver sooner, or leave it with a neighbour?
delayed	en	anything moving on order 5590? still says unfulfilled 🙄
delayed	en	USPS: "Your package will arrive later than expected, but is still on its way." Thanks USPS. That was 8 days ago.
delayed	en	Hi, just checking my order's still on its way? It arrived in Auckland 10 days ago and hasn't been handed to NZ Post yet.
delayed	en	Evri has been "sorting" my parcel at their hub for 8 days. Order 3318, the moka pot. Any idea?
delayed	en	Hello, I'm writing about order 8812. I placed it nine days ago for my son's birthday, and I chose your express option because the listing said dispatch within 48 hours. The order page still says "preparing", there's no tracking number, and the two emails I sent on Monday and Wednesday have only had the automatic reply. The party is on Saturday. If it can't go out today, please tell me honestly so I can find something else in time.
delayed	en	Is there a problem with my order? I paid by PayPal a week ago and it still says "awaiting fulfilment". It's the photo printer.
delayed	en	Hi, my order shows "on hold" with no reason. I didn't ask for a hold. Can you release it and ship it?
delayed	en	4 days of "out for delivery" and it still isn't here. It goes back to the depot every night.
delayed	en	Got an SMS from Correos saying I had to pay 3.50 EUR for customs handling. Paid it. The parcel hasn't moved in 6 days.
delayed	en	The freight company says the rowing machine is "awaiting linehaul" and can't give me a date. It's been in their depot for 11 days.
delayed	en	Hey! Any shipping date for the sleep sacks? You said "this week" last week 😅
delayed	en	The freight company emailed to say my bunk bed "missed the trailer". The next trailer is in a week. Seriously?
delayed	en	Please help, the wig is for a photoshoot next Thursday and it's still "processing". Can it go express if I pay the difference?
delayed	en	Norwegian customs are holding my parcel and asking for a VOEC number. VAT was charged at your checkout. Can you send them the VOEC number so it's released?
delayed	en	I'm in Hawaii and it's been "in transit to next facility" in Oakland for 12 days.
delayed	en	The pre-order date for the kalimba keeps changing on your site, first March, now April. I paid in February. When will it really ship?
delayed	en	When will it arrive? Two weeks in transit.
delayed	en	Your site said dispatch within 24 hours. 72 hours later it's still unfulfilled, and the kids' bike is for a birthday on Sunday.
delayed	en	i keep refreshing and it keeps saying "pre-shipment". its been 8 days
delayed	en	Ordered in the Black Friday sale and it's still "pending shipment" two weeks later. I get that it's busy, but still.
delayed	en	Made-to-order sofa cover, 14 working days. It's been 25. Any news from the workshop?
delayed	en	tracking hasnt updated since monday, "departed facility Leipzig". its sunday. whats going on with the heated vest
delayed	en	Subject: Backorder ETA Message: Hi, I was told on 2 May that the green 4-person tent was backordered for two weeks. It's now 1 June. Could you give me an updated ship date? Thanks, Tom
delayed	en	Hi there, I appreciate it's Chinese New Year, but is there an estimate for when orders will start shipping again? Mine was placed on the 6th.
delayed	en	The freight driver has cancelled the delivery slot twice. The bunk bed has been in their warehouse for 9 days.
delayed	en	Stuck at the Dubai hub for 8 days. Aramex says "awaiting onward connection".
delayed	en	Hi, quick one: is there a delay on orders to Canada at the moment? Mine has been "in transit to destination country" for 15 days.
delayed	en	The carrier has my parcel "on hold, awaiting customer ID". I uploaded my ID on Tuesday and it's still on hold. Can you nudge them from your side?
delayed	en	The courier says deliveries to my town are "temporarily suspended" because of the flooding. Any idea when they'll start again? Order 3081.
delayed	en	Not lost, not delivered, just... wandering. Order 2290, now in its third country.
delayed	en	Tracking: "Arrived at hub, Singapore" 10 days ago. Nothing since. Not lost, the carrier confirms it's there, it just isn't moving.
delayed	en	Hello, my package is stop in the customs since 12 days. They write me I must pay the tax but the link is not working. What I do?
delayed	en	My drone is stuck at the airport with "lithium battery inspection". Any idea how long that takes?
delayed	en	Swiss customs want 21 CHF before they'll release the photo printer. Your checkout said duties were included. Can you sort it out with them so it gets delivered?
delayed	en	The parcel has been at "arrived at local post office" for 4 days and they say it hasn't been sorted yet.
delayed	en	Why haven't you shipped the second half of my order? The slow cooker came, the spice jars didn't, and the order page has said "partially fulfilled" for 12 days.
delayed	en	Kindly expedite. Order 6602 was shipped 10 days back and is still showing at the Mumbai hub.
delayed	en	Could you ask the courier why my parcel is "held at depot, incorrect postcode"? The postcode is right, I've lived here 10 years.
delayed	en	The carrier has rescheduled four times because of "capacity issues". It's a dash cam, not a fridge.
delayed	en	Hey, is my order still waiting to be collected from you? The courier's site says "parcel not yet received" and it's been a week.
delayed	en	Dear customer service, the mooncakes were supposed to arrive before Mid-Autumn. Tracking shows them still in Hong Kong and the festival is in 4 days. Could you please chase the courier? Regards, Wing
delayed	en	Tracking shows "clearance delay, incomplete documentation" on the protein powder. Does customs need an ingredient list from you?
delayed	en	Hello, I think my order has been forgotten. It's been "ready to ship" for 6 days and no courier has collected it.
delayed	en	ugh. "in transit, arriving late" for 6 days now. order 30221
delayed	en	The drone is held at customs because it "requires a radio equipment certificate". Can you send them the CE/RED certificate?
delayed	en	It arrived in Denmark a week ago and PostNord still hasn't scanned it in. Order DK-551.
delayed	en	I'm being patient, but the sourdough starter is live and it's been in transit for a week. Will it even survive?
delayed	en	It has said "shipment information received" since last Thursday. Is it still sitting in your warehouse?
delayed	en	Hello, the package with my sleep tea has been at import processing in Auckland for two weeks, waiting for a biosecurity inspection. Is there anything you can send them?
# --- damaged ---
damaged	en	The paddle board has a slow leak. Pumped to 15 PSI in the morning, soft by lunchtime. The valve is tight, I checked.
damaged	en	wooden train: the engine's wheel fell off and the axle is snapped. my toddler had it for an hour
damaged	en	The bamboo steamer arrived with the lid split and the slats on the bottom tier broken through.
damaged	en	The qipao's frog button came off in my hand the first time I fastened it, and the silk has torn where it was stitched.
damaged	en	Subject: Damaged delivery, order 7781 Message: Good afternoon, the stoneware pasta bowls arrived today. Four of the eight are chipped at the rim, one badly enough that I wouldn't eat out of it. The box had no dividers at all. Photos attached. Could you send four replacements? Regards, Ruth
damaged	en	Lamp shade dented, bulb holder loose.
damaged	en	The slow cooker's ceramic pot has a hairline crack and leaks onto the base while it cooks.
damaged	en	The bidet seat leaks from underneath. The plastic connector on the seat itself is cracked, it's not the hose.
damaged	en	Big scratch across the middle of the action camera lens. Every video has a smear in it. It was in the sealed box.
damaged	en	The video doorbell's picture is pink-tinted and there's a crack across the lens cover. New out of the box.
damaged	en	I was going to give the hiking poles a glowing review, they're so light, but the lower section of one cracked clean through on a gentle downhill on day three. Not impressed.
damaged	en	Projector fan sounds like a jet engine and there's a yellow blotch in the corner of the picture.
damaged	en	The wig's lace front is torn along the hairline. Can't wear it like that.
damaged	en	The aquarium heater's glass tube is cracked and there's water inside it. Glad I noticed before plugging it in.
damaged	en	Nasal aspirator motor runs but there's no suction at all.
damaged	en	The ski goggles lens has a crack at the edge and the foam is coming unglued.
damaged	en	Two of the orchid stems were snapped when I opened the box. The flowers are lying on the bottom.
damaged	en	I adore the colour of the linen duvet cover ("rust" is perfect), but it arrived with a 10cm tear along the top seam. Could you send a new one?
damaged	en	Instant camera: the film door won't stay shut, the latch is broken, so light gets in and ruins every shot.
damaged	en	Wok arrived with a dent in the rim and the wooden handle split down the middle.
damaged	en	The bunk bed's slat support rail arrived split along its length. Not safe to put a child on. Order BB-2210.
damaged	en	Reptile lamp bulb blew with a bang the first time I switched it on, and there's a scorch mark on the fitting.
damaged	en	Steam mop leaks from the tank seam all over my kitchen floor.
damaged	en	4 out of the 10 solar lights don't come on at all, even after a full sunny day.
damaged	en	SERIOUSLY. The hand mixer's beaters are bent and the second speed doesn't work. It was a gift for my mum, she opened it in front of me.
damaged	en	The beard trimmer blade has two broken teeth and it pulls the hairs instead of cutting.
damaged	en	The smart bulbs flicker non-stop and one buzzes. It isn't the settings, they do it with the app deleted and on a normal switch.
damaged	en	The soundbar hums constantly, even with nothing playing. Tried different cables and sockets.
damaged	en	The sleeping bag zip split on the second night. Half the teeth came away from the fabric.
damaged	en	The camping lantern flickers and dies after a minute on a full charge, and the handle is cracked.
damaged	en	The bike lock's key snapped off inside the lock the second time I used it. My bike is now chained to the railing outside work.
damaged	en	The heated vest only heats the back panel. The two front pads stay cold.
damaged	en	3 of the 12 spice jars arrived broken, glass in the bottom of the box.
damaged	en	The pet camera's treat launcher is jammed and the motor grinds. Used it maybe five times.
damaged	en	The photo printer jams on every sheet and makes a grinding noise. Printed exactly one photo.
damaged	en	Gorgeous turntable, love how it looks, BUT the platter doesn't spin at a steady speed, so every record sounds warbly. Same at 33 and 45.
damaged	en	Controller's left stick drifts on its own. It's new, my character keeps walking off the edge.
damaged	en	the dog GPS tracker won't hold a charge. 100% at night, dead by lunchtime, and it's barely tracking anything
damaged	en	Ukulele: the bridge is lifting off the body and there's a crack in the top near the soundhole.
damaged	en	The docking station gets really hot and drops both monitors every 10 minutes.
damaged	en	The mooncakes were mouldy inside when we cut them. Best before is next month.
damaged	en	hi the dumbbell dial is jammed at 5kg, won't turn at all. brand new
damaged	en	It's not the "distressed" finish I'm talking about, I know the side table is meant to look worn. One of its legs has split at the joint and it rocks when you touch it.
damaged	en	The kite's spar snapped on its first flight in a light breeze and the sail ripped where the spar goes through.
damaged	en	Roller skates: the toe stop on the right skate snapped off and that skate's wheels feel gritty. First time out.
damaged	en	One of the trampoline springs snapped while we were putting it together, and the frame tube next to it is bent.
damaged	en	Puzzle box got wet in transit. About thirty pieces are warped and the picture layer is peeling.
damaged	en	The balance bike's front wheel wobbles and the axle nut is stripped, so I can't tighten it.
damaged	en	Nail lamp arrived with the power button pushed inside the casing. It won't click and the lamp won't switch on.
damaged	en	My e-bike battery won't charge past 40%, the charger light goes green straight away. Three rides old.
damaged	en	Before you send me a setup guide: the portable monitor flickers and goes black every few minutes on two different laptops with two different cables. It's faulty.
damaged	en	The leather wallet's stitching has come undone down one side after a week and cards fall out.
damaged	en	One of the two walkie-talkies doesn't transmit. It receives fine, but nothing I say reaches the other one, on any channel.
damaged	en	Dash cam stops recording after two minutes and says "card error". Tried three SD cards, including the one you supplied.
damaged	en	The moka pot's handle snapped off the first time I lifted it off the stove. Hot coffee everywhere. Order #MK-3391.
damaged	en	The big-button phone won't charge on its dock, only on the cable, and even then it keeps dropping out.
damaged	en	The box of sleep tea arrived soaked through and the tea bags are damp and smell musty.
damaged	en	Not a settings thing, I've reset it twice: the kids' tablet has a line of dead pixels down the left edge of the screen.
damaged	en	The garden hose split along its length the first time I turned the tap on full. "Kink-free reinforced", apparently.
damaged	en	Ballet shoes: the elastic on one shoe was barely stitched and tore off in her first class.
damaged	en	The drill chuck wobbles so the bit spins off-centre. Can't drill a straight hole. Brand new.
damaged	en	One of the cufflinks has a bent toggle that won't turn, so it won't stay in the cuff. The other one's fine.
damaged	en	The telescope's focus knob spins freely and doesn't move anything. Something inside is stripped.
damaged	en	Hello, the meat grinder I receive, the metal blade is broken, one side have a piece missing from the edge. Cannot use. Please change for me.
damaged	en	The bird's nest box was crushed and everything inside is broken into fragments and dust.
damaged	en	The hammock's end loop ripped on the first evening. I'm 70kg and it's rated for 150.
damaged	en	I really wanted to leave a 5-star review for the trench coat, but the lining has ripped at the armpit after two wears. Can you help?
damaged	en	The wedding guest dress arrived with a rip along the side seam. The wedding is SATURDAY!!
damaged	en	The candy floss machine trips the electrics every time we switch it on. Nothing else in the house does that.
damaged	en	kids bike: chain keeps coming off and the rear brake lever is bent. came like that in the box
damaged	en	The pressure washer loses pressure after a few seconds and water sprays out of the gun handle.
damaged	en	The glass carafe of the French press was shattered in the box. Bits of glass all through the packaging.
damaged	en	I'm writing about the e-bike I bought in March. For the first month it was perfect, but for the last two weeks the display keeps showing "Error 30" and the motor cuts out completely after a few minutes of riding, usually on hills. I've checked the connectors like the FAQ suggests, charged the battery fully and tried turning it off and on, and a local bike shop looked at it and said it's almost certainly a faulty controller. I'd like it repaired or replaced under warranty. Order 20240311-442.
damaged	en	The bike helmet has a crack through the foam at the back. You can see it when you press. It came like that.
damaged	en	The drone's arm is cracked at the hinge. Haven't flown it yet, I noticed while unboxing.
damaged	en	Football boots: the stud plate on the left boot is cracked and a stud came off in the first match.
damaged	en	The coffee grinder smells of burning after 10 seconds and stops. It's the motor, not the beans.
damaged	en	Kids' backpack strap ripped clean off at the seam on the first day of school.
damaged	en	The camping stove's igniter does nothing and the gas valve hisses even when it's turned off. I'm not using that anywhere near a tent.
damaged	en	The dog crate door latch snapped on day two and our puppy got out in the night.
damaged	en	I'm not using it wrong, I followed the moulding instructions to the letter: the mouth guard cracked straight across the first time I bit down.
damaged	en	The creatine tub's seal was already broken and the powder inside had set into a rock. I don't trust it.
damaged	en	The toddler toilet seat has a sharp moulding edge that scratched my son's leg.
damaged	en	The cooler box lid hinge cracked on day one and the seal has come away, so nothing stays cold.
damaged	en	Dear Sir, the tyre inflator I received overheats and shuts off after 20 seconds, before it reaches any pressure. I have tried the car socket and the battery. Please advise on replacement. Regards, Okonkwo
damaged	en	The silk scarf has a pulled thread and a small hole right in the middle of the print. It came in its gift box, never worn.
damaged	en	The kids' scooter's front wheel bearing grinds and the wheel barely turns. Brand new.
damaged	en	The shaver foil had a tear in it straight out of the packaging. It nicked my skin.
damaged	en	Love the mustard colour of the rain jacket, but the seam tape is peeling off inside the shoulders and water comes straight through. I've worn it twice.
damaged	en	Every single gel pen leaked in the box. Ink all over the packaging and now my desk.
damaged	en	Board game box was crushed, the plastic insert is snapped and two of the wooden pawns are broken.
damaged	en	The anti-fatigue mat arrived with a deep gouge and one corner split open.
damaged	en	LED face mask: three of the lights on the right side don't come on. The rest work.
# --- wrong_or_missing ---
wrong_or_missing	en	Board game: no dice and no rule book in the box.
wrong_or_missing	en	I ordered the 16 inch kids' bike with stabilisers. It's the 16 inch without.
wrong_or_missing	en	Cordless drill kit, but no battery and no charger in the case. Just the drill.
wrong_or_missing	en	Ballet shoes: I ordered pink canvas split sole and received black leather full sole.
wrong_or_missing	en	The ski goggles' spare lens is missing. Not broken, not scratched, just not in the case where the listing says it would be.
wrong_or_missing	en	I bought the drone bundle with 3 batteries and the charging hub. One battery, no hub.
wrong_or_missing	en	The wig is the wrong shade. I chose "ash blonde", the label says "honey blonde" and it's definitely honey.
wrong_or_missing	en	The bike helmet arrived without the clip-on rear light that's on the contents list.
wrong_or_missing	en	Projector: I ordered white and got grey. And there's no remote in the box.
wrong_or_missing	en	The walkie-talkie pair came with 2 radios but only 1 charging cable and no belt clips.
wrong_or_missing	en	I ordered the rainbow delta kite and got a blue parafoil one.
wrong_or_missing	en	The bidet seat's installation kit (the T-valve and hose) isn't in the box.
wrong_or_missing	en	The towel set should be 2 bath sheets, 2 hand towels and 2 face cloths. I got the hand towels and face cloths. No bath sheets.
wrong_or_missing	en	Ordered the kids' scooter in mint, received purple. My son is not impressed lol
wrong_or_missing	en	Hi there, hope you're well! Small issue with order 4412: I bought the 3-pack of mesh units but there are only 2 in the box. Could you send the third? Thanks so much!
wrong_or_missing	en	Hello, I buy 2 school uniform, size 130 and size 140. I receive two of size 130. Please send the 140.
wrong_or_missing	en	The hammock arrived without the tree straps. Just the hammock and two carabiners.
wrong_or_missing	en	The LED mask came with a UK plug. I'm in Germany and picked the EU version at checkout.
wrong_or_missing	en	Ordered the video doorbell with the indoor chime, received the doorbell only. No chime.
wrong_or_missing	en	Box label says "almond, medium" but the press-on nails inside are square and short.
wrong_or_missing	en	The bike lock came with one key. The box and the listing both say 3 keys plus a registration card.
wrong_or_missing	en	I ordered the 30m garden hose and got the 15m one. The label says 15m.
wrong_or_missing	en	24 gel pens ordered, 18 in the box.
wrong_or_missing	en	The dog crate is fine, not a scratch on it, but the divider panel shown in the photos and listed in the box contents isn't there.
wrong_or_missing	en	The instant camera bundle was meant to include 2 packs of film and a strap. Camera only.
wrong_or_missing	en	Football boots: I ordered the firm ground version and received the astro turf one. The box label says TF.
wrong_or_missing	en	Bamboo steamer set: one tier and the lid arrived, the second tier and the paper liners didn't.
wrong_or_missing	en	Concert ukulele ordered, soprano delivered. The label inside the soundhole says soprano.
wrong_or_missing	en	The cufflink box only had one cufflink in it.
wrong_or_missing	en	I ordered the silk scarf in the peony print and got the plain ivory one.
wrong_or_missing	en	Dear Sir/Madam, the e-bike was delivered yesterday without its battery charger. Kindly dispatch the charger at the earliest. Regards, S. Iyer
wrong_or_missing	en	I ordered replacement heads for the SH-220 and received heads for the SH-110. They don't fit.
wrong_or_missing	en	one hiking pole. ONE. they come in pairs, i paid for a pair
wrong_or_missing	en	The camping stove came without the gas canister adapter, so I can't connect it to anything.
wrong_or_missing	en	Ordered the 1L French press, received the 350ml.
wrong_or_missing	en	The heated vest came without a power bank, even though I chose the "with battery" option.
wrong_or_missing	en	The puzzle box shows the lighthouse I ordered, but the pieces inside are clearly a picture of cats 😂 Wrong bag packed at the factory?
wrong_or_missing	en	Size XS dog raincoat ordered for my chihuahua, size L arrived.
wrong_or_missing	en	The dehumidifier's drain hose isn't in the box, though it's on the contents list.
wrong_or_missing	en	I ordered 2 nasal aspirators (one for grandma's house) and got 1.
wrong_or_missing	en	I ordered the 75W reptile lamp and received a 25W bulb.
wrong_or_missing	en	Gel polish set is meant to be 12 colours. I have 11, and the base coat isn't there either. Nothing's broken, they're just not in the box.
wrong_or_missing	en	The photo printer bundle should include 50 sheets of paper. None in the box.
wrong_or_missing	en	The wok arrived but the lid I paid extra for wasn't in the parcel.
wrong_or_missing	en	Smart bulbs: 4-pack ordered, 2-pack received.
wrong_or_missing	en	hi po, the big-button phone for my lola has no charging dock in the box po, only the cable. Can you send the dock? Salamat
wrong_or_missing	en	Wedding guest dress: I ordered a size 10, you sent a 14. The label says 14.
wrong_or_missing	en	No carry case with the mouth guard. Small thing, but it's listed as included.
wrong_or_missing	en	Roller skates: the left skate is a 38, as ordered, but the right one is a 39.
wrong_or_missing	en	The nail lamp came, but the USB plug adapter isn't in the box, only the cable.
wrong_or_missing	en	The qipao is the right size but the wrong colour. I ordered jade green, the tag says navy.
wrong_or_missing	en	Action camera: the waterproof case and the mounts are missing. The box insert has empty slots where they should be.
wrong_or_missing	en	I ordered the white controller and got a black one.
wrong_or_missing	en	I bought the red case together with the kids' tablet. The case wasn't in the parcel.
wrong_or_missing	en	Aquarium starter kit: no filter sponge and no light. Only the tank and the pump.
wrong_or_missing	en	Derma roller: I got the 1.0mm instead of the 0.5mm. Wrong size for my face.
wrong_or_missing	en	Wrong grinder. I ordered the burr grinder and got the blade one.
wrong_or_missing	en	Whitening kit: the LED light is there, but no gel syringes.
wrong_or_missing	en	The ISOFIX base didn't come with the car seat. It's listed as part of the travel system I bought.
wrong_or_missing	en	To be clear nothing is broken: the smart lock arrived with no keys at all. The manual says two emergency keys are included.
wrong_or_missing	en	Subject: Wrong size tub, order 8830 Message: I ordered the 500g creatine and received a 250g tub. Please send the correct size or refund the difference.
wrong_or_missing	en	The moka pot came without the rubber gasket and the filter plate. Just the top and bottom halves.
wrong_or_missing	en	Ordered the GPS tracker for large dogs, got the cat version with a tiny clip.
wrong_or_missing	en	Portable monitor arrived without the cover stand and the HDMI cable.
wrong_or_missing	en	The glass lid that came with the slow cooker is for a different model, it doesn't sit on the pot.
wrong_or_missing	en	The tent came without the poles. A whole bag of fabric and pegs, no poles.
wrong_or_missing	en	Protein powder: I ordered vanilla, the tub says salted caramel.
wrong_or_missing	en	No pads in the steam mop box. Can't use it.
wrong_or_missing	en	The mooncake box of 8 only had 6 inside, two slots empty.
wrong_or_missing	en	Received the synthetic sleeping bag. I ordered the down one, it's a completely different weight.
wrong_or_missing	en	The soundbar remote is missing. Only the bar and the power lead in the box.
wrong_or_missing	en	Wrong size balance bike: I ordered the 12 inch and the box says 10 inch.
wrong_or_missing	en	The pressure cooker came without its sealing ring. I checked under the lid, nothing.
wrong_or_missing	en	Solar lights: ordered warm white, received multicolour. The box says RGB.
wrong_or_missing	en	The trampoline safety net arrived, but the poles that hold it up aren't in any of the boxes.
wrong_or_missing	en	Cooler box: I ordered the 45L and you sent the 25L.
wrong_or_missing	en	Bunk bed: packages 1 and 3 arrived, package 2 with the side frames never did. Can't build it.
wrong_or_missing	en	I ordered black sesame paste and got red bean paste. Both jars say red bean.
wrong_or_missing	en	Good afternoon. We're a pilates studio in Cork and placed a trade order last week (order T-5521) for 20 foam rollers, 20 pilates rings and 10 yoga wheels. The pallet arrived this morning. We counted 20 rollers, 14 rings and no yoga wheels at all, plus a box of 10 skipping ropes we didn't order. Could you ship the 6 missing rings and the 10 wheels, and let us know whether you want the skipping ropes back?
wrong_or_missing	en	Sourdough kit: the banneton and the dough scraper are there, but no starter! Kind of the main thing lol
wrong_or_missing	en	You sent the 2-person tent instead of the 4-person one. Same brand, wrong model.
wrong_or_missing	en	The dash cam box has no rear camera, and what I bought was the front + rear bundle.
wrong_or_missing	en	SUP package: board and pump arrived, the paddle and leash didn't. Only one box came.
wrong_or_missing	en	I ordered the 6-cup moka pot and got the 3-cup. The box says 3.
wrong_or_missing	en	The shower filter housing is empty, there's no cartridge inside.
wrong_or_missing	en	The orchid came in a plain plastic pot. I ordered the one with the ceramic pot.
wrong_or_missing	en	The telescope came without the tripod. Just the tube and the eyepieces.
wrong_or_missing	en	The docking station's power adapter is missing, so it can't run the monitors.
wrong_or_missing	en	My swim goggles came with clear lenses. I ordered the tinted ones for outdoor swimming.
wrong_or_missing	en	The pressure washer came without the patio cleaner attachment and the detergent bottle shown on the box.
wrong_or_missing	en	The sleep sack is 2.5 TOG. I ordered the 1.0, and the label inside says 2.5.
wrong_or_missing	en	Are you serious? The dumbbell "set" arrived as ONE dumbbell. I paid for a pair, order 77120.
wrong_or_missing	en	Ordered the kids' helmet in blue, size S. Received pink, size M.
# --- mismatch ---
mismatch	en	Your wedding shoe size guide says a 38 is 24.5cm. The 38s I got measure 23.5cm inside.
mismatch	en	The moka pot listing says stainless steel. It's aluminium: a magnet won't stick and the base is stamped "ALU".
mismatch	en	The e-bike listing says 500Wh battery. The battery label says 36V 10Ah, that's 360Wh.
mismatch	en	The drone is listed as "under 249g, no registration needed". It weighs 310g on my kitchen scale and the box says 305g.
mismatch	en	The nasal aspirator listing shows 3 suction levels. Mine has one button and one level.
mismatch	en	Projector: "native 1080p" on the listing, the manual says native 480p, 1080p supported as input.
mismatch	en	not the same as the pictures at all. the stitching, the colour, the buckle. nothing matches
mismatch	en	The pet camera page says "two-way audio". There's a speaker but no microphone, I can't hear the dog at all.
mismatch	en	Board game page says 2-8 players. The box says 2-4.
mismatch	en	The hot brush is sold as "ceramic ionic barrel". The barrel is bare metal, and the box doesn't mention ceramic or ionic.
mismatch	en	The helmet title says MIPS and the photos show the yellow liner. Mine has no MIPS liner.
mismatch	en	The listing says the drill kit comes with two 20V batteries. It came with one battery, and it's labelled 12V. You only sell the one kit, so the page is wrong.
mismatch	en	Steam mop page shows a detachable handheld steamer. Mine doesn't detach, there's no handheld part.
mismatch	en	The docking station is sold as "dual 4K at 60Hz". The box says single 4K at 30Hz.
mismatch	en	The solar lights in the listing are tall path lights with glass tops. Mine are 8cm plastic stubs on a short spike.
mismatch	en	Orchid listing: "2 stems, 10+ flowers". Mine has one stem, four flowers and a few buds.
mismatch	en	The potty seat photos show a padded seat with handles. Mine is hard plastic with no handles.
mismatch	en	The hiking boots are listed with a Vibram sole. No Vibram logo anywhere, it's a generic rubber sole.
mismatch	en	Wallet advertised as full grain leather, hand stitched. It's machine stitched and the leather has a plastic feel, corrected grain at best.
mismatch	en	The puzzle box matches your photo exactly, but the listing says 1000 pieces and 68x49cm, and the box says 500 pieces, 50x35cm. You only sell this one, so the listing is wrong.
mismatch	en	Dumpling maker photos show stainless steel. It's plastic.
mismatch	en	Your size chart says the kids' helmet in S fits 48-52cm. It only fits up to about 49.
mismatch	en	Listing says REAL sheepskin. It's polyester fluff. Stop lying in your descriptions.
mismatch	en	The milk frother page shows four modes including cold foam. Mine has hot foam and hot milk, that's it.
mismatch	en	The dial on the adjustable dumbbells jumps 2, 4.5, 7, 9.5kg. Your listing says 2.5kg steps all the way.
mismatch	en	Creatine listed as "100% pure monohydrate". The ingredients include maltodextrin and flavouring.
mismatch	en	The sleeping bag is listed as "comfort -5C". The label sewn inside says comfort +2, limit -4.
mismatch	en	The listing says Dolby Atmos. The soundbar box says "virtual surround" and has no Atmos logo anywhere.
mismatch	en	The dehumidifier page says 20L per day. The rating plate on the back says 12L/day.
mismatch	en	In your photos the pasta machine is brushed chrome with a wooden handle. Mine has a plastic handle and a painted finish.
mismatch	en	The swimsuit in your photos has a lined front. Mine is unlined and see-through when wet.
mismatch	en	The "camel" trench in your photos is a warm caramel. Mine is a flat mushroom beige, though the tag does say camel.
mismatch	en	Tyre inflator page: "digital display with auto-stop". It has an analogue dial and no auto-stop.
mismatch	en	The reptile lamp is listed as UVB plus heat. The box says basking bulb, no UVB.
mismatch	en	The gel polish shade "Mocha" is a creamy latte in your swatch photo. On my nails it's dark chocolate. Right bottle, wrong colour compared with the listing.
mismatch	en	Protein powder listing: 30g protein per serving. The tub says 21g per 30g scoop.
mismatch	en	The mooncakes are listed as double yolk lotus paste. There's one yolk each, and the box lists white bean paste.
mismatch	en	The flea collar listing says 8 months' protection. The packaging says up to 3 months.
mismatch	en	The hamster wheel is listed at 28cm. It's 21cm. Too small for my Syrian.
mismatch	en	The wok is sold as 36cm. It's 32cm rim to rim.
mismatch	en	Controller sold as "wireless Bluetooth". There's no pairing at all, it only works on the cable, and the manual calls it a wired controller.
mismatch	en	Derma roller listing: titanium, 540 needles. The packaging says stainless steel, 192 needles.
mismatch	en	The pressure cooker listing shows a lid with a pressure indicator pin and a steam release button. Mine has neither, just a weighted valve on top.
mismatch	en	The paddle board is listed as 10'6 x 32". It measures 10' x 30".
mismatch	en	The dash cam page lists "24h parking mode". The manual says that needs a hardwire kit sold separately, which isn't mentioned anywhere on your page.
mismatch	en	The towels are listed at 700gsm. They feel half that, and the label says 400gsm.
mismatch	en	The crate is listed as 36 inch. I measured it at 30 inches, and the box label matches what I ordered, so it's the listing that's off.
mismatch	en	Science kit: "over 60 experiments". The booklet has 22.
mismatch	en	The shaver is listed as wet and dry. The shaver itself has "do not use in water" printed on it.
mismatch	en	The wedding guest dress photos show a lined midi. Mine is knee length and unlined, same style number.
mismatch	en	The hiking poles are listed as carbon fibre. The shaft label says 7075 aluminium.
mismatch	en	Hello, I'd like to raise a problem with the roller blind I ordered for my son's bedroom. The listing says "100% blackout" and "cut to size, exact width". I ordered 120cm exactly as your measuring guide said. The blind is 116cm wide, so there's a 2cm strip of light on each side, and even in the middle you can see the morning sun glowing through the fabric. Holding it up to a lamp, it's clearly a dim-out fabric, not a blackout one. That's not what your page promised.
mismatch	en	The balance bike is listed as 3.2kg. It's 4.6kg on my scale, too heavy for my 2-year-old to pick up.
mismatch	en	Sleep sack advertised as "100% organic cotton". The label says 60% cotton, 40% polyester.
mismatch	en	The aquarium is listed as 60L, 60x30x36cm. It's 50x25x30, so about 37L.
mismatch	en	The wooden train set is sold as solid beech. It's painted plywood, you can see the layers on the edges.
mismatch	en	The vacuum sealer photos show a built-in bag cutter and roll storage. Mine has neither.
mismatch	en	Heated vest listing: "5 heating zones". There are three pads.
mismatch	en	Shower filter listing: "15-stage filtration with vitamin C". It's one small cartridge of beads, and vitamin C isn't mentioned anywhere on the packaging.
mismatch	en	The listing photos for the kids' bike show hand brakes. Ours only has a back-pedal brake.
mismatch	en	The rowing machine is listed as "silent magnetic resistance". It's an air rower with a fan and it's loud.
mismatch	en	The beard trimmer is sold as cordless with 120 minutes' runtime. It only works plugged in, and the manual says "corded operation".
mismatch	en	Grinder sold as "40 grind settings". There are 12 clicks on the dial.
mismatch	en	The photo printer page says it prints 4x6. It prints 2x3 stickers only, and the paper tray is 2x3.
mismatch	en	The bunk bed page says mattresses up to 20cm are fine. With a 20cm mattress the top of the guard rail is level with the mattress, so it protects nothing.
mismatch	en	Gel pens advertised as "0.5mm fine". They write like a 1.0.
mismatch	en	Your chart says the dog raincoat in M fits back length 35-40cm. The M measures 31cm.
mismatch	en	The box of the walkie-talkies says "up to 3km". Your listing title says 10km. We lost signal at 400m on a flat campsite.
mismatch	en	The picture show the lamp is gold colour, I receive is silver colour. The label on box say same name like picture. Why different?
mismatch	en	Whitening kit: listing says "no peroxide, enamel safe". The gel syringes say 6% hydrogen peroxide.
mismatch	en	Headlamp listing: 1200 lumens. The box says 300.
mismatch	en	The sleep tea is sold as caffeine-free herbal. Green tea is the second ingredient on the box.
mismatch	en	The page says the smart bulbs work with Apple HomeKit. The box only mentions Alexa and Google and there's no HomeKit code.
mismatch	en	Spice jar listing: "airtight bamboo lids with silicone seal". No seal at all, just bamboo lids.
mismatch	en	The tent listing says 3000mm hydrostatic head. The label on the flysheet says 1500mm.
mismatch	en	The ski goggles are listed as "OTG, fits over glasses". There are no cut-outs and they won't go over my normal-sized glasses.
mismatch	en	The qipao is described as silk brocade and priced like it. What came is shiny polyester jacquard, it says so on the care label.
mismatch	en	The LED mask listing says 7 light colours. Mine has red, blue and a mixed setting. Three.
mismatch	en	Telescope title says "up to 525x magnification". The two eyepieces included give 25x and 50x.
mismatch	en	Bird's nest listed as "grade AAA whole cups". It's broken strips and small pieces.
mismatch	en	Dear Sir or Madam, the electric scooter was advertised with a top speed of 25km/h. In the settings the maximum is 20km/h and the user manual also states 20km/h. Please explain the discrepancy. Regards, J. Novak
mismatch	en	The kids' backpack is listed as 20L and "fits A4 folders". It's more like 12L and the folders stick out of the top.
mismatch	en	The kids' tablet listing says 64GB storage. Settings shows 32GB total.
mismatch	en	The portable monitor is listed as 4K. Display settings and the sticker on the back both say 1920x1080.
mismatch	en	The turntable in your photos has a walnut plinth. Mine is plastic with a wood-effect sticker.
mismatch	en	Video doorbell listing: "2K, colour night vision". The night footage is black and white and the app tops out at 1080p.
mismatch	en	Slow cooker listed as 6.5L. The pot holds about 4.5L filled right to the brim.
mismatch	en	The candy floss machine photos show a big bowl with a clear splash guard. Mine's half the size, no guard.
mismatch	en	Wig listing: 150% density, 22 inch. It's thin and barely 18 inches long.
mismatch	en	Your size chart says the age 8 school polo is 72cm chest. It measures 64cm.
mismatch	en	Ukulele listed as "solid mahogany top". It's laminate, you can see the layers at the soundhole edge.
# --- usage ---
usage	en	Dosage? Vitamin D drops for my 4 month old, 1 drop or 2?
usage	en	Just unboxed the drone. Does it need a compass calibration before every flight or only the first one? The app keeps asking.
usage	en	How should I water the orchid you sent? It's potted in bark, not soil, so I'm lost.
usage	en	Mouth guard, the boil-and-bite kind: how many seconds in the boiling water? Don't want to ruin it on the first go.
usage	en	Ok so I'm using the hot brush on damp hair and it's not really curling. Does my hair need to be fully dry first?
usage	en	The dehumidifier fills the tank every day, fine, but how do I attach a hose so it drains on its own? There's a little rubber cap on the back.
usage	en	My daughter got the crystal growing kit for her birthday. How long do the crystals stay in the solution? One step says overnight and the next says 3 days.
usage	en	The bidet seat is fitted but the water is cold. Is there a heater setting, or is it supposed to be connected to the hot pipe?
usage	en	My e-bike battery: should I charge it to 100% every time or keep it between 20 and 80? It's brand new and I want it to last.
usage	en	How do I clean the burrs on the coffee grinder? Can I use uncooked rice like my friend says?
usage	en	My new swim goggles fog up after five minutes. Am I supposed to avoid touching the inside? Is there an anti-fog spray you'd recommend?
usage	en	Hi! My hamster's new wheel squeaks. Can I put some oil on it or is that unsafe for him?
usage	en	Bunk bed instructions, step 14: "attach guard rail". Does the rail go on the ladder side or the wall side? Nothing missing, I'm just confused by the drawing.
usage	en	Dumpling maker: how much filling per wrapper? Mine keep bursting open when I press it shut.
usage	en	Subject: Dash cam settings Message: Hello, I put the dash cam in the car last night. How do I switch off the sound recording, and where do I set the date so the footage has the right time on it? Thanks, Marco
usage	en	Bought your herbal sleep tea. How long should it steep, and is it okay for my 12 year old?
usage	en	Nothing wrong with the soundbar itself, I just can't make it turn on with the TV remote. HDMI ARC is plugged in.
usage	en	how many grams of coffee for the 1 litre french press
usage	en	Sourdough starter kit arrived today, so excited! Do I keep feeding it the flour from the kit or can I switch to normal bread flour? And fridge or counter?
usage	en	whats the right tyre pressure for the kids bike? the pump has a gauge but i dont know what number to aim for
usage	en	The second unit of the mesh router shows a red light. I don't think it's broken, probably too far from the main one? Where's the best place to put it?
usage	en	Kids got the candy floss machine for Christmas. How long should it warm up before we add the sugar? First go just flung hot sugar everywhere 😅
usage	en	Can I wash the qipao at home or does it need dry cleaning? It's the silk one with the frog buttons. Wore it to my cousin's wedding and there's a small wine mark on the front.
usage	en	How do I put up the trampoline net? The poles are in but the net sags at the top.
usage	en	The IPL device I bought flashes orange and won't fire. I'm fairly sure it's the skin tone sensor doing its job, not a fault. Which level should I start on for legs?
usage	en	how do i get the nail lamp to do 60 seconds instead of 30
usage	en	How do I fit the bike helmet properly? I've tightened the dial at the back but it still slides forward over my eyes.
usage	en	Bought the LED face mask. How many minutes a day, and can I use it after retinol or should I wait?
usage	en	How long should the tent be left up to dry before packing? It rained all night and we have to leave this morning.
usage	en	The instant camera: all my photos come out almost white. Is there a setting for sunny days? I don't think the film is bad.
usage	en	Dog raincoat: where should the chest strap sit? My dachshund keeps stepping out of it on walks.
usage	en	How do I get both walkie-talkies on the same channel? One is on 3 and the other on 7 and the buttons are confusing.
usage	en	The ukulele strings go out of tune every few minutes. They're new, is that normal? How long until they settle?
usage	en	Got the water flosser yesterday. Which tip is for braces and which is the normal one? There are four in the box and they all look alike.
usage	en	How do I pair a second controller to the kids' console? The first one connected straight away.
usage	en	Got the kalimba as a birthday present and have no idea how to tune it. Do I tap the tines up or down to make a note lower?
usage	en	Can the down sleeping bag go in the washing machine? It's a bit whiffy after the festival.
usage	en	Milk frother question: skimmed milk foams great, oat milk just spins around. Any trick? Otherwise it works fine.
usage	en	For the press-on nails, how do I get them off without wrecking my real nails? I've had them on 10 days now.
usage	en	Whitening kit: the gel goes in the trays and then the light goes on for how long? How many sessions in a row, and can I eat straight after?
usage	en	Got the slow juicer yesterday. Do I peel the oranges first, and which screen is for pulp-free juice?
usage	en	Hi, I've had the moka pot for a week and the coffee keeps spluttering out bitter. How fine should the grind be, and does the water go above the little valve or below it?
usage	en	Hi, the pet camera is set up, but I can't find how to fire the treat launcher from the app. Which button is it?
usage	en	The wig arrived and it's lovely. How do I wash it without it tangling, and can I use heat on it?
usage	en	About the flea collar for my cat: does she wear it all the time, even indoors? And can she get wet with it on?
usage	en	Hello, my grandmother got the big-button phone from you. How do I set the SOS button to call me? She pressed it to test and it rang nobody.
usage	en	Where do I enter the wifi password for the smart bulbs? The app skipped that step and now they just blink.
usage	en	How do I fit the divider panel in the dog crate for a small puppy? There's a panel but no picture of where it goes.
usage	en	Hi po, how to install the ISOFIX car seat rear facing? The indicator stays red even when I push hard po. We got it on Saturday.
usage	en	How do I get the photo printer app to fit two small photos on one sheet?
usage	en	Guten Tag, I have the pasta machine now. The dough always tears at setting 6. More flour, or turn slower? Thank you.
usage	en	Hello friend, I buy the meat grinder from you last week. Please how I change the plate for fine mince? I cannot open the ring at the front.
usage	en	The heated vest has two cables in the pocket. Which one goes into the power bank?
usage	en	Bought the adjustable dumbbells last month. When I turn the dial to 12.5kg one plate stays behind in the cradle. I doubt they're faulty, I'm probably lifting them out at an angle. What's the trick?
usage	en	The image from the projector is a trapezoid, wider at the top. Where's keystone correction in the menu?
usage	en	How do I clean the gravel without taking the fish out? The tank came with a gravel vacuum but I can't get the siphon started.
usage	en	creatine - do i need a loading phase or just 5g a day? got the big tub
usage	en	My new hiking poles keep sliding shorter when I lean on them. Do I need to twist them tighter or flip the clip? I'm sure it's me.
usage	en	Hi, I hope you can help. We bought the play gym and mat from you for our 3-month-old and it's been great, no problems at all. Two questions: can the toy arches go in the washing machine with the mat, or only the mat? And the mat has foam on the back, so can it be tumble dried or does it need to dry flat? We had a milk spill and I don't want to ruin it. Thanks so much, Hannah
usage	en	Reptile lamp question: my gecko's tank reaches 38 at the warm end. Should I raise the lamp or put it on a timer? How many hours a day should it be on?
usage	en	How do I iron the silk scarf without leaving shiny marks? It's creased from the gift box.
usage	en	We've put the solar lights along the garden path. Can they stay out over winter? We get snow.
usage	en	The rowing machine display shows "P1" and won't count anything. Do I need to start pulling, or press a button first? The fan spins fine so I know it works.
usage	en	Good morning, I have the tyre inflator now. How do I set it to stop at 2.3 bar by itself? It keeps going until I press stop.
usage	en	Kindly guide how to change the foil on the electric shaver, model SH-220. Thank you.
usage	en	Got the nasal aspirator for my baby. Do I clean the silicone tip with soap after every use, or can I boil it?
usage	en	First time using the vacuum sealer. The bag melts through instead of sealing. Am I on the wrong setting for the thicker bags?
usage	en	Can the slow cooker pot go in the oven? Mine's the 5L one, I want to brown the top of a lasagne.
usage	en	How do I stop the new black towels shedding fluff? They left bits all over the machine on the first wash and on me after my shower.
usage	en	Just got the telescope for my daughter. Everything looks blurry, even the moon. I think we haven't lined up the finder scope. How do we do that?
usage	en	The portable monitor works with my laptop but not with my Switch. Do I need to plug power in separately? I've only got the one USB-C cable in.
usage	en	How often do I change the cartridge in the shower filter? Mine's been in 2 months.
usage	en	Dear support team, I purchased the electric pressure cooker from your store last week. Could you please explain the difference between the "high" and "low" pressure settings and how long beef stew should cook? The manual is quite brief. Kind regards, Ingrid
usage	en	GPS tracker on my dog's collar: how do I set a safe zone around the garden so I get an alert if he escapes?
usage	en	I've deflated and rolled up the paddle board but it won't fit back in the bag, the zip won't close. Is there a way of folding it that I'm missing?
usage	en	My son's balance bike: how high should the saddle go? He's 2 and a half, 88cm, and his toes only just reach the floor.
usage	en	How do I connect the turntable to my bluetooth speaker? The turntable has a BT button but the speaker never finds it.
usage	en	Got the beard trimmer on Friday. Which guard gives about 5mm? The guards only have dots on them, no numbers.
usage	en	Steam mop: tap water or distilled? Our water is very hard.
usage	en	The action camera switches itself off after about 5 minutes of 4K. I'm guessing that's the overheating protection, not a defect, since 1080p records fine. Can I change that setting?
usage	en	We received the sleep sacks. What TOG should baby wear when the room is 20 degrees? We have the 1.0 and the 2.5.
usage	en	Which way round does the toddler seat go on the toilet? The handles look like they could go either way.
usage	en	My new docking station only shows one screen on my Mac. Both monitors are plugged in. Is there a setting for dual displays?
usage	en	Bought the derma roller. How do I clean it after each use, and how often can I use the 0.5mm one?
usage	en	Kids' tablet: how do I set a daily screen time limit? I'm in the parent app but can't find it anywhere.
usage	en	Seasoning the carbon steel wok: hob or oven? Mine arrived with a grey waxy coating, I'm guessing that has to come off first?
usage	en	On the cordless drill, which number on the clutch ring for screwing into plasterboard? I've stripped two screws already.
usage	en	I bought your chocolate protein powder. One scoop or two for a shake after the gym? The scoop is tiny compared to the serving size on the back.
usage	en	The sous vide keeps showing "low water" even though the pot's half full. How deep does the water need to be?
usage	en	The smart lock locks itself 30 seconds after I open the door, while I'm still carrying shopping in. Where do I change the auto-lock timer?
usage	en	Just finished installing the video doorbell. How do I make it ring the old chime in the hallway as well as my phone?
usage	en	The microcurrent face device beeps every 5 seconds. Is that telling me to move on to the next area? Used it twice, still not sure.
# --- return_refund ---
return_refund	en	If I return the main item, do I have to send the free gift back too?
return_refund	en	I'd like to return the moka pot. Nothing wrong with it, I just prefer my French press after all. Used once to test.
return_refund	en	Could you refund me by bank transfer instead of PayPal? I've closed my PayPal account.
return_refund	en	The tea subscription renewed this morning even though I pressed cancel on Sunday. Please refund this month's charge and make sure it's stopped.
return_refund	en	My refund was approved on Tokopedia but still says "dalam proses" after 7 days.
return_refund	en	Still waiting for my exchange to ship. You received the size 38 shoes a week ago.
return_refund	en	I want send back the meat grinder because it is too loud for my flat. How I can make the return and when I get the money?
return_refund	en	My exchange request was approved but nobody's told me where to send the old one.
return_refund	en	I was in hospital and missed the return window by 4 days. The dress is unworn with tags. Any chance you'd still accept it?
return_refund	en	Is the return address in Hong Kong, or do you have one in the UK? Postage to HK costs more than the item.
return_refund	en	Return approved, but the label has my old address as the sender. Can you regenerate it?
return_refund	en	I returned the dehumidifier from order 3301 and the refund shows 0.00. Is that a mistake?
return_refund	en	Can I swap the helmet for an M? The S fits but it's tight at the sides.
return_refund	en	Can I return a personalised item? The engraving is exactly what I typed, the mistake's mine, I spelled my niece's name wrong.
return_refund	en	Could I swap the rain jacket for the longer parka instead? Happy to top up the price.
return_refund	en	Can I exchange the crib mobile for the star version? It was a baby shower gift and we got two of the same.
return_refund	en	Refund status for order 3320? You got the kalimba back on the 4th.
return_refund	en	I'm in the EU and within 14 days, so I'm withdrawing from the purchase of the heated vest. Please confirm the return address.
return_refund	en	Can I return the slow cooker if it's been used once and cleaned? It's just too big for two people.
return_refund	en	How do I return a bunk bed that's already assembled?
return_refund	en	I'd like to return the turntable. My partner bought us the same one for our anniversary. Unopened.
return_refund	en	For the ukulele I sent back, could you put the money on my account as shop credit rather than refunding my card? I'll order the concert size later.
return_refund	en	Do you exchange school polos for a different colour? My son's school has changed its uniform.
return_refund	en	The protein powder flavour isn't for me. The tub's open but 90% full. Can I return it, or is food final sale?
return_refund	en	My bank took the money but the order shows "unpaid". Please cancel it and refund me.
return_refund	en	The rowing machine has to go back, it's too long for our spare room. It weighs 35kg, so will you send a courier or do I need to book one?
return_refund	en	Please process the refund for order 2219. The return was signed for on the 6th.
return_refund	en	I'm keeping the drone but want to return the spare battery I bought separately. How do I do that?
return_refund	en	I've been waiting 3 weeks for the refund on the wedding shoes I returned. Return tracking shows you received them.
return_refund	en	Return label please, the dress doesn't fit. Order WG-3391.
return_refund	en	Can I exchange one of the bridesmaid dresses for a bigger size? One of the girls is pregnant now. It's unworn, tags on.
return_refund	en	The refund for my cancelled pre-order of the ski goggles still hasn't arrived, 10 days on.
return_refund	en	How do I cancel a made-to-measure order? I hope the qipao hasn't been cut yet.
return_refund	en	Is the 30 days counted from delivery or from the order date? The sleeping bag is unused with tags on and I'm on day 28.
return_refund	en	Do you take back opened board games if all the pieces are there? We played it once.
return_refund	en	I'd like to return both mooncake boxes, unopened, we've been given far too many. I know food is tricky.
return_refund	en	The refund landed but it's 8 euros short. Was a return fee taken off? Nobody mentioned one.
return_refund	en	My return was delivered to you on Monday. Can you confirm it's all there?
return_refund	en	Nothing wrong with it, it's just not for me: the hot brush doesn't work on my curly hair. I'm within 30 days. Can I return it?
return_refund	en	My refund went to a card that's since been cancelled. Will it bounce back to you, and what happens then?
return_refund	en	I got a refund for the tent but not for the footprint I sent back in the same box.
return_refund	en	The return label won't scan at the drop-off shop. Could you send a new one?
return_refund	en	Refund hasn't arrived. Order 2281. 14 days.
return_refund	en	I sent the return back without the original box. Is that going to be a problem?
return_refund	en	The gel polish colours are lovely but too bright for my office. Can I swap the set for the nudes? Still sealed.
return_refund	en	Does the return need the packing slip inside, or just the item itself?
return_refund	en	Embarrassing: I put the wrong item in the return parcel, something from another shop! Can you send it back to me so I can return the right one?
return_refund	en	How do I return the dumbbells? They're 24kg each and your prepaid label says 10kg max.
return_refund	en	Can I return the whitening kit? The gel's sealed, I only opened the outer box.
return_refund	en	I bought the wrong shaver heads, my mistake, I chose the HX-4 instead of the HX-6. Unopened. Can I exchange them?
return_refund	en	You refunded 89.99 but I paid 104.99 including express shipping. Isn't the delivery cost refundable when I withdraw within 14 days?
return_refund	en	Can I exchange the black controller for the white one? It's the same price.
return_refund	en	Could I exchange the grey towels for white? I've washed them once.
return_refund	en	The return portal says "not eligible" for the gel pens. Why? They're unopened.
return_refund	en	My return was denied because it's "used". I only unboxed the projector to look at it, it's never been switched on.
return_refund	en	I'd like to exchange the "Mocha" gel polish for "Cherry". Unopened.
return_refund	en	I dropped the return off at the post office on the 8th, tracking RR551920381GB. When will you process it?
return_refund	en	Are exchanges free to send back, or is that only for refunds?
return_refund	en	Hello, I'd like to sort out a return for my last order (4471). I'm sending back the rain jacket because the sleeves are too short for me, and the two kids' hats because they didn't fit my nieces after all. I'm keeping the scarf. All three items are unworn with tags. Could you please send one return label for the three items, and confirm that the refund will include the original shipping, since I'm returning most of the order? Thank you, Claire
return_refund	en	Refund to my original payment method please, not wallet credit.
return_refund	en	Hi! I'd like to exchange the hiking boots for half a size up. They're great, but my toes hit the end going downhill.
return_refund	en	Clearpay still wants my next instalment even though you confirmed the refund. Could you check it was sent to Clearpay?
return_refund	en	Could you confirm the refund amount before I send it back? I don't want any surprise deductions.
return_refund	en	You agreed to refund the express shipping because it came late. I still haven't seen that refund.
return_refund	en	Subject: Return request R-22019 Message: The swimsuit doesn't suit me. Unworn, hygiene liner intact, tags on. Please send return instructions.
return_refund	en	Can I cancel just the heated vest from my order and keep the rest?
return_refund	en	Return please. Order 5513. Doesn't suit me.
return_refund	en	Sorry, I ordered the 10 inch balance bike by mistake, it should have been the 12. It's unopened. Can I swap?
return_refund	en	The board game is too complicated for my kids. Still in the cellophane. How do I send it back?
return_refund	en	Can I swap the kalimba for the 21-key one? I'll pay the difference, 17 keys turned out to be too limiting.
return_refund	en	Can you refund the difference? The e-bike went down by 150 euros a week after I bought it.
return_refund	en	Could I get a partial refund and keep it? It's fine, I just don't love it, and posting it to China would cost a fortune.
return_refund	en	The kids' tablet was a present and we were given two. Can I return one unopened for a refund?
return_refund	en	How long after you receive a return does the refund go through?
return_refund	en	The sous vide is great but I've just found the one I already had 🙃 Can I return it sealed?
return_refund	en	I bought the puzzle as a gift and it turns out they already have it. Can I exchange it for another design?
return_refund	en	My return was marked "received damaged" and you've deducted 30%. It was fine when I packed it, I have photos. Can we talk about this?
return_refund	en	Can I return the solar lights? They're fine, my garden just doesn't get enough sun for them.
return_refund	en	cancel pls, ordered the wrong dash cam model. order 6701, it hasnt shipped
return_refund	en	My dog refuses to wear the raincoat, hates it lol. Can I return it? Worn for five minutes in the house.
return_refund	en	Changed my mind. Could you cancel the slow cooker before it goes out?
return_refund	en	I returned 2 of the 3 items, but only one refund has come through. Still missing the money for the dumpling maker.
return_refund	en	What's the restocking fee on the drone if it's been activated but never flown?
return_refund	en	Could I swap the wig in "honey blonde" for "ash blonde", same length? I've only tried it on.
return_refund	en	Your email says the refund was issued on the 2nd, but my Revolut shows nothing. Can you send me the ARN?
return_refund	en	Please cancel order 7881. I've realised the projector won't fit on my shelf.
return_refund	en	Return tracking says delivered to your warehouse, but my account still says "awaiting return". Please update it so the refund can go through.
return_refund	en	PayPal has shown "refund pending" for 9 days. What does that mean on your side?
return_refund	en	How long does a refund to Apple Pay take?
return_refund	en	3 weeks and counting on the refund for 7710. This is the third time I've written.
return_refund	en	The TOG is right, but the sleep sack is too big for our small baby. Can I exchange 6-18m for 0-6m?
return_refund	en	Can I exchange the crate for a bigger one? The puppy's growing faster than we thought lol. Used for 2 weeks, no damage.
# --- complaint ---
complaint	en	I'm writing to the marketplace's seller team about your refusal to answer any question about your warranty.
complaint	en	Honestly I expected better from a shop with 50k followers. Nobody answers anything.
complaint	en	ANYONE?? 3 days.
complaint	en	Honestly the worst part isn't the waiting, it's being talked down to.
complaint	en	Your support only answers during Chinese business hours. I'm in London. Staff accordingly or stop selling to the UK.
complaint	en	Your return window is 7 days but your shipping takes 20. The maths doesn't work.
complaint	en	I asked a simple question about your privacy policy and got a lecture about "trust". Just answer the question.
complaint	en	Nobody on your side takes ownership. Everyone says another team handles it.
complaint	en	You promised a callback "within the hour". That was yesterday morning.
complaint	en	My bank is raising a chargeback tomorrow morning. You've had six emails and a week to answer any of them.
complaint	en	Your customer service is a joke and so is your "loyalty programme".
complaint	en	The agent kept typing "hmm" and "wait" and then disappeared for an hour. Twice.
complaint	en	Your agent transferred me to "the right department" and the chat just ended. Three times today.
complaint	en	Why is there a "processing fee" on returns that's only mentioned after you've approved the return?
complaint	en	Your agent Sam was sarcastic and dismissive from the first message. I'd like someone else to handle my case.
complaint	en	On Monday your team promised to "check with the warehouse". It's Friday. Checking takes five days?
complaint	en	Your new rule that all support goes through the app shuts out my mother, who doesn't have a smartphone.
complaint	en	I'm going to tell every parent in my 3,000-member Facebook group how you treat your customers.
complaint	en	Your shop account replied to my honest Google review with my full name and order details. That's a privacy breach.
complaint	en	I'm disappointed by how long everything takes with you. Every reply takes 3 days and asks me something I've already answered.
complaint	en	Your shop deletes every negative comment on Instagram. Pathetic.
complaint	en	Your email auto-reply says you're closed for a holiday that ended two weeks ago.
complaint	en	Your agent told me I'm "the only one complaining". There are forty reviews online saying the same thing about your service.
complaint	en	Offering a 5% coupon after wasting two weeks of my time is insulting.
complaint	en	Why am I forced to create an account just to ask you a question?
complaint	en	Lazada has my report now. Eleven days of unanswered chats is beyond a joke.
complaint	en	Formal complaint about the conduct of your staff at the pop-up market in Camden last Saturday. I was shouted at for asking a price.
complaint	en	It's unacceptable that your "warranty" means posting things to China at my own cost and waiting 60 days.
complaint	en	Your chat says "typically replies within minutes". I've been waiting since Tuesday.
complaint	en	Your agent refused to give me a ticket number. How am I supposed to follow up?
complaint	en	Why does your chatbot ask for my order number and then say "I can't help with that"?
complaint	en	You've made me upload the same photos four times now.
complaint	en	The person on the chat pasted a paragraph that had nothing to do with my question and then ended the chat. Third time.
complaint	en	Please don't send me another coupon as an apology. I want a reply from someone who has actually read my messages.
complaint	en	I've filed a complaint with the European Consumer Centre about how this shop handles customers.
complaint	en	Your after-sales form has a 200 character limit. I can't explain anything in 200 characters.
complaint	en	Complaint: I was left waiting in your showroom for 40 minutes while the staff chatted to each other.
complaint	en	It shouldn't take a public post to get your attention, but here we are: the moment I posted on TikTok you replied in 5 minutes.
complaint	en	Your "live chat" is only live between 2am and 10am my time. Useless.
complaint	en	Your agent said she'd "escalate to the boss". The boss, apparently, doesn't read messages.
complaint	en	I'm disgusted that your agent asked for my full card number in the chat. No legitimate company does that.
complaint	en	The livestream host promised free returns on everything. Now your team says that was "a misunderstanding". It's on video.
complaint	en	If I don't hear from a human today, I'm filing with the FTC and posting about you everywhere.
complaint	en	Pathetic service.
complaint	en	The agent answered my question with "read the listing" and a thumbs-up emoji. Helpful.
complaint	en	Requiring customers to print return labels is ridiculous. Not everyone owns a printer, and you won't offer anything else.
complaint	en	Love how fast you reply when I'm buying and how you vanish when I have a question. Great business model.
complaint	en	The "VIP customer service" I paid for is the same slow queue as everyone else's.
complaint	en	Your agent accused me of lying. I have never been spoken to like that by a company.
complaint	en	Your agents sign off every message with a different name. Is it all one bot?
complaint	en	I'm contacting the Ombudsman. Three weeks of silence from your team leaves me no choice.
complaint	en	You closed my case because I "didn't reply within 24 hours". I was asleep. Different time zone!
complaint	en	I've had better service from a vending machine.
complaint	en	The woman on your hotline put me on hold and I could hear her laughing with a colleague about "another one of these". Unacceptable.
complaint	en	I've been bounced between your WhatsApp, email and Xiaohongshu DMs for a week and nobody has answered the actual question.
complaint	en	I asked for help in English and your team sent me a voice message in Chinese. Twice.
complaint	en	Your site won't let me submit a review below 4 stars, the form just errors out. Convenient.
complaint	en	Charging customers a fee to speak to a human is outrageous.
complaint	en	I've spoken to Citizens Advice and they've explained exactly what my rights are. Your team clearly doesn't know them, and I'll be taking it further.
complaint	en	Seen at 9:14. Still nothing at 21:30.
complaint	en	Your agent wrote "I don't have time for this" and closed the chat.
complaint	en	We're a wholesale client and our new account manager hasn't answered in two weeks. We're now talking to other suppliers.
complaint	en	Your chat closes at 6pm sharp, even with people still in the queue. I've been kicked out at the front of the line twice.
complaint	en	Your rep answered every single question with "it's company policy" and never explained anything.
complaint	en	I was promised a supervisor would call me. No supervisor. No call.
complaint	en	Dear Sir or Madam, I wish to lodge a formal complaint about the handling of my enquiry, reference 88120. Over three weeks I have written five times and received two replies, both generic and neither answering what I asked. I was twice promised a call from a senior member of staff which never came. I am not asking for compensation. I am asking for a proper written response within seven days, failing which I will refer the matter to the platform and to the consumer authority. Yours faithfully, R. Adeyemi
complaint	en	Your only support channel is a form whose dropdown doesn't include my problem. So I picked "Other". Nine days, nothing.
complaint	en	Stop sending me "How did we do?" surveys when nobody has answered my original question.
complaint	en	I don't want compensation. I want an acknowledgement that your staff member's comment about my accent was unacceptable.
complaint	en	The "Contact us" page in your app just links back to the FAQ. Round and round.
complaint	en	I asked for an invoice three times and was ignored three times.
complaint	en	Your service is very slow and the staff no respect me. I ask three times and no answer. This is not ok.
complaint	en	Hi. I've been ignored for nine days. That's it, that's the message.
complaint	en	Your policy of not refunding shipping when the mistake is yours is unfair, and I'd like it changed.
complaint	en	The Consumer Council in Hong Kong will be hearing from me about how your shop treats people.
complaint	en	The person I spoke to didn't even know your own return window. Do you train your staff at all?
complaint	en	"Your call is important to us." Forty-seven minutes of that song.
complaint	en	Your "no questions asked" returns turned out to be a 14-question form plus photos. Words mean things.
complaint	en	Your staff member read my message, typed "ok", and left the chat. That's it.
complaint	en	Telling me to "be patient" for the fifth time isn't customer service.
complaint	en	You charge for "priority handling" at checkout and then tell me priority means nothing for support.
complaint	en	Respected Sir, this is the fifth reminder. Kindly ensure the concerned person responds.
complaint	en	The agent told me to "google it" when I asked how your warranty works. Really?
complaint	en	I'll be reporting this conversation to Xiaohongshu. Your agent refused to give her name or an employee number.
complaint	en	Each time I open a chat I'm given a different "procedure". Write one down and stick to it.
complaint	en	It's been 12 days. I've been polite. I'm done being polite.
complaint	en	Very disappointed with the staff at your Shanghai showroom. I was ignored because I'm a foreigner while other customers were served first.
complaint	en	Only accepting complaints by post to an address in Shenzhen is absurd.
complaint	en	Escalating: I want the name and email address of your customer service manager.
complaint	en	Your team keeps messaging my personal WhatsApp at midnight. I never agreed to that number being used.
complaint	en	Your terms say disputes fall under Chinese law? I'm in Germany. That isn't enforceable and you know it.
# --- feedback ---
feedback	en	We had a rocky start with the delivery but your team fixed everything. I've updated my review to 5 stars.
feedback	en	4 stars from me. The sofa throw is cosy, it has pilled a little after several washes, but I still use it every evening.
feedback	en	Not thrilled. The solar lights are pretty but dim, and in winter they only last a few hours. 2 stars.
feedback	en	Please bring back the mustard colour of the beanie!
feedback	en	I was dreading building the bunk bed but the instructions were really clear. Thank you for that!
feedback	en	The linen napkins have softened beautifully after a few washes. One has a tiny pulled thread, honestly it adds to the rustic look. 5 stars.
feedback	en	This is my fourth order and every one has been perfect. Keep doing what you're doing.
feedback	en	Your livestream last Sunday was so helpful, I finally understood how to pick my size.
feedback	en	The bird feeder is a hit. So far: blue tits, a robin and one very cheeky squirrel.
feedback	en	Two stars. The photo printer's colours are washed out and the paper is expensive. It works, but I wouldn't buy it again.
feedback	en	My only gripe with the rowing machine is that the seat squeaks a tiny bit. Otherwise brilliant, I row every morning. 4.5 stars.
feedback	en	Suggestion: could the drone's carry case have a slot for a spare battery?
feedback	en	Thanks again! The refund came through this morning.
feedback	en	ngl the dumpling maker is a game changer, made 60 in half an hour
feedback	en	After three months of daily walks the lead clip has a few scratches and the handle padding has flattened a bit, normal stuff. Best lead we've had.
feedback	en	Honestly the best wok I've ever owned. It gets darker and more non-stick every week.
feedback	en	Terrible value. 1 star. The swim goggles are uncomfortable and leave marks round my eyes for hours.
feedback	en	The paint on the kids' scooter handlebars has chipped in a couple of spots after a summer of being dropped on the pavement, which is fair enough with a 6-year-old. Still rides like new. Would recommend.
feedback	en	Compliments to your packers: the orchid arrived with every single flower intact. Never seen a plant shipped so carefully.
feedback	en	Your team went out of their way to get the bridesmaid dresses to us in time. I'm so grateful.
feedback	en	Suggestion: print the TOG rating on the outside of the sleep sack packaging so people can see it at a glance.
feedback	en	Everything came wrapped in tissue paper, it felt like opening a present.
feedback	en	The puzzle was great fun. A couple of pieces had slightly lifted corners, didn't stop us finishing it. 4 stars, beautiful image.
feedback	en	For anyone reading reviews: the shaver is brilliant but noisy. 4 stars.
feedback	en	Honestly the best bubble tea kit I've tried, the pearls cooked perfectly.
feedback	en	The bamboo cutlery set still looks new after a year in my work bag, apart from the pouch going a bit grubby. Love it.
feedback	en	The new lid turned up this morning and fits perfectly. Cheers for being so quick about it.
feedback	en	My teenage son is thrilled with the mechanical keyboard. Says the keys sound "thocky", whatever that means.
feedback	en	I've had the down vest for three winters now. Yes, a couple of feathers poke through the seams and the cuffs have gone a little shiny, but it's still the warmest thing I own. Five stars, and I'm buying one for my husband.
feedback	en	Would you consider offering the school uniform in organic cotton? Happy to pay a bit more.
feedback	en	The turntable looks gorgeous on my sideboard and the sound is warm and rich. Very happy.
feedback	en	Left you a review on Trendyol, cok tesekkurler!
feedback	en	Tip for future buyers: the tent is easy to pitch but the pegs bend in hard ground, I swapped them for steel ones. Still a great tent, 4 stars.
feedback	en	Five stars for customer service. The agent on WhatsApp was very patient with me.
feedback	en	1 star. The sourdough starter never really got going for me and the instructions are vague. Maybe partly my fault, but I won't buy it again.
feedback	en	The ski goggle lens is amazing in flat light. The strap has faded from the sun after a full season, cosmetic only. Recommend!
feedback	en	The bidet seat has changed my life lol
feedback	en	Shukran for the lovely gift box, my mother was very happy with the dates.
feedback	en	Just a small suggestion: a little recipe booklet with the pasta machine would be lovely.
feedback	en	Overall good. The photo frame's corner joint isn't perfectly flush, but you'd only notice up close. 4/5.
feedback	en	Great pressure cooker, but the manual could really use a better translation. 4 stars.
feedback	en	Gracias for tucking a note in Spanish into the box, my grandmother read it three times 😊
feedback	en	Review posted on Lazada po, 5 stars! Fast delivery to Cebu and the bag is very nice.
feedback	en	Love the trench coat. One button worked a little loose after a few months, I just stitched it back on. Fit and colour are perfect.
feedback	en	You've got a customer for life. Fast, friendly, and the stoneware plates are even nicer in person.
feedback	en	Thank you Mei for your patience on the chat yesterday, you made the whole thing so easy.
feedback	en	Tusen takk! The wool socks are perfect for Norwegian winters.
feedback	en	The blender jug has gone a little cloudy and there's a faint scratch on the lid after about a year, but it still crushes ice like nothing. 4 stars, would buy again.
feedback	en	The slow cooker is great but the lid knob gets hot. A silicone cover would be a nice touch on the next version.
feedback	en	Meh. The scalp massager is okay. Not life-changing.
feedback	en	The foam roller is firm in a good way. My physio approved!
feedback	en	3 stars. The dog raincoat does the job, but the velcro is already losing its grip after two months of daily walks. Not asking for anything, just being honest.
feedback	en	Thank you for the extra hair ties in the parcel, so thoughtful!
feedback	en	Honest review after 8 months with the anti-fatigue mat: the edges have curled a bit and there's a dent where my chair rolls over it, but my back feels much better. 4/5.
feedback	en	The qipao fit like it was made for me. I got so many compliments at the wedding.
feedback	en	Mixed feelings on the wig: beautiful colour, but it sheds quite a bit when I brush it. 3 stars.
feedback	en	Dear seller, the sleeping bag is excellent quality. I use in the mountains at minus 3 and I was warm. I give five star.
feedback	en	Review: the griddle pan has a few rough patches in the casting and the seasoning on the handle wore off quickly, but it sears steak beautifully. 4 stars.
feedback	en	Suggestion: send an email reminder when the flea collar is due to be replaced.
feedback	en	Excellent service, thank you.
feedback	en	Just wanted to let you know the mooncakes were a huge hit with my in-laws.
feedback	en	Wore the rain jacket through a week in Scotland and stayed bone dry. The zip pull has lost some of its rubber coating, cosmetic only. Highly recommend.
feedback	en	Bit disappointed, the tea towels are thinner than my old ones. 3 stars.
feedback	en	My dad loves the big-button phone. He rang me three times on the first day just because he could 😂 Thank you.
feedback	en	Review: the moka pot makes great coffee. The handle gets warm and the base has discoloured from the gas flame, but that's to be expected. 4/5.
feedback	en	The cordless drill's battery lasts ages. Great buy for the price.
feedback	en	So happy with the wedding guest dress, and thank you for getting it to Lisbon so fast.
feedback	en	Would love a version of the dumbbells that goes up to 32kg. I'm outgrowing mine (in a good way).
feedback	en	The kalimba is so relaxing, my daughter plays it every night before bed.
feedback	en	4 stars for the drone. Great camera and easy to fly, though the battery life is on the short side. Still loads of fun.
feedback	en	Not the best. The board game's cards are thin and already bent at the corners after a few games. 2 stars, though the game itself is fun.
feedback	en	obsessed with the LED mask!!! my skin has never looked this good 😍
feedback	en	A year of daily use and the water flosser is still going strong. The rubber on the button has gone a bit tacky, minor thing. Great value.
feedback	en	Dear team, thank you for the swift exchange of the bike helmet. My son is delighted with the new size. Kind regards, Paul
feedback	en	First batch of kombucha came out fizzy and delicious. Thanks for the tips card!
feedback	en	It would be nice if your website let me filter toys by age.
feedback	en	The leather wallet is developing a lovely patina. One of the card slots has stretched a bit with use, which I expected. Very pleased.
feedback	en	Product 10/10, the box it came in 2/10 lol, it looked like it had been kicked across a warehouse. Everything inside was perfect though.
feedback	en	Honestly the best purchase I've made this year ❤️
feedback	en	Really quick reply earlier and it answered everything. Top service 🙏
feedback	en	Five stars for the hiking boots. Six months of weekend walks: the laces have frayed a little and the toes are scuffed, but they're still completely waterproof.
feedback	en	Super cute kids' backpack, my daughter refuses to take it off.
feedback	en	The kids' walkie-talkies have survived being dropped in a puddle. 10/10.
feedback	en	I've now done about 1,200 km on the e-bike and wanted to leave a proper review. There are a few paint chips on the frame where the lock rubs, the saddle cover has a small scuff from leaning it against walls, and I've replaced the brake pads once, which is normal wear. The motor and battery still perform like day one and my commute is half an hour shorter. Five stars, I'd buy it again tomorrow.
feedback	en	One small thing: the lids of the spice jars are a bit stiff. Love them otherwise.
feedback	en	Giving 3 stars. Nice design, but the strap on the camera bag has started fraying where it rubs my shoulder, about four months in. Not a big deal.
feedback	en	Just rated you 5 stars on Allegro. Dziekuje!
feedback	en	Thank you for sorting out the mix-up with my colour. The green one is even nicer than I expected.
feedback	en	The bath toys are cute but some have water trapped inside now and you can't empty them. Wouldn't buy that style again. 2 stars.
feedback	en	5 stars for the heated vest, it's kept me warm at the football every Saturday.
feedback	en	The wooden train set is beautiful quality. After a year with a toddler there are teeth marks on the engine, naturally, but nothing has broken.
feedback	en	So glad I took a chance on a small shop. The ceramic planter is stunning.
# --- presale ---
presale	en	What tank size is the aquarium filter for? Mine's 60L.
presale	en	Is the bird's nest from Malaysia or Indonesia? Any certificate?
presale	en	Any discount on the bunk bed if I buy the mattresses with it?
presale	en	Hi, I'm after mooncakes for my team. Do you do boxes of 4 with the low-sugar lotus filling, and can they reach Leeds by the 10th?
presale	en	Can you deliver to Reykjavik? Roughly what would shipping cost for the tent?
presale	en	Do the smart bulbs work with Apple Home? Everything else in our house is HomeKit.
presale	en	Does the photo printer work with iPhone, and how much is a refill pack of paper?
presale	en	Can you make the qipao to my measurements? I'm between sizes and the wedding is in May.
presale	en	How long does the cooler box keep ice? It'd be for a 3-day festival.
presale	en	Is the wig human hair or synthetic? Can it be dyed?
presale	en	Are spare foils for the shaver in stock? I'd buy them at the same time as the shaver.
presale	en	How loud is the dehumidifier on the lowest setting? It'd go in our bedroom, so I want to know before I buy.
presale	en	What size roller skates for a 10 year old who's a UK 3?
presale	en	My son is 2 years 4 months and about 86cm. Is the balance bike too big for him yet?
presale	en	Do you have the ballet shoes in split sole, kids' size 12?
presale	en	Will the portable monitor work with a Samsung phone in DeX mode? Asking before I buy.
presale	en	Any deal for students on the mechanical keyboards? UNiDAYS or anything like that?
presale	en	Is the sourdough starter dried or live? Can it be posted to Ireland?
presale	en	Do the football boots come in a wide fit? My son has very wide feet.
presale	en	How many people actually fit in the 4-person tent? We're two adults, two kids and a lot of bags.
presale	en	Is the flea collar safe for kittens? Mine is 10 weeks old and I want to order one.
presale	en	Are the ski goggles OTG? I wear glasses.
presale	en	Is your grinder burr or blade? I want one for espresso.
presale	en	Are the press-on nails reusable? How many sizes come in a pack?
presale	en	Is the beard trimmer waterproof? I'd like to use it in the shower. Haven't ordered yet.
presale	en	Will the shower filter fit a standard UK shower hose?
presale	en	Do you have the sleep sack in 0.5 TOG for summer? I only see 1.0 and 2.5.
presale	en	Is the safety net included with the trampoline, and what's the weight limit? Two kids, 25kg and 40kg.
presale	en	Is the wireless controller compatible with the Switch? My son has asked for one for his birthday.
presale	en	Is the LED face mask safe with rosacea? Asking before I spend 200 quid.
presale	en	What's the difference between the 1000-piece and the 1500-piece puzzle apart from the number of pieces? Same picture size?
presale	en	Does the pet camera work on 5GHz wifi? Our flat's router is 5GHz only.
presale	en	What's the range of the walkie-talkies in the mountains? They'd be for skiing with the kids.
presale	en	Does the ISOFIX car seat fit a Toyota Yaris? I'd like to be sure before ordering.
presale	en	How much area do 2 mesh units cover? Our house has 3 floors.
presale	en	What's the weight limit on the kids' scooter, and does the handlebar adjust?
presale	en	Does the GPS dog tracker need a SIM card? Which countries does it work in?
presale	en	Can the milk frother heat oat milk? Deciding between this one and the pricier model.
presale	en	Before I order the water flosser: does it come with a travel case, and is the charger USB-C?
presale	en	Is the bike lock Sold Secure Gold rated? My insurer asks for it.
presale	en	Is the stand included with the hammock, or do I need two trees?
presale	en	Does the kids' tablet come in blue, or only pink and green?
presale	en	Does the cordless drill come with battery and charger, or is it tool only? The photos aren't clear and I don't want to buy the wrong thing.
presale	en	What PSI does the pressure washer reach? I want it for the patio and the car.
presale	en	Is the silk scarf 100% mulberry silk? Does it come in a gift box?
presale	en	Does the carbon steel wok come pre-seasoned? Trying to decide between it and the cast iron one.
presale	en	Would the IPL work on me? I'm quite tanned with dark hair. Don't want to spend the money if it won't.
presale	en	Do you ship live orchids to Germany? How are they packed in winter?
presale	en	How far does the e-bike go on one charge? My commute is 18km each way with hills.
presale	en	Which helmet size for a 56cm head, M or L?
presale	en	Will the dash cam fit a 2015 Honda Jazz? The windscreen is quite steep. Want to check before buying.
presale	en	Is the moka pot induction compatible? Looking at the 6-cup.
presale	en	Family of five: the 6L or the 8L pressure cooker?
presale	en	Does the smart lock fit a euro cylinder? My front door is uPVC.
presale	en	How many litres is the slow cooker? Will it fit a whole chicken? Haven't decided yet.
presale	en	Does the action camera come with a waterproof case or is it waterproof on its own?
presale	en	Is the whitening kit peroxide-free? Okay for sensitive teeth?
presale	en	still got the mustard beanie in stock?
presale	en	Scout leader here, is there a bulk price for 30 headlamps?
presale	en	Thinking of getting the wedding guest dress in emerald. Is the fabric very thin? I'm worried it'll cling.
presale	en	How much is shipping to New Zealand for the bunk bed? Is it even possible?
presale	en	What's your biggest crate? Great Dane puppy, he's going to be huge.
presale	en	Is the sleep tea caffeine-free? I'm pregnant.
presale	en	Hello, I am looking to buy a car seat for my grandson. He is 9 months, 9kg, and my daughter has a Ford Focus estate with ISOFIX. I only drive him on Tuesdays and Thursdays, so I would like something that is easy to take in and out, because my back is not very good. Which of your seats would you recommend, and does it come with instructions in large print or a video? Thank you, Maureen
presale	en	How long does the heated vest stay warm, and is the battery included in the price?
presale	en	Is the sous vide wifi, or is that only the Pro? My partner wants to start it from work.
presale	en	Are the cufflinks sterling silver or plated? Can they be engraved?
presale	en	Does the turntable have a built-in preamp? I'd like to plug it straight into powered speakers.
presale	en	Do you do the dog raincoat in a size for a dachshund? Long body, short legs! I'd love to order one if so.
presale	en	Will the bamboo steamer sit on a 28cm wok?
presale	en	How bright are the solar garden lights? Enough to light a path, or just decorative?
presale	en	Does the video doorbell need a monthly subscription to save clips?
presale	en	Is the telescope good enough to see Saturn's rings? It'd be a gift for my niece, she's 12.
presale	en	Hi, how many drops are in the vitamin D bottle? Comparing price with the pharmacy one.
presale	en	How much does the inflatable paddle board weigh in its bag? I'd have to carry it 500m to the lake.
presale	en	Does the soundbar have HDMI eARC or only optical?
presale	en	Do you have the school polo in age 11-12? The page only goes up to 10.
presale	en	Thinking about the kalimba for my 8 year old. Is it easy for a beginner, and does it come with a songbook?
presale	en	Do the swim goggles come in prescription lenses? I'm -3.5.
presale	en	Which film does the instant camera take, and is it easy to get in Australia?
presale	en	Slow juicer or centrifugal: which one is less of a pain to wash up? That'll decide it for me.
presale	en	Is the protein powder vegan? Any soy in it?
presale	en	Is the top bunk suitable for a 6 year old? What's the guard rail height? Trying to decide.
presale	en	How heavy do the adjustable dumbbells go? I need at least 24kg each side.
presale	en	Will the bidet seat fit an elongated toilet, and does it need a socket nearby?
presale	en	Is the big-button phone hearing aid compatible? My dad wears two. Want to know before I buy him one.
presale	en	Is the creatine unflavoured? Does it dissolve properly in water?
presale	en	Soprano or concert ukulele for an adult beginner? Buying for myself.
presale	en	How many lumens is the projector? Will it be watchable in the daytime with the curtains open?
presale	en	Is the down sleeping bag warm enough for -5? Planning a trip in March and haven't bought one yet.
presale	en	Is the nasal aspirator electric or manual? Batteries included?
presale	en	Does the drone need registering in the UK? How much does it weigh?
# --- other ---
other	en	Please send a proforma invoice so our procurement team can release payment for the 12 sleep sacks for our nursery.
other	en	I'm a photography student. Would it be okay to photograph your pop-up store for a class project?
other	en	Hello! Your ceramics popped up on my Xiaohongshu feed and I've been scrolling your page for an hour. Just saying hi 😄
other	en	Face ID login stopped working after the app update.
other	en	Can you stop adding my number to the WhatsApp broadcasts? I'd rather just get emails.
other	en	Is anyone on the chat on Saturday mornings, or only on weekdays?
other	en	Please send my order to the parcel locker at the Tesco Extra instead of my flat. It hasn't been dispatched yet.
other	en	Invoice request for order 2291: name "Dr. Farah Qureshi", address as on the order.
other	en	My account shows an order I didn't place. Could someone have got into it?
other	en	Hello, I represent a micro-influencer agency in Jakarta. Would you be open to a paid campaign next quarter?
other	en	My order hasn't shipped yet. Can you change the flat number from 12 to 21? I swapped the digits.
other	en	Nothing to report, just saying thanks for following me back on Xiaohongshu haha
other	en	Could I get a receipt with my name on it? The one in the parcel just says "customer".
other	en	What's the name of your WeChat official account? I'd like to follow it for shop news.
other	en	The password reset email goes to my old work address and I can't get into that anymore. How do I change the email on my account?
other	en	I'm writing a thesis on cross-border live commerce. Could I interview someone from your team?
other	en	I'm a landlord. A former tenant keeps having your parcels sent here. Could you update his address or stop sending to this one?
other	en	Sorry for the spam above, my toddler got hold of my phone 😂
other	en	The invoice for order 7781 has my home address on it. Our bookkeeper needs the studio address instead: 2 Mill Lane, Frome.
other	en	Could you merge my guest order into my account? I forgot to log in before I paid.
other	en	Your app pings me with promotions several times a day. Is there a setting for order updates only?
other	en	Hello, do you have someone who speaks Korean? My mother would like to ask something.
other	en	Can I update the email address on an order I placed as a guest?
other	en	Do you offer monthly invoicing for business accounts? We order from you every few weeks.
other	en	The two-factor code isn't arriving by SMS. I'm abroad on a roaming SIM.
other	en	Ni hao! 😊 Toronto says hi.
other	en	Do you have an affiliate scheme for bloggers? I write about camping gear.
other	en	Could you issue the invoice in Spanish? Our accountant only accepts invoices in Spanish.
other	en	Can I change the name on my account to my business name?
other	en	Could the shipping label show only my initials? Privacy thing.
other	en	The code BIRTHDAY15 from your email says expired at checkout, but the email says it's valid until Sunday.
other	en	Morning all, hope the week's treating you well 🌞
other	en	I just got an email saying my password was changed. I didn't change it. Please lock my account.
other	en	We're a small concept store in Lisbon and would love to stock your ceramics on consignment. Who should I talk to?
other	en	Can the invoice list each item on its own line with the VAT shown separately? Order 2281.
other	en	Please note my new billing address for future orders: 45 Rue Oberkampf, 75011 Paris.
other	en	Is this the shop or the brand itself? I'm trying to work out who actually makes the kalimba. Just curious.
other	en	Is the chat working? My last two messages never got a tick.
other	en	Hi, what's your ABN? I need it on the tax invoice for my claim. Order 4417.
other	en	Sent that to the wrong shop, my bad. Carry on!
other	en	Hello, this is Lina from the supplier side. We received your PO 4410 and just want to confirm the delivery address for the samples.
other	en	Unsubscribe
other	en	The gift is going to my aunt, so could the label say Ana Lucia Perez instead of my name? The address stays as it is.
other	en	Is there a way to get your order emails in English instead of Chinese?
other	en	Good afternoon. Our finance department has asked me to collect invoices for the orders we placed with you this quarter (numbers 40119, 40562 and 41208). Each one needs our full company name, "Harbourline Logistics Ltd", our registered address at Unit 4, Quayside Park, Southampton SO14 3JP, and our VAT number GB 337 8201 56, with VAT shown per line. PDF is fine. Could you send them to accounts@example.com by the end of the month? Many thanks, Priya, Office Manager
other	en	Perfect, that answers it. Cheers!
other	en	Is this account run by a real person? Just curious.
other	en	How do I set my office as the default delivery address in the app? I can't find the option.
other	en	We run a chain of six pharmacies in Kenya and would like to stock your nasal aspirators. Who handles wholesale?
other	en	The email on my account has a typo, gmial instead of gmail, so I never get your emails. Can you fix it?
other	en	Quick question for my records: why does the receipt show a different company name from the shop's?
other	en	Where do I change my password? The settings page only shows my email.
other	en	What are your support hours on UK bank holidays?
other	en	Wishing everyone at the shop a happy Mid-Autumn Festival! 🥮
other	en	For order 2290, could you add a note that the parcel can go in the blue box by the gate? It hasn't been sent yet.
other	en	Could you resend the order confirmation to my work email? I need it for approval.
other	en	Fellow seller here, cheeky question: do you know a reliable freight forwarder to Brazil? No worries if not!
other	en	The app says "session expired" every few minutes and logs me out.
other	en	Please take me off your catalogue mailing list, the paper one.
other	en	Please change the phone number on order 3319 to +49 151 2345 6789. Nothing else needs changing.
other	en	Understood, I'll check back on Monday.
other	en	Could you issue a VAT invoice for order 5518? Company: Nordlicht GmbH, VAT ID DE298331442.
other	en	Please close my account. I'm moving abroad and won't be ordering again, and I'd rather my address wasn't stored.
other	en	Will you be answering messages during Ramadan? Just want to know the hours.
other	en	Is this the right contact for your Shenzhen office? I'm a supplier following up on an invoice we sent you.
other	en	Where can I download my order history as a spreadsheet? My accountant wants it.
other	en	Good evening from Krakow 👋
other	en	Could you keep my parcel at your Guangzhou showroom for me to collect instead of shipping it? I'm in town next week and it hasn't shipped.
other	en	I made two accounts with the same phone number by accident. Can you delete the empty one?
other	en	I'd like to apply for the customer service role you posted on LinkedIn. Where do I send my CV?
other	en	Could you issue separate invoices for each item? They come out of different budgets at work.
other	en	Is your showroom in Hangzhou open to the public at weekends?
other	en	I can't sign in with Apple anymore, it says "account not found". I've ordered from you before with that login.
other	en	Can order 6610 come on a Saturday? I'm out at work all week. Not urgent, just a preference.
other	en	Please disregard the screenshot I just sent, wrong conversation.
other	en	Could you check which email my last order was placed under? I think I mistyped it.
other	en	Hi, what's your registered company name? Our finance team needs it for the vendor form.
other	en	Could the delivery slot be a morning one? Order 7730, not shipped yet.
other	en	Your app keeps sending me "price drop" alerts for things I never saved. How do I switch them off?
other	en	We're a 3PL warehouse in Rotterdam offering EU fulfilment for Chinese brands. Would you be interested in a call?
other	en	Will anyone be replying to messages over the Easter weekend?
other	en	Hello from Nairobi! A friend told me about you.
other	en	Could the invoice include our reference PO-7713 so accounts can match it?
other	en	I have been trying to log in for an hour. It says my password is wrong, I reset it, it says wrong AGAIN. I'm fuming. Help?
other	en	Please add my partner as an authorised person to collect parcels: Jonas Berg.
other	en	My WeChat was banned and I've made a new one. Can you move my order history across to it?
other	en	We host a podcast about small businesses. Would your founder like to join us for an episode?
other	en	Could you make the invoice out to my company, "Blue Fern Studio Pty Ltd"? Order 3301.
other	en	Someone on Instagram claiming to be your support asked me to pay a "release fee". Is that you? Looks like a scam.
other	en	ignore that, typed it in the wrong app 🤦
other	en	The points from last month's order never showed up in my account. Order 6620.
other	en	Please update the postcode on my account to EH3 9QN, I'm moving next week.
"""#
}
