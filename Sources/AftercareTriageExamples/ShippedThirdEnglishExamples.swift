// Labelled customer messages for the triage classifier, as tab-separated lines
// (category, language, text; `#` lines are comments). A third set in English: channels, registers and products the first sets cover less.
// Kept as a Swift string rather than a SwiftPM resource (see ShippedExamples.swift).

extension ShippedTriageExamples {
    static let thirdEnglish = #"""
# Aftercare triage examples, third English batch: more labelled en customer messages for the message classifier.
# Same format and labelling rules as triage-examples.tsv (see its header): category<TAB>language<TAB>text, one example per line, language is en on every line.
# New messages (not paraphrases of the earlier files) widening channels, registers, regions and products, with hard cases; each section is mixed so every run of 5 lines is representative.
# --- not_received ---
not_received	en	Estafeta says my package is lost. Sorry, my English is not so good. They tell me "se perdió". Order 55870, the sunscreen spray and the hand fan. What I do now?
not_received	en	Our office mailroom says they never received anything from J&T on the 3rd, but tracking says they signed. The power banks were for our team offsite. Order #B2B-1180.
not_received	en	Assalamu alaikum, the SMSA tracking show my order delivered to Jeddah office. I am in Jeddah but nobody called me and the office say they don't have it. Order 3019, 2 bottles oud oil.
not_received	en	We're a café in Perth and ordered 25 tins of your sencha for resale. Your freight forwarder says delivered, but our shop was open all day, no delivery, no card. Invoice INV-00931.
not_received	en	Not asking about a refund or anything, I just want to know where the parcel went. It says delivered to "parcel box" and we don't have one. Order 8813, the castle building blocks set.
not_received	en	Someone signed for my parcel as "AMIT". I don't know any Amit. It was to my home in Doha, I was there, nobody came. Order 12098, the tea set.
not_received	en	The courier's chat just told me "your parcel is unfortunately lost in our network". What happens with my order now? Three tins of matcha and a bamboo whisk.
not_received	en	Kia ora, NZ Post says my parcel went into my rural delivery box. Nothing inside except a spider. Order 33780, the bamboo toothbrushes and the charcoal toothpaste tabs.
not_received	en	The courier left a note saying my parcel was at the local depot. I took the note to the depot, they say it was marked delivered and they don't have it. Round in circles. Never got the phone lanyard and case.
not_received	en	I sent three succulents in ceramic pots as a housewarming gift. My friend Joel says nothing arrived. Tracking says delivered two days ago. Could you check the delivery photo?
not_received	en	The concierge saw the courier hand my parcel to a man in the lobby who said he was me. He wasn't. I'm a woman. Order #0088, the jade roller and gua sha.
not_received	en	Definitely not stuck in transit. The last scan is "Delivered, signed C. LEE" from nine days ago. I'm not C. Lee. Order 66021, travel adapter and power bank.
not_received	en	Subject: Order #4417 marked delivered - not received Hi, Shopify sent me the "your package has been delivered" email on Tuesday for the oolong tea sampler, but there's nothing at my address. Could you look into it? Thanks, Priya
not_received	en	Lost parcel confirmed by FedEx, case 7720193. They said to ask you for a replacement. Four insulated wine tumblers, smoke grey.
not_received	en	Paid in March for the gaming chair, it's now May. The freight company says they delivered it but they can't show a signature or a photo. I don't have a chair, I have a sore back.
not_received	en	bestie the app says delivered 😭 i have NOTHING. it's my hanfu for the festival on saturday 🙏
not_received	en	Got the SMS with a pickup code for the 7-Eleven, went there, they scanned it and said the parcel was already collected yesterday. Not by me. Order 33019, three phone cases.
not_received	en	Not broken, not wrong, not late. Just not here. Marked delivered three days ago.
not_received	en	Our building has two towers, A and B, same street number. The delivery photo shows tower B's lobby. I'm in A. Tower B's concierge has nothing. Order 20991, duvet set.
not_received	en	Order status: delivered. My status: confused. No perfume.
not_received	en	Ninja Van closed my ticket saying the parcel is "missing from manifest". They won't search any more, so it's lost. Can you send the stationery bundle again? Order NV-6612.
not_received	en	My 80-year-old dad ordered a reading lamp and some large-print puzzle books from you. He rang me confused because he got a "delivered" text and there's nothing there. I went round and checked everywhere. Could you please look into it?
not_received	en	The parcel was supposedly left at the petrol station pickup point. They've searched twice and it isn't there. Order 88013, a 12kg bag of dog food.
not_received	en	eBay order 24-11283-55091. Marked delivered on 18/09, never received. Item was a phone case and a screen cleaning kit. Please open a claim with the carrier.
not_received	en	We sent one of your tea boxes to a client as a thank-you. Their office says nothing arrived, though tracking says delivered on Monday. A bit embarrassing for us. Order #G-4410.
not_received	en	The delivery photo shows my parcel next to a green wheelie bin on a driveway. I live on the 9th floor of an apartment block. That's not my place. Fitness band not received.
not_received	en	Aus Post: "We couldn't find your item, it may be lost." Cheers, Aus Post. It was the stroller organiser and cup holder.
not_received	en	I ordered a jewellery box for our anniversary from your Etsy shop (order 3310295812). The anniversary was Sunday. Tracking says delivered Friday. We have never seen it. I'm really disappointed.
not_received	en	hey, order 9924 says delivered on the insta shop notif but there's nothing at my door 😩 the sunscreen + aloe gel combo
not_received	en	The locker code you sent didn't work, then the locker company said the parcel was "returned to driver". The driver says he delivered it. Nobody has it. Kids' city building set, order 5103.
not_received	en	Dear Sir or Madam, I regret to inform you that the mooncake gift box ordered for my mother was signed for by an unknown person named "Tan". My mother's surname is Lim and she lives alone. She has received nothing. Kind regards, Daniel Lim
not_received	en	I sent a box of assorted mochi and egg rolls to my grandparents in Vancouver. Grandma rang to thank me for the card I posted separately and asked where the box was. Tracking: delivered two weeks ago. Nothing there.
not_received	en	The courier's investigation came back: "package cannot be located, claim approved", ref CL-883120. Please send the monstera and the pot again.
not_received	en	Emirates Post shows delivered to PO Box 55120. I checked the box yesterday and today. Empty. Order 7721-AE, oud perfume gift set. Please help.
not_received	en	Sorry to bother you again, I know you said to wait 48 hours in case it turns up. It's been 5 days. It hasn't turned up. Still marked delivered.
not_received	en	The Amazon Hub counter at the pharmacy has no package for me, but my order says "picked up". I never picked anything up. Building blocks set, 1,200 pieces.
not_received	en	Hi, my parcel was delivered to number 62. I'm number 26, the driver must have swapped the digits. I went over, nobody answers and the house looks empty. I haven't received the silk bonnet and hair ties.
not_received	en	Purolator says delivered to side door at 2:41 pm. I was working from home ten feet from that door. No knock, no box, no weighted blanket. Order 60183.
not_received	en	Dear Seller, We regret to inform you that the consignment of 500 A5 notebooks under PO 7781 has not been received at our Jebel Ali warehouse, although the carrier has marked it delivered. Kindly investigate and advise. Best regards, Procurement Team
not_received	en	I'm not complaining about the shipping time, that was fine. The problem is it says delivered and it isn't. Order 40913, the bamboo plant stand.
not_received	en	SingPost emailed me that item RR928374651SG could not be traced after the sorting centre and is presumed lost. Can you resend the makeup brush set? Same address in Tampines.
not_received	en	Hello, this is about order 449-210. The courier app says "Delivered to customer, OTP verified". I never gave anyone an OTP and I don't have the parcel. It was a power bank and a cable.
not_received	en	Amazon Locker at the Co-op says my pickup expired, but I never got the locker code email in the first place, so I never got the cat food. Order 204-7712039-5581116.
not_received	en	My neighbour's camera caught someone walking off with my parcel ten minutes after the driver left it. Police ref 4471/24. It was your jade bracelet, order #J-2210. What can you do?
not_received	en	Dear customer service, I was informed by email on the 4th that my parcel has been delivered. I have not received it. I kindly request you to check with the courier and provide me the proof of delivery. Thanking you, R. Menon
not_received	en	The courier confirmed in writing that the parcel was destroyed in a fire at their depot. Yes, really. So I won't be getting my makeup brushes. Resend or refund, either is fine.
not_received	en	DHL Express marked it delivered and says the receiver signed "ROBOT". I'm not a robot lol. Order #HX-8832, a robot vacuum, ironically. Not here.
not_received	en	Not late, not stuck, not in customs. Tracking has said DELIVERED since the 14th. It just isn't here. Order 51028, the insulated bottles.
not_received	en	Wht do u mean delivered. Its not. Order 5521.
not_received	en	It says left with reception at my gym. The gym has nothing for me and they don't even accept parcels. Order 2290, resistance bands set.
not_received	en	The delivery scan has GPS coordinates. I put them into Maps and it's a farm about 20 km from my house. Never got the insulated tumbler. Order 4419-CA.
not_received	en	hello I am 81 years old and my daughter helped me order the large print diary and the magnifier lamp from you in January. The computer says it came but the postman did not bring it to me. I am always at home. Please could you help. Yours sincerely, Dorothy Pratt
not_received	en	The courier says my parcel was mis-sorted at the hub and they can't find it anywhere. Order 44102, the ceramic tea cups. Can you help?
not_received	en	The smoke grey suitcase never reached me. Tracking: delivered 12 June. Reality: no suitcase.
not_received	en	Amazon order 112-5839201-7744106. Package shows "Delivered, handed directly to resident" on 3 May. I live alone and was at work all day. Nobody handed me anything. Item: sonic electric toothbrush twin pack.
not_received	en	Hello, I ordered 3 tins of stage 2 formula on the 2nd. Tracking says delivered on the 9th. We have not received it and my baby needs it, please send again urgently.
not_received	en	The parcel was signed for at "Unit 4" but I'm Unit 14. Unit 4 is an empty shop. Still haven't got my glasses, order GL-5502.
not_received	en	Lost in the post. Royal Mail have given up looking. The bamboo bedding set, order 20117.
not_received	en	Hi! Tracking for my stroller says "delivered to garage". We don't have a garage, we live in a flat. Nothing in the lobby either. Order #ST-4021
not_received	en	At the post office they showed me the system: my parcel was collected at their counter on the 4th with an ID. Not my ID. I never collected it. Order 11209, hanfu hair accessories.
not_received	en	The fire red lanterns and lucky envelopes for New Year were signed for, apparently. Not by me, not by anyone in my family, and New Year is on Saturday.
not_received	en	It's my first order with you and it's apparently vanished: the marketplace shows "delivered" and "order complete", and I have nothing at all. It was a planner and a set of fountain pen inks. Can you advise?
not_received	en	The proof of delivery has a squiggle for a signature and the name "M. Costa". No M. Costa lives here, I'm Ana Ribeiro. Where are my reading glasses?
not_received	en	Hi there, order #1093 from your Shopify store (lavender sachets + silk sleep mask). Status "Delivered" since Saturday, not received. I've asked the neighbours and the building manager.
not_received	en	Parcel locker "opened" at 09:14 according to the courier app. I was on a plane at 09:14. Never got my toothbrush heads.
not_received	en	Aramex called to say my shipment was lost at their Dubai facility. AWB 39201847563. They said to contact the shipper. So... can you send the perfume gift set again?
not_received	en	The estimate was 10-14 days. It's been 52. The tracking number never worked at all. At this point I'm treating the suitcase as lost.
not_received	en	I know it's not your fault, these things happen with couriers, but I still don't have my order and the courier says it's been delivered. No rush on a reply, I'd just like it resolved eventually.
not_received	en	Good afternoon, I have tried three times to find my parcel. The tracking says delivered to a "secure location". I do not know of any secure location at my home. The item is the linen bedding set in sage, king size. Kind regards, Mrs H. Okafor
not_received	en	Canada Post has now confirmed my parcel (LM512384905CN) is lost. They told me the claim has to come from the sender. It was the gaming chair, order 20931. Please reship or refund.
not_received	en	Tracking says the parcel was handed to "neighbour, house 3". We ARE house 3. Nobody here took it.
not_received	en	Buenas tardes! The tracking say my hanfu dress was delivered at the "portería" but the doorman say no. I live in Bogotá. Order 7712. Thank you very much.
not_received	en	It was meant to be a surprise for my girlfriend's birthday: the pearl earrings, sent straight to her. Tracking says they got there Thursday. She never got them, and now she knows about the surprise because I had to ask her. Please help.
not_received	en	Left in a "parcel box"? There's no parcel box at my building, only a row of mailboxes too small for a pillow. Nothing in mine. Order 1187, memory foam pillow.
not_received	en	I'm not after a refund, honestly I'd rather have the product. The grow light for my houseplants never reached me and tracking says delivered last week. Could you resend?
not_received	en	Etsy order #3302918475, handmade washi tape set. USPS says delivered to mailbox 4/18. My mailbox had bills and junk mail but no padded envelope. Could you check with the post office or resend?
not_received	en	The delivery photo shows my parcel on someone's kitchen table?? Definitely not my kitchen. Never got it. Order 58013.
not_received	en	hi the post office lost my parcel, they gave me a letter saying so. can u send the eyelash curler and brush set again pls
not_received	en	My order was two boxes of jasmine pearl tea. I've waited 7 weeks. Tracking stopped at "handed to last-mile carrier" and the last-mile carrier says they never got it. It's lost, isn't it?
not_received	en	Subject: Pickup point package missing - Order #60415 Message: Tracking says ready for collection at the newsagent on King St. The newsagent has nothing under my name or the tracking number. Five days of going back.
not_received	en	yo tracking says dropped at my door 6:58pm, i literally got home at 7 and there's nothing 💀 order 77310 gaming chair
not_received	en	Just to be clear: it is NOT a customs issue. It cleared customs a week ago and was marked delivered on Tuesday. I do not have it.
not_received	en	Dear seller, the logistic information display already signed for, but I did not receive the goods. Please help me inquire the whereabouts of the package. Order 66712. Thank you.
not_received	en	The neighbour two doors down got my parcel by mistake, opened it (!), and says she "gave it back to the driver". The driver denies it. Net result: I do not have my electric toothbrush.
not_received	en	Correios says the parcel with my glasses case and glasses chain was lost in São Paulo. Tracking LB039281745HK. Could you please resend?
not_received	en	Hi, tracking says "Delivered - front door" for my sunscreen order. My downstairs neighbour saw a van stop at the house across the road. I asked over there, they have nothing. Order #SS-1120.
not_received	en	The concierge at my building logs every parcel that comes in. Your courier's scan says delivered to reception at 11:02, but there's no entry in the log and no box. Order #SG-77190, two bedding sets.
not_received	en	Australia Post says it was left in my letterbox Monday arvo. Letterbox was empty, I checked twice. It's a robot vacuum, mate, it wouldn't even fit in the letterbox.
not_received	en	tracking said handed to "security". our security guard swears he didn't get anything. cat food still missing and my cats are judging me
not_received	en	I've no complaint about your service, you've been lovely. It's the courier: they say delivered, I say no. Can you file a trace? Order #WB-3302, the insulated lunch jar.
not_received	en	We ordered 40 snack gift boxes for our staff party (PO 2024-117). The freight company marked the pallet delivered to our warehouse on Friday, but our receiving team has no pallet and no signed delivery note. Please chase urgently, the party is next week.
# --- delayed ---
delayed	en	Hi, the gaming chair I ordered shows "awaiting stock from supplier". Nobody told me at checkout it wasn't in stock. What's the estimated ship date?
delayed	en	Canada Post wants $38.90 in duties plus a handling fee before they'll release my parcel. Your listing said duties prepaid (DDP) and I have the checkout receipt showing import charges paid. It's just sitting there. Order 77102.
delayed	en	Tracking for my robot vacuum has said "in transit to next facility" for 11 days. Not delivered, not lost, just frozen. Order RV-3391.
delayed	en	Everything was fine until the local post took over. Now it's "held at delivery office - awaiting capacity". What does that even mean? Five days.
delayed	en	Order 30918 still says "awaiting fulfilment" and I paid for priority. What's the hold-up?
delayed	en	Still at Bogotá customs after 18 days. I paid. I sent my ID. Not lost, not delivered, just held. Any news from your side?
delayed	en	The courier keeps texting "delivery rescheduled due to operational reasons". That's four reschedules. It's not lost, it's just never on the van.
delayed	en	hey my gaming chair has been sitting at "arrived at regional hub" for 8 days. it's a massive box, did it get forgotten in a corner? 😅
delayed	en	My hanfu is made to order, I know, the page said 15-20 days of tailoring. Today is day 31. Any news on when it'll be sent out?
delayed	en	Your shop is clearly open, you're posting on TikTok every day, but my order still hasn't shipped after two weeks. When will it go out?
delayed	en	I paid the import duties online on Monday (receipt attached) but the parcel still says "held by customs - awaiting payment". Can you ask the courier to update it?
delayed	en	Tracking went from "customs cleared" to nothing at all. Not delivered, not returned. The fire red suitcase is somewhere in between. Order 4410.
delayed	en	The observatory building set was a pre-order "shipping in March". It's 20 April. Is there a new date?
delayed	en	Ordered a set of makeup brushes 5 days ago. Shipping confirmation please?
delayed	en	The parcel is at my local post office but they say it's "not yet scanned in" so they can't release it. Three days of "come back tomorrow". Can you push?
delayed	en	omg the tracking for my perfume just says "in transit" for literally 13 days. is it taking the scenic route or what
delayed	en	Mexican customs has had my package for two weeks. Tracking says "retenido". What papers do they need from you? Order MX-1193, makeup brushes and a mirror.
delayed	en	Bought 2 power banks in the 11.11 sale. Still "pending shipment" 9 days later. Is the sale backlog that bad?
delayed	en	Tracking seems frozen at "Arrived at facility, Memphis TN" since the 9th. Could you open an inquiry with the carrier?
delayed	en	The killer deal on the suitcase was great, but it's been 10 days and it hasn't shipped. Is it just a busy period? When will it go out?
delayed	en	The courier wrote "no access to building" but we have a 24/7 concierge. Rescheduled to next week. Please contact them, I need the air fryer before my parents visit.
delayed	en	Hi! My parcel of tea is with Australian biosecurity. They say it needs a declaration of contents because it's plant material. Can you send them one? Order 8812.
delayed	en	When does the standing desk backorder end? The page said "ships in 2-3 weeks" when I bought it five weeks ago.
delayed	en	Dear Sir or Madam, We placed purchase order PO-3318 for 150 insulated bottles on 2 September, with dispatch promised within 7 working days. As of today we have received no dispatch notification. Kindly confirm the revised dispatch date. Kind regards, Fiona Gallagher, Office Manager
delayed	en	Hi! Just a gentle nudge, the cat litter order still shows "label printed". Not complaining, I've got a bit left. Is it on its way soon?
delayed	en	Saudi customs want a SABER certificate for the air fryer before they'll release it and the courier says the shipper has to provide it. Do you have one?
delayed	en	The custom name stamp for my stationery shop: you said carving takes 5 days. It's been 15 and the order still says "in production". When will it ship?
delayed	en	Yanwen tracking UF483920175YP has been on "flight arrangement" since the 2nd. Has the parcel actually boarded a plane?
delayed	en	The courier changed my delivery date from Wednesday to "to be confirmed". It's been "to be confirmed" for a week. Could you ask what's going on? Order 6633, Toronto.
delayed	en	My order isn't late by your estimate yet, but the tracking hasn't moved in a week and I'm getting nervous. Could you check? Building blocks set, order 3021.
delayed	en	hi, your IG said the restock of the pearl claw clips would ship "this week". that was 3 weeks ago 😭 when??
delayed	en	Subject: Order #5520 not shipped yet Message: Hi, I ordered the rooibos tea sampler 6 days ago and it still says "unfulfilled". Is everything ok?
delayed	en	My package was scanned in Liège on the 4th and hasn't moved since. I'm in Poland, that's close! Order PL-5510, electric toothbrush.
delayed	en	Aus Post has my parcel "awaiting collection" at a post office I never chose, 30 km away, and says it'll be moved to my local one "soon". It's been a week. Can you get them to hurry up?
delayed	en	Chilean customs opened my parcel and are holding it until someone explains what the "electronic device" inside is. Chilexpress wants a product description from you. Order CL-9912, the smart scale.
delayed	en	It's been "in transit" to Lima for 30 days with no new event since day 8. Still within your estimate? Order PE-2219.
delayed	en	smoking hot price on those sunscreens but they haven't even been sent out yet lol, ordered last Sunday. when do they ship?
delayed	en	The tracking isn't wrong and it isn't lost, I just need it faster. The parcel with my hanfu has been at the Frankfurt hub since Tuesday and the festival is Saturday.
delayed	en	Hi there, Border Force has the parcel with the dried mango and tea. Royal Mail says it's under "customs examination". Roughly how long does that take?
delayed	en	How long is "made to order" for the hand-embroidered mamianqun? It's been 6 weeks and my order page still says "in production".
delayed	en	Parcel reached my town on Monday. Tuesday: "delayed". Wednesday: "delayed". It's 2 km from my house. What is going on?
delayed	en	still unshipped?? 🫠 ordered the phone case + grip like a week ago
delayed	en	It left Guangzhou on 3 March according to tracking. It's 29 March now and there's been one update since. Can you request a trace? Order 19920, phone cases.
delayed	en	Our café ordered the custom printed tea tins with our logo. The proof was approved three weeks ago and production was meant to take 10 days. When will they ship?
delayed	en	Not delivered and not lost, before anyone asks. It's been at the Auckland international mail centre for two weeks. When will it be released?
delayed	en	The courier left a note saying "incorrect address" even though the address is right and they've delivered here before. Now it's going back to the hub. Can you stop it being returned and get it delivered?
delayed	en	Gulf customs have held my package for "brand verification" because of the perfume. It's been 10 days. Do you have authorisation documents you could send them?
delayed	en	USPS says "Moving through network" every day for a week but it never gets any closer. Order 8815. Can you find out where it actually is?
delayed	en	I bought the glasses with prescription lenses. Your page said lenses are cut in 5-7 days. It's day 14 and it still says "lens processing". Any idea?
delayed	en	Your email said my sunscreen is "awaiting new stock" and will ship when it arrives. That was 3 weeks ago. Is new stock actually coming?
delayed	en	Hello, UAE customs flagged my parcel because of the perfume. The courier says they need a safety data sheet from the sender before it can move. Could you provide one? AWB 5593021874.
delayed	en	Tracking says "delivery exception - road closure" from four days ago, and the road reopened on Tuesday. When will they try again?
delayed	en	Hey, not trying to be pushy and I'm not cancelling, but is there a date? The smoke grey bedding was "ships in 3 days" and it's been 9.
delayed	en	The stroller tracking says "arrived at destination airport" 9 days ago and nothing since. We're due in 3 weeks, would love to have it before the baby comes. Order ST-0082.
delayed	en	Good morning, I am 74 and not very good with the internet. I ordered the electric toothbrush for my husband last Tuesday and I have not had an email to say it has been posted. Could someone tell me when it will be sent please? Thank you, Jean Whitaker
delayed	en	Pre-order #PO-882 for the limited Moon Base building set. Ship date was 1 Nov. It's the 18th. Update?
delayed	en	Hello, the customs broker emailed asking for the composition of the "pet supplements" in my parcel before they'll clear it. Can you send a spec sheet? Order 55021, the joint chews for dogs.
delayed	en	Shipped yet??
delayed	en	Not lost, just sleepy I think 😴 no tracking update for 10 days on my tea order
delayed	en	Been 4 days, order still not packed. I need the fitness band for a half marathon on Sunday. Can you ship it today?
delayed	en	Subject: Tracking stuck Order #1027 Hi team, my tracking (4PX3002281937461CN) hasn't updated since "arrived at export airport" on the 1st. Could you look into it? Cheers, Liam
delayed	en	The courier put my package on "hold for pickup" at their depot without even trying to deliver, and the depot is closed at weekends. Can you get them to deliver it instead?
delayed	en	We pre-ordered 3 strollers for our baby shop in Riyadh with arrival promised by the end of the month. Please update us: has the batch left the factory?
delayed	en	It's not a complaint, I know it's the Mid-Autumn holiday over there. I'd just like a rough idea of when my order will leave the warehouse.
delayed	en	Qatar Post SMS: "your item is held, please provide ID and invoice". I uploaded my ID, they still need the seller's invoice. Can you send it? Order QA-3310.
delayed	en	Hello, why my goods still not send out? Already paid five days. Please arrange the delivery as soon as possible, thank you.
delayed	en	Ninja Van tracking shows "parcel at sorting hub" since last Thursday. Singapore is not that big lah, why so long? Order 22917.
delayed	en	The driver left a "sorry we missed you" card but I was home all afternoon. Now it's back at the depot until Monday. Any way to get it sooner?
delayed	en	Correios says my parcel is waiting for me to pay import tax, but their payment page won't load for me. Meanwhile it just sits there. It's the formula order. Can you help me get it moving?
delayed	en	I'm waiting on the second half of my order. Your note said the houseplants ship separately "when the weather permits". It's spring now. When will the monstera be sent?
delayed	en	I don't think it's lost, I can see it moving: Shanghai, Incheon, Anchorage, and now Chicago. Just very slow. Any ETA?
delayed	en	Ordered Friday, it's Thursday, still "preparing". The listing promised dispatch within 24h. What's happening on your end?
delayed	en	Tracking has said "departed transit country" for 14 days. Which transit country? Nobody knows. Order #AE-5510, Dubai.
delayed	en	We paid a deposit for 20 custom hanfu sets for our dance troupe. Production was promised by the 10th for our performance on the 25th and we've had no update since. Please confirm the ship date.
delayed	en	The courier says my parcel is too big for a normal van, so it's waiting for a two-person delivery slot. No slot has been offered in 8 days. It's the gaming chair.
delayed	en	Hi, my order says "on hold - payment review". The payment has gone through on my card. Why is it on hold and when will it ship?
delayed	en	Kuwait customs are holding my order and the courier says they need a copy of the invoice showing the value. Can you email it to them? Order 10482, the fitness band.
delayed	en	Explosive flavour chilli oil, ordered 10 days ago, still not shipped. My noodles are waiting 😂
delayed	en	My order has been at "leaving origin country" for almost three weeks. It's formula and our supply runs out on Friday. Is there anything you can do?
delayed	en	The glasses frames I chose are back-ordered and you're waiting for the factory? Please give me an ETA so I can decide what to do.
delayed	en	Hi, my parcel with the tea and dried fruit is held at Canadian customs for a food inspection. There's nothing I can do on my end. Do you know how long these usually take?
delayed	en	They scanned "address inaccessible" even though it's a normal house on a normal street, and now it's "held at depot, next attempt in 5 working days". Can you get it sent out sooner?
delayed	en	Tracking shows "transferred to partner carrier" 12 days ago, and the partner carrier's site says "no information". It's in limbo. Order 6688.
delayed	en	When will order #20441 ship? It's a birthday gift, the pearl necklace, and the birthday is on the 30th. It's been "processing" since the 18th.
delayed	en	No rush at all, just checking in: has the snack gift box shipped yet? The birthday isn't until next month.
delayed	en	The local courier says my area is "out of delivery zone" and they're arranging a transfer to another company. It's been in their depot for 6 days. Can you chase them?
delayed	en	You told me the charcoal bedding set was back-ordered for 10 days. That was 4 weeks ago. Can you give me a real date?
delayed	en	DHL wants me to fill in an import declaration online for the robot vacuum, but the form asks for your EORI number. What is it? The parcel's stuck until I submit.
delayed	en	Dear Aftercare, I paid for order 66120 on the 1st (2 bedding sets, king). The status has been "paid" since and nothing further. Kindly advise when dispatch will occur. Regards, Mr T. Adeyemi
delayed	en	The tracking page has shown the same line, "processing at destination sorting center, Santiago", for 12 days. Can you ask the courier if something's wrong? Order CL-2041.
delayed	en	The parcel isn't missing, I can see exactly where it is, at the Muscat hub. It just hasn't moved for 8 days. Please chase Aramex.
# --- damaged ---
damaged	en	eyeliner pencil snapped into 4 pieces inside the packaging
damaged	en	The soy sauce bottle in the snack box leaked everywhere and soaked the rice crackers.
damaged	en	Only the top plate of the hair straightener warms up, the bottom one stays cold. Tested it three times.
damaged	en	The "killer deal" power bank: two of the four lights stay on permanently and it outputs nothing, my phone won't charge from either port.
damaged	en	The pillowcases came with pulled threads and little holes along the hem. They're new, straight out of the bag.
damaged	en	Building blocks set: the box was crushed and three of the large baseplates are cracked. The small pieces are fine.
damaged	en	Not asking how to use it, I've read the manual twice: the pram's recline lever has snapped inside and the backrest flops down.
damaged	en	Subject: Split parcel Order #2203 Message: The cat litter bag burst open in transit. Litter all through the box and into the bag of dry food packed next to it. Photos attached.
damaged	en	The air fryer's fan rattles loudly and there's a burning smell even with nothing in it. Scary. I'm not using it again.
damaged	en	The travel backpack's chest strap buckle cracked and fell off on the first day of the trip.
damaged	en	The gaiwan was in three pieces when I unwrapped it. There was barely one layer of bubble wrap. Order #T-2210.
damaged	en	The suitcase handle came off at the airport carousel. I was holding a handle attached to nothing. Second trip.
damaged	en	Fitness band screen stays black. It vibrates when I plug it in, so something's alive in there, but no display at all.
damaged	en	Not a setup problem, I've set up dozens of these: the smart plug clicks but never actually switches the power. Faulty unit.
damaged	en	The tea arrived smelling musty and there are white spots of mould on some of the leaves. The best-before is next year.
damaged	en	Dear Sirs, the porcelain tea set I ordered for my wife's 70th birthday arrived with the teapot lid broken in two and the handle off one cup. I should be grateful for a replacement at your earliest convenience. Yours faithfully, G. Harrington
damaged	en	The electronic drum pad for my son: 3 of the 7 pads don't make any sound. Volume's up, new batteries.
damaged	en	Dear Sir or Madam, I am writing regarding order 40021 (12 insulated bottles, smoke grey, ordered as staff gifts). Three of them rattle when shaken and do not keep drinks hot or cold at all; the vacuum layer appears to have failed. I would be grateful for replacements. Kind regards, Helen Ng, HR Coordinator
damaged	en	The duvet cover's zip split open on the first wash, the teeth came apart along the whole length.
damaged	en	The sunscreen stick melted into a puddle inside the sealed pack and now the tube won't twist up.
damaged	en	The glass water bottle had a chip on the mouth. Very sharp. I nearly cut my lip.
damaged	en	the bread maker display flickers and then the whole thing shuts off mid-bake. every single time. not even a week old
damaged	en	Smoke grey frames look stunning, but the left lens has a crack running through it and it pops out of the frame. Straight out of the case.
damaged	en	The insulated bottle leaks from the lid seal even when it's fully closed. It soaked my laptop bag on day one.
damaged	en	The makeup brushes are shedding like crazy. I washed them once, gently, as the card says, and the bristles of the big powder brush came out in a clump and the ferrule is loose.
damaged	en	The glasses arrived with a deep scratch on the left lens, right in the middle of my vision. Not a smudge, I've cleaned it. They're new.
damaged	en	The automatic litter box's rake motor just clicks and doesn't move. Unplugged, plugged back in, reset. Same.
damaged	en	The grow light bar for my plant shelf: half the LEDs don't come on, straight out of the box.
damaged	en	One flight and the suitcase's wheel housing cracked. One wheel is gone. I bought it two weeks ago.
damaged	en	The vacuum seal on the insulated bottle must be broken: hot tea is cold within an hour and the outside of the bottle gets hot.
damaged	en	2 of the 6 tea bowls arrived with hairline cracks running down from the rim. Hot water seeps straight through.
damaged	en	The fitness tracker's heart rate light never comes on and HR always reads "--". Everything else works.
damaged	en	ok so the "lit" LED vanity mirror is not lit at all. won't switch on, charged it overnight 🥲
damaged	en	The straps on the kids' backpack came away at the stitching after three days of school.
damaged	en	The fountain pen arrived with the nib bent sideways and ink leaked all over the inside of the box.
damaged	en	Hello, 4 of the 12 tea tins arrived dented with the lids popped open, and the leaves are spilled and damp from rain that got into the box.
damaged	en	Brand new mini robot mop, the left wheel doesn't turn. It just spins in a circle on the spot.
damaged	en	The charcoal duvet set is exactly the shade I wanted, no issue there. But the fitted sheet's elastic snapped on one corner straight out of the packet.
damaged	en	Kids' building block table: one leg came off when my son leaned on it. The plastic peg snapped.
damaged	en	The terrarium arrived with the glass shattered and soil everywhere. The little fern looks ok, everything else is wrecked.
damaged	en	The moisturiser jar's inner seal was torn and the cream has a dried crust on top and smells off.
damaged	en	The toothbrush charging base gets hot and smells like burning plastic. I unplugged it immediately. I don't feel safe using it.
damaged	en	Love the burnt orange suitcase, but the telescopic handle is bent and won't extend past halfway. It arrived like that.
damaged	en	The gaming chair armrest came off in my hand when I stood up. The screw hole is stripped.
damaged	en	Hi po, the makeup organiser's drawers are cracked and one drawer won't slide in po. Just arrived today.
damaged	en	Cat food pouches: half the box is puffed up and one has burst and smells awful. I'm not giving them to my cats.
damaged	en	The electric toothbrush starts and stops on its own, even while it's sitting on the charger. Can't use it like that.
damaged	en	The "explosive flavour" spicy peanuts really were explosive: the bag burst open in the box and the peanuts were everywhere, greasy and stale.
damaged	en	The box looked like it had been sat on. Inside, the picture frame glass was smashed and one corner of the frame split.
damaged	en	The fitness band strap tore at the pin after one week of normal wear.
damaged	en	The kids' smart watch disconnects from the phone every two minutes. We've tried 3 phones. The watch is faulty, not the phones.
damaged	en	The bag of pet food had a hole in it and there were ants in the kibble when I opened the box.
damaged	en	I know "distressed" is the look for this denim jacket, but there's a big tear under the arm that clearly isn't part of the design, the lining is hanging out.
damaged	en	Dear seller the goods is arrived but the mirror of the make up compact is broken into pieces, also the powder is broken. Please can send new one. Thank you very much.
damaged	en	The decorative flower came off the hanfu hairpin after wearing it once for an hour.
damaged	en	The formula preparation machine gives error E4 and dispenses powder but no water. We've descaled and reset it, same thing.
damaged	en	The parcel was soaked through and the notebooks inside are warped, and the ink on the covers has run. Unusable.
damaged	en	The jade bangle came with a crack running across it, you can feel it with a fingernail. Definitely not a natural inclusion.
damaged	en	Fire red lucky cat figurine: beautiful colour, but the waving arm was snapped off in the box. It's meant for my shop opening!
damaged	en	The stroller canopy clip snapped on our second walk and now the canopy flops onto my son's face. Not safe.
damaged	en	The electric toothbrush makes a grinding rattle and the head wobbles loose on the shaft. Something's broken inside.
damaged	en	The osmanthus syrup leaked everywhere. Sticky box, sticky tea packets, sticky me.
damaged	en	Subject: Broken item, Order #88-2031 Message: The glass cloche for my plant arrived shattered. Photos attached. Please advise on a replacement.
damaged	en	Bedding set: after one wash at 30° exactly as the label says, the duvet cover has three holes along the seams.
damaged	en	Ordered the burnt orange kids' raincoat. The colour is fab, but two of the snap buttons came off on the first day. He's 4, he's not that rough.
damaged	en	The smart scale shows random numbers, 0.0 then 412kg then an error. New batteries. It's faulty.
damaged	en	the ceramic planter came cracked all the way down the side, soil would just fall out of it 😩
damaged	en	Hi, the tinted lip balm arrived with the cap cracked and the balm has separated into oily beads. Expiry is 2026, so it isn't old.
damaged	en	Hi, the smoke grey robot vacuum is lovely to look at, but it arrived with the bumper cracked and hanging off. The delivery box had a big dent.
damaged	en	The chiffon on the hanfu skirt has a snag with a ladder running down it, and the pleats were sewn right over it. Came like that.
damaged	en	The robot vacuum charges to 100% but won't leave the dock, the error light just flashes red. I've done the reset in the manual twice. It's not a setup issue.
damaged	en	Our 30 snack gift boxes for clients arrived and in about a third of them the chocolate has melted and set again into a grey mess, stuck to the wrappers. We can't give these to clients.
damaged	en	The perfume atomiser came cracked, it sprays sideways and leaks onto my fingers.
damaged	en	I'm not one to complain and this isn't about your staff, who were lovely. But the stroller's brake doesn't lock on one side, which is a safety issue. Please advise.
damaged	en	Desk chair: the gas lift sinks to the lowest setting within a minute of sitting down. I've had it 4 days.
damaged	en	The webcam shows a purple tint and a line of dead pixels down the middle. Tried two laptops.
damaged	en	One of the two suitcases in the set came with a crack in the shell near the zip.
damaged	en	The formula tin arrived badly dented on the rim and the foil seal underneath is punctured. I can't feed that to my baby. Order 5591.
damaged	en	The ash grey storage ottoman: one leg is snapped and the lid hinge is torn out of the wood.
damaged	en	The robot vacuum's side brush doesn't spin and the motor makes no sound at all. Order 77102.
damaged	en	The ruqun's waist tie ripped off at the seam the first time I tied it. The stitching was barely holding.
damaged	en	The reed diffuser cap wasn't sealed, the oil leaked and ate into the varnish on the gift box, and the reeds are soaked.
damaged	en	A few of the pressed-flower bookmarks arrived snapped in half, the laminate is cracked.
damaged	en	To-die-for design on this lamp, shame the cord is frayed at the base and it sparks when I plug it in.
damaged	en	After two weeks the tray latch on the baby high chair cracked and the tray won't lock on.
damaged	en	The power bank charges my phone for 30 seconds, stops, then starts again, over and over. Tried 4 cables.
damaged	en	Hello. I am writing about order 2291-SG, the 24-piece porcelain dinner set I ordered for my daughter's new flat. When the parcel came, the outer carton had a large hole in one side, and when we unpacked it we found four plates and two bowls broken into several pieces and another plate with a chip out of the rim. The rest of the set is fine. I have kept all the pieces and the box and taken photos. Could you send replacements for the broken items? We would rather not return the whole set.
damaged	en	The sealed bag of bone broth powder for my dog had burst and the powder's caked onto everything else in the box.
damaged	en	The fire red phone case looks great, but the button covers are split and the volume button doesn't press any more.
damaged	en	The air purifier makes a loud clicking, like something's hitting the fan blades. Brand new, filter installed correctly.
damaged	en	The leg of the gaming chair base snapped where it meets the centre. I'm 68 kg and I was just sitting. Could have been a nasty fall.
# --- wrong_or_missing ---
wrong_or_missing	en	Ordered lens cleaning spray for my glasses, received contact lens solution.
wrong_or_missing	en	Asked for smoke grey, got burnt orange. Nice colour, just not mine. Sheet set, king, order 2290.
wrong_or_missing	en	Bulk order #B-2291: the invoice says 200 notebooks in 4 cartons. We received 3 cartons, 150 notebooks.
wrong_or_missing	en	The toothbrush arrived without the travel case that's on the contents list, and with 1 brush head instead of 3.
wrong_or_missing	en	The label has my name on it, but inside are toddler shoes and a baby hat. I ordered a gaming headset for myself.
wrong_or_missing	en	Ordered the 18k gold vermeil chain, received the gold-tone brass one, the cheaper variant. The label confirms it.
wrong_or_missing	en	Got a hair straightener. Ordered a hair dryer.
wrong_or_missing	en	The glasses arrived without the case and the cleaning cloth that the listing says are included.
wrong_or_missing	en	It's not the listing, the listing is right, I checked. You just sent a different model: "Pro" on my order, "Lite" on the robot vacuum's box.
wrong_or_missing	en	Order #SK-4410. The packing list says 3 items and the box has 3 items, but one is a duplicate sunscreen and the after-sun gel I ordered isn't there.
wrong_or_missing	en	The cat food order came, but the box had a bag of coffee beans and a mug in it instead. Clearly not mine.
wrong_or_missing	en	Ordered the perfume in "Oud Intense", got "Oud Light". Different bottle colour too.
wrong_or_missing	en	I ordered a carry-on suitcase (SKU CS-20) and the parcel contains a toiletry bag. Wrong item.
wrong_or_missing	en	missing 2 of the 4 pots
wrong_or_missing	en	I ordered "Ash" (the light grey) hoodie and got "Ash Rose", which is pink. Similar names, but the tag confirms it's the wrong one.
wrong_or_missing	en	The stroller came without the car seat adapters, which are in the "what's included" list.
wrong_or_missing	en	hiii my tiktok shop order came but the box only had the packing slip, no lip tint 🥲
wrong_or_missing	en	You sent a double bedding set instead of the king. The label on the packet says double. Order 6610.
wrong_or_missing	en	Got a keyboard wrist rest. I ordered a seat cushion for the gaming chair. Totally different item.
wrong_or_missing	en	The "explosive flavour" hot pot base is what I wanted. You sent the "mild" one, the packet clearly says mild.
wrong_or_missing	en	The houseplant was supposed to come with the ceramic pot and saucer (I chose the "with pot" option). Just the plant in a plastic nursery pot.
wrong_or_missing	en	Amazon order 114-2281930-5567120: I bought a 3-pack of cat litter and only 2 bags came. The box is sized for 3.
wrong_or_missing	en	Subject: Wrong parcel - Order #3021 Message: I received a parcel with my address but someone else's name (J. Okoye) and a pair of football boots inside. My order was a stationery set.
wrong_or_missing	en	Right perfume, wrong size. My order is the 100ml, the box is 30ml.
wrong_or_missing	en	Ordered a tin of Tieguanyin oolong, received a box of green tea bags. Not even the same brand.
wrong_or_missing	en	Hey! got my order but one of the 3 phone cases is missing. I have the iPhone one and the Pixel one, no case for my partner's Galaxy.
wrong_or_missing	en	I paid for the toothbrush with the pressure sensor and the app. The one you sent has neither: the box says "Essential", my order says "Smart".
wrong_or_missing	en	The robot vacuum came without the mop attachment and water tank that are on the box's contents list.
wrong_or_missing	en	Etsy order #3320194821. The envelope was sealed but there's nothing in the little jewellery pouch. No anklet.
wrong_or_missing	en	You sent a pack of ink cartridges instead of the fountain pen itself.
wrong_or_missing	en	Ordered the pearl studs in white. Received black pearls. Gorgeous, but not what I paid for.
wrong_or_missing	en	I ordered 2 makeup brush sets, one for my sister, and only 1 came.
wrong_or_missing	en	The train building set came with the instruction booklet for the fire engine set instead of its own, so I can't build it.
wrong_or_missing	en	Please don't say colours look different on screens: I ordered "Sage", the packet label says "Navy", and it's navy. Wrong colour packed.
wrong_or_missing	en	Received the snack gift box and it has... a greeting card and the shredded paper filler. No snacks.
wrong_or_missing	en	You sent a cat bed. I ordered a cat carrier. The vet appointment is tomorrow 😩
wrong_or_missing	en	I ordered the lactose-free formula and you sent the standard one. My son can't have lactose, please send the right one quickly.
wrong_or_missing	en	Three planters in my order, two arrived. Tracking only ever had one parcel.
wrong_or_missing	en	Please don't send a return label, I don't want to return anything. I want the lilac jewellery box I ordered, not the green one you sent.
wrong_or_missing	en	The bedding set came without the zip storage bag and the two pillow shams shown on the box.
wrong_or_missing	en	I ordered it for my mum and she opened the box in front of me: empty except for some leaflets. Order 2210. Embarrassing.
wrong_or_missing	en	Got one phone case and a pop socket. I ordered two phone cases. Order 1190.
wrong_or_missing	en	The parcel had the tumbler but no lid. Without a lid it's just a cup.
wrong_or_missing	en	These reading glasses are +2.5. I ordered +1.5. The sticker on the lens says 2.5.
wrong_or_missing	en	I ordered the "charcoal" filter pack for the air purifier. You sent the "HEPA only" pack, no charcoal layer. The box label confirms it.
wrong_or_missing	en	The gaming chair box is missing the hardware bag, no bolts and no allen key. Can't put it together.
wrong_or_missing	en	Instead of the rose-scented body mist I got a toilet spray lol
wrong_or_missing	en	I received a gift from my friend, your snack hamper. It came with the ribbon and the card, but half the contents on the card aren't in it: no pineapple cakes, no tea.
wrong_or_missing	en	Your order confirmation lists "gift wrap + card", which I paid $4 for. The item arrived unwrapped and there's no card.
wrong_or_missing	en	wrong flavour!! ordered the mango pocky, got chocolate 😭
wrong_or_missing	en	I ordered a self-watering planter and received a bird feeder. Order 4417.
wrong_or_missing	en	Not a complaint about quality, the quality's great, it's just the wrong thing: I ordered a Song-style beizi set and got a Ming-style aoqun.
wrong_or_missing	en	The stationery set is missing the ruler and the eraser. Only the pens and the pencil case came.
wrong_or_missing	en	Just tape and a packing slip. The bag was slit open along the bottom. No makeup brushes.
wrong_or_missing	en	The "twelve months of tea" box has eleven envelopes. March is missing, of all months.
wrong_or_missing	en	Ordered the 6-8y hanfu for my daughter, received 2-3y. The tag says 90cm.
wrong_or_missing	en	This isn't about how they look on me. I ordered the frames in 52mm and the arm is stamped 48mm.
wrong_or_missing	en	The stroller arrived missing one of the rear wheels. There are only 3 wheels in the box.
wrong_or_missing	en	Order #BL-771: I ordered the Tea House building set and received the Fire Station set.
wrong_or_missing	en	My parcel had been resealed with different tape and the phone case inside is gone. Just the empty retail box.
wrong_or_missing	en	Our corporate gift order was for 25 gift boxes. 23 arrived. Two of our partners will get nothing unless you send the other two.
wrong_or_missing	en	Ordered the green tea scented tofu cat litter, got the peach one. My cats hate the peach one.
wrong_or_missing	en	Where's the charging cable for the kids' smart watch? The box insert has a slot for it, but it's empty.
wrong_or_missing	en	Please don't offer me a return, I do like it: you sent the large fitness band strap and I ordered the small. I just need the right one.
wrong_or_missing	en	Ordered makeup brushes, received a set of nail art brushes.
wrong_or_missing	en	Cardboard box, bubble wrap, air... and nothing else. Order 66201, the jade pendant.
wrong_or_missing	en	The pet food order was 6 cans of salmon and 6 of chicken. I got 12 chicken. So the salmon is missing and I have extra chicken.
wrong_or_missing	en	Fire red is what I picked. Fire red is not what came: the lip oil label says "Blush 02". My order screen and the packing slip both say fire red.
wrong_or_missing	en	Smoke grey gaming chair ordered, black one delivered. Order screenshot attached.
wrong_or_missing	en	The gaming chair arrived but the footrest isn't in the box, even though I paid for the "with footrest" option.
wrong_or_missing	en	Good afternoon. I run a small gift shop in Adelaide and placed a wholesale order with you last month (order W-5521) for 24 jasmine tea tins, 24 oolong tea tins and 12 glass teapots. The cartons arrived yesterday and when we unpacked them we found 24 jasmine, 12 oolong, 12 chrysanthemum tins that we never ordered, and only 10 teapots. Could you please send the missing 12 oolong and 2 teapots, and let me know what you'd like done with the chrysanthemum?
wrong_or_missing	en	My order had 4 items, the parcel had 3. Missing: the pet nail clippers.
wrong_or_missing	en	Wrong order entirely: this parcel is full of brake pads. Definitely not the bedding set I ordered.
wrong_or_missing	en	The suitcase came without the key for the TSA lock. It's locked. I can't open my own suitcase.
wrong_or_missing	en	Received a tub of goldfish flakes. I ordered a kitten wet food multipack.
wrong_or_missing	en	I know I can exchange for size, but this isn't that. I ordered the formula in the 900g tins and got 400g tins. Not a preference thing.
wrong_or_missing	en	Ordered the green tea mochi, received red bean. The box label says red bean, so it was packed wrong.
wrong_or_missing	en	The parcel at my door had my name on it but contained someone else's order: 3 packs of nappies and a bottle warmer. I ordered a seat cushion for my gaming chair.
wrong_or_missing	en	The duvet cover and fitted sheet arrived, but the flat sheet that's part of the 4-piece set didn't.
wrong_or_missing	en	Hola, I ordered the packing cubes for my suitcase and you sent me a shoe rack. Order 2291-MX.
wrong_or_missing	en	Nope, not the listing's fault and not the size chart. You just sent the wrong size: M on my order, XL on the tag.
wrong_or_missing	en	The air fryer arrived without the recipe booklet and the crisper plate. I can live without the booklet. The plate, not so much.
wrong_or_missing	en	Wrong strength: ordered the SPF 50+ sunscreen, received SPF 30. The tube says 30. Not a listing issue, you sell both variants.
wrong_or_missing	en	Where's the second bottle? 2 x sunscreen ordered, 1 in the box.
wrong_or_missing	en	Hello, I'm writing on behalf of my grandmother, she's 88. Her parcel from you arrived today but it had a child's toy in it, not the magnifying reading glasses she ordered. Could you sort it out for her?
wrong_or_missing	en	Dear seller, I ordered one electric toothbrush but I am received one hair clipper. Please change it. Thank you.
wrong_or_missing	en	The size is right and the colour is right, but it's the wrong item: I bought the linen duvet cover and this is your cotton one, different SKU on the label.
wrong_or_missing	en	The fitness band box has the band and charger but not the second strap, the pink one, from the "duo strap" bundle I bought.
wrong_or_missing	en	The power bank you sent is the 10,000mAh one. My order and my invoice both say 20,000mAh.
wrong_or_missing	en	hey so my box came with just air pillows inside?? no sunscreen 🤨 order 5502
wrong_or_missing	en	Hi team, our order of 50 branded insulated bottles arrived with only 44 in the cartons. The packing list says 50. Please ship the remaining 6. Alex, Procurement
# --- mismatch ---
mismatch	en	The makeup brushes are listed as synthetic. The care card in the box says "natural goat hair". Right product code, wrong description, and I chose them specifically because of the synthetic claim.
mismatch	en	The tea gift box listing says 500g. The box holds 4 tins of 50g and the box itself says 200g net, so nothing's missing, the listing is wrong.
mismatch	en	Your kids' hanfu chart says the 110 has a 64cm chest. The one I got measures 56cm. My 4-year-old can't do it up.
mismatch	en	The stationery set listing shows a metal pencil tin. Mine came with a cardboard tube.
mismatch	en	Your photos show the teapot as a deep celadon green. What arrived is pale mint. Nothing wrong with it otherwise.
mismatch	en	Fake? The listing says "authentic, with serial number and card". There's no serial number anywhere on the frames, no authenticity card, and the logo is a sticker.
mismatch	en	Listed as "single protein: duck" dog food. The ingredients include chicken fat and salmon oil. My dog is allergic to chicken.
mismatch	en	The kids' gaming chair is listed as "suitable for ages 6-12". My 9-year-old can't reach the floor even at the lowest height, the seat is adult height.
mismatch	en	The tinted sunscreen in "Medium" looks like a warm tan in your photos. It's ghostly white on me, and I'm the medium skin tone in your own swatch chart.
mismatch	en	The planner is listed as "undated, 12 months, with habit tracker pages". It's dated for last year and there are no habit pages.
mismatch	en	I ordered two because the listing says "handmade, each one unique". They're identical down to the tiniest mark, clearly moulded factory pieces.
mismatch	en	Amazon order 113-4402918-2290117. The suitcase is listed as a "polycarbonate hard shell". The label inside says ABS.
mismatch	en	The gaming chair's seat width is listed as 56cm. It's 48cm between the armrests. I measured twice.
mismatch	en	The stroller colour called "taupe" has a brownish warmth in every listing photo. Ours is a flat cool grey.
mismatch	en	The listing video shows the gaming chair reclining to 155 degrees with a footrest. Mine stops at about 120 and there's nowhere for a footrest to go.
mismatch	en	The insulated bottle is listed as "keeps cold 24h". The bottle itself is printed "cold 8h" on the bottom, and that's about what I get.
mismatch	en	Dear Sir or Madam, We ordered 100 units of your "BPA-free Tritan" kids' water bottles for resale. The base of every bottle is marked PC (polycarbonate), not Tritan. This does not match the specification in the listing or on our invoice. Kindly advise. Best regards, R. Singh, Purchasing
mismatch	en	Hi, I want to explain properly so you understand it isn't a sizing mistake on my side. Before buying the fitness band I read the listing carefully: it says the strap fits wrists from 13 to 21cm and the photos show the band on a fairly big wrist. My wrist is 19cm. When it arrived, the strap only closes on the very last hole and it's so tight it leaves marks after an hour. I measured the strap end to end and with the buckle it comes to about 18cm, not 21. So the product doesn't match the size given on your page.
mismatch	en	The stroller listing says "folds to 50x30x20, fits the overhead bin". Folded, it's 58x45x25. Not cabin size at all.
mismatch	en	The pearl earrings in the photo are creamy white with a pink lustre. Mine are chalky flat white, zero lustre.
mismatch	en	The planter listing says "self-watering with water level indicator". There's no reservoir and no indicator.
mismatch	en	The matcha is sold as "ceremonial grade, Uji". The packet says "culinary grade" and the origin isn't even Japan.
mismatch	en	The house plant was listed as 80-100cm tall "including pot". It's 45cm including the pot.
mismatch	en	I'm not saying you sent the wrong thing: the box, the label and the SKU all match. The problem is the photos show a matte ceramic planter and this is glossy plastic.
mismatch	en	Makeup brush set: the photos show rose gold ferrules and black handles. Mine have silver ferrules and white handles.
mismatch	en	The fitness band is advertised with blood oxygen monitoring. There's no SpO2 option anywhere on the band or in the app.
mismatch	en	The hanfu page says "mulberry silk". The care label on mine: 100% polyester.
mismatch	en	I ordered the perfume because the bottle in your photos is frosted pink glass. Mine is clear glass with a pink sticker.
mismatch	en	The gaming desk is listed as 140cm wide. It's 120. My two monitors don't fit side by side.
mismatch	en	The jewellery is advertised as "hypoallergenic, nickel-free". The insert in the packaging says "contains nickel". I've got a rash that says the insert is right.
mismatch	en	The sheet set is listed as 1000 thread count Egyptian cotton. The packet says "microfibre, 90gsm".
mismatch	en	The listing photos show the stroller with a reversible seat. The seat on mine is fixed forward-facing and the manual doesn't mention reversing it.
mismatch	en	The fitted sheet is listed as "deep pocket, fits 40cm mattresses". It barely goes over my 30cm mattress.
mismatch	en	The pressed powder shade "Warm Sand" looks golden in the listing swatch. In person it's pinky grey. I checked the shade number, it's the one I ordered.
mismatch	en	So the listing has a video of the air fryer with a digital touchscreen. Mine has two mechanical dials. The model number matches the listing text, so the video must be of a different model.
mismatch	en	Power bank page: "charges laptops, 100W PD". It maxes out at 18W and my laptop says it isn't a supported charger.
mismatch	en	The insulated bottle listing shows a built-in tea infuser. Mine has a completely different lid with no infuser or anywhere to fit one.
mismatch	en	The pet carrier listing says it fits cats up to 8kg and the inside is 45x30x30. Inside is 38x25x26, and my 5kg cat doesn't fit.
mismatch	en	"Ash" on the suitcase product page is a pale silvery grey. What I got is dark slate. Same colour name, same SKU, the photos just don't match.
mismatch	en	The bedding photos show a crisp sateen sheen. Mine is matte and feels like microfibre. Same product name on the label.
mismatch	en	Described as a solid 925 silver pendant, but the stamp says "SP" and the plating has already rubbed off the edge to show brass.
mismatch	en	The color of the real thing and the picture has big difference, the picture is light blue, the real thing is dark blue like the navy. Please explain this.
mismatch	en	The suitcase listing says "expandable by 5cm" and "USB charging port". Neither. No expansion zip, no port.
mismatch	en	Hola, the perfume listing says 100ml but the bottom of the bottle says 75ml. It's the same bottle as the photo, and you only sell one size, so the page is wrong.
mismatch	en	The snack box is advertised as "nut-free, made in a nut-free facility". The packets inside say "may contain peanuts". My son is allergic, so this is a big deal.
mismatch	en	It's not about taste: the bedding I chose says "100% linen" right under the photos. It's cotton with a printed linen texture.
mismatch	en	The phone case listing says it has a built-in kickstand. There's no kickstand, just a plain back.
mismatch	en	The suitcase on your page is a deep emerald. I got a much lighter grass green. Same product name.
mismatch	en	The insulated lunch bag listing gives 25x18x15cm and says it "fits two bento boxes". It's 20x14x10 and barely fits one.
mismatch	en	The shower speaker is listed as "IPX8, can be submerged". The manual says IPX4 and "do not immerse".
mismatch	en	The listing calls it a "killer deal: 3-piece luggage set". The third "piece" is a toiletry pouch. The photos show three suitcases.
mismatch	en	The glasses frames in the listing are a warm tortoiseshell with amber tones. Mine are almost black with a few brown flecks.
mismatch	en	The litter box is listed as "XL for large cats, 60cm". It's 48cm. My Maine Coon can't turn around in it.
mismatch	en	The robot vacuum listing mentions LiDAR mapping and room selection. It bumps around randomly with no map in the app, and the box says "gyroscope navigation".
mismatch	en	It's a genuinely nice hiking backpack. But your listing says "waterproof" and the tag says "water resistant, use the rain cover". I bought it for rainy hikes.
mismatch	en	The fitness band listing shows it displaying full WhatsApp messages. It only shows "New message", and the manual confirms there's no message text.
mismatch	en	The "dusty rose" bedding set is a muted pink in every photo. Mine is loud bubblegum pink. The label agrees it's dusty rose.
mismatch	en	The suitcase is listed at 2.5kg. It's 3.9kg on my luggage scale, which matters a lot on budget airlines.
mismatch	en	The notebook listing shows thick 120gsm dotted paper. Mine has thin lined paper and my fountain pen bleeds straight through.
mismatch	en	I don't necessarily want to return it, I just want you to know the listing is misleading: the power bank page says "airline safe, 99Wh" but the label says 148Wh, which isn't allowed in the cabin.
mismatch	en	Listed as "no added sugar" oolong milk tea powder. Sugar is the first ingredient on the packet.
mismatch	en	Your sage green bedding photos show a soft grey-green. The set on my bed is nearly teal. The label does say sage.
mismatch	en	The building set's listing title says "motorised, with remote". There's no motor or remote anywhere in the instructions or the parts list.
mismatch	en	The listing says the underseat bag fits under any airline seat, 40x30x20. It's 45cm long and doesn't fit under the seat on my budget flight.
mismatch	en	The listing says the tea is certified organic. There's no organic mark anywhere on the packaging, and the certificate number on your page belongs to a different company when I look it up.
mismatch	en	I'm not exchanging because of my taste: your mamianqun chart says skirt length 95cm for M. It's 84cm. The measurements on the page are just wrong.
mismatch	en	ngl the bedding in the tiktok shop video looked all silky and drapey, what i got is stiff and shiny 💀 not the same vibe at all
mismatch	en	The hanfu listing shows a wide, flowing double-layer skirt. Mine is a single layer and much narrower, nothing like the photos.
mismatch	en	The electric toothbrush listing says "40,000 vibrations per minute, 5 modes". Mine has 3 modes and the box says 31,000.
mismatch	en	The phone case is listed for the 15 Pro Max, and the packaging says 15 Pro Max, but the camera cut-out doesn't line up and the buttons sit 3mm too low. It's made for a different model.
mismatch	en	Not the wrong colour sent: my order says "Cream" and so does the tag. It's just that your "Cream" photo is a warm ivory and mine is stark white.
mismatch	en	The gaming chair's "charcoal" fabric looks grey in the photos. Mine is clearly dark navy in daylight. The tag says charcoal.
mismatch	en	The bedding set is listed as "Queen, 230x220". The duvet cover measures 200x200. It doesn't fit a queen duvet.
mismatch	en	The cat litter is sold as "flushable tofu litter". The bag says "do not flush".
mismatch	en	The listing shows the hanfu with embroidered sleeves. Mine has plain sleeves, no embroidery at all.
mismatch	en	Not a wrong item, the SKU matches. The listing photos show the tea in a lacquered wooden box, and what came is a cardboard box printed with a wood pattern. I bought it as a gift because of that box.
mismatch	en	The jade bracelet in the photos is an even, bright apple green. Mine is pale and mottled with grey. Nice bracelet, just not what's pictured.
mismatch	en	The sunscreen is listed as "reef-safe, mineral filters only". The ingredients include octinoxate and avobenzone, which are chemical filters.
mismatch	en	The gaming chair listing says it suits people up to 190cm. I'm 183 and the headrest hits my shoulder blades.
mismatch	en	The robot vacuum listing says "self-emptying base". The base I got is just a charger, there's no bin and no suction.
mismatch	en	Honestly it's cute and I'm keeping it, just letting you know the listing's wrong: it says "anti-yellowing" and shows the case crystal clear after 6 months. Mine went yellow in 3 weeks.
mismatch	en	Listing photos of the phone case: clear with gold glitter. Mine: cloudy, with silver glitter, and it's the correct item code.
mismatch	en	The standing desk listing says the height range is 72-120cm. It tops out at 105.
mismatch	en	The tea is sold as "aged 10-year pu-erh". The production date on the cake's wrapper is last year.
mismatch	en	The building set's main image shows 8 minifigures. Only 3 come with it, and the picture on the box also shows 3.
mismatch	en	The houseplant photos show a variegated white and green leaf. Mine is plain green. It's sold as a Monstera Thai Constellation and this is a regular monstera.
mismatch	en	Please don't tell me it's my monitor. I looked on three screens. The "smoke grey" on your phone case listing is a grey. This is a brown.
mismatch	en	The solid perfume is listed as "vegan, no animal-derived ingredients". The ingredient list on the tin includes beeswax and lanolin.
mismatch	en	Hanfu chart: M = 96cm chest. The garment laid flat is 44cm across, so 88cm round. That's not an M by your own chart.
mismatch	en	The suitcase photos show four double spinner wheels. Mine has two fixed wheels and two little feet.
mismatch	en	That gorgeous lavender gaming chair in the video is not the colour I got. Mine is more of a lilac grey. The box says "Lavender", so that's fine, the video isn't.
# --- usage ---
usage	en	Can the insulated bottle go in the dishwasher? There's something in tiny letters on the bottom that I can't read.
usage	en	How much water do I mix with the freeze-dried raw dog food? The packet isn't clear.
usage	en	How do I make the fitness band vibrate for calls but not for every app notification?
usage	en	It's not broken, I'm sure I'm doing something wrong: the electric toothbrush pauses every 30 seconds and then carries on. Is that a feature?
usage	en	How do I change the tape cassette in the label maker? The lid won't open.
usage	en	Can I charge the power bank from my laptop through the same USB-C port it uses to charge the laptop?
usage	en	My makeup brushes are cream-coloured. How do I stop foundation staining them?
usage	en	Quick one, it's not broken: the power bank display sometimes shows "H". What does that mean?
usage	en	How much of the dried chrysanthemum goes in one cup, and can I mix it with the goji berries from the same gift box?
usage	en	Building set instructions, step 37 shows a piece I can't find. Nothing's missing, I think I'm just reading the picture wrong. Which bag is it in?
usage	en	hiii how do i link my fitness band to apple health?? 🥺
usage	en	How do I wash the weighted blanket? It's 7kg and won't fit in my machine.
usage	en	Smoke grey insulated bottle: is it fine for hot soup or only drinks? Don't want to wreck the coating.
usage	en	How does the tea infuser bottle work? Leaves in the top part and flip it, or leave them in the water the whole time?
usage	en	How do I pair the fitness band with my phone? The app keeps saying "no device found". The band is charged.
usage	en	How do I fill the fountain pen with the converter? Ink keeps going everywhere.
usage	en	The dog isn't ill, he's just a lot gassier since switching to your food 😅 Is that normal in the first week? Should I switch more slowly?
usage	en	Can the hanfu be machine washed? The chiffon outer layer looks delicate and the embroidery has gold thread.
usage	en	Hey, what's the ratio for the milk tea kit? Tea, milk, sugar? The card is only in Chinese.
usage	en	How do I set up two users on the toothbrush app? My husband and I share the handle with our own heads.
usage	en	Is it normal to get a bit of condensation on the insulated bottle's lid? The body stays dry.
usage	en	Gaming chair assembly: the backrest screws don't line up with the holes on the seat. Am I attaching it upside down?
usage	en	My makeup brushes went stiff after washing. Did I do it wrong? How do I soften them?
usage	en	What water temperature for the white tea, and how much? I don't want to burn the leaves.
usage	en	My fitness band counts steps but shows no sleep data. Do I need to switch something on?
usage	en	How do I adjust the stroller harness height as my daughter grows? The straps go through slots at the back.
usage	en	The bedding set has creases from the packaging. Is it okay to iron it, or will that spoil the "washed" finish?
usage	en	The toothbrush app says "connect to brush" but there's no bluetooth icon on the brush. Am I missing a step?
usage	en	Is it 3 or 4 meals a day of the puppy food at 10 weeks old?
usage	en	How should I store the hanfu hairpins so the tassels don't tangle?
usage	en	The sunscreen's fine, no reaction or anything. I just want to know how often to reapply when I'm swimming, and is it water resistant?
usage	en	How do I use the calligraphy brushes for the first time? Do I need to soak them to get the starch out?
usage	en	Dear Sirs, I am 79 and my granddaughter gave me one of your electric toothbrushes. Could you kindly tell me which button turns it on and how long I should brush for? The instructions are in very small print. Thank you kindly, Arthur Bell
usage	en	How do I store the big bag of dry cat food once it's open? Keep it in the bag or tip it into a container?
usage	en	How do I get the creases out of the mamianqun pleats without flattening them?
usage	en	How do I move my old fitness band's data onto the new band?
usage	en	No complaint at all, just curious: the new duvet smells a bit "factory". Should I wash it before using it, or just air it?
usage	en	How do I attach the lanyard to the phone case? The hole is tiny.
usage	en	How many grams of matcha for a latte? And do I need to sift it?
usage	en	Can I spot-clean the fabric on the gaming chair? There's a coffee stain on the seat.
usage	en	Please ask how this sweeping robot sets the appointment time for cleaning. I did not find it in the instruction book.
usage	en	The sunscreen pills under my makeup. I'm sure it's not a bad product, so what am I doing wrong?
usage	en	Gaming chair: which way round do the armrests go? Left and right look the same but the screw holes are offset.
usage	en	How much cat litter do I pour in? Just enough to cover the bottom, or a full 5cm?
usage	en	How do I set up no-go zones on the robot vacuum? I want it to stay out of the kids' building block corner.
usage	en	The air fryer isn't faulty, I just don't get the presets. What does the little drumstick icon do, and can I change its time?
usage	en	How do I clean the jade bangle? Is soap okay or will it dull it?
usage	en	The vet says my dog should lose a bit of weight. How much of your dog food should a 20kg dog get for weight loss?
usage	en	How do I extend the suitcase handle all the way? It stops at a click halfway. Is there a second level?
usage	en	Is there a way to change the watch face on the fitness band? I only see 3 options.
usage	en	Not a return, not a complaint: how do I get the new suitcase to stop smelling of plastic? Just air it out?
usage	en	Can I use the sunscreen on my 1-year-old? And how do I wash it off properly at night?
usage	en	How do I set the date on the stamping machine for our shop stationery? It keeps resetting to 2020.
usage	en	How long should I steep the oolong, and how many times can I re-steep the same leaves?
usage	en	The toothbrush travel case has a USB port. Do I charge the brush through the case or the base?
usage	en	Not complaining about the glasses, they're fine, but I'm getting a slight headache. Is there an adjustment period for new lenses?
usage	en	Should the water for the formula be boiled and cooled first, or is filtered tap water okay?
usage	en	Can I use bleach on the white bedding set? I'd like to keep it bright.
usage	en	The robot vacuum keeps telling me to "connect to 2.4GHz WiFi". My router does both bands. How do I make it work?
usage	en	How do I set my own code on the suitcase's TSA lock? It came set to 000.
usage	en	Hi, I hope this is the right place to ask. I bought the air fryer last week and it works perfectly, so this isn't a fault report. The thing is, the manual says to run it empty at 200 for 10 minutes before first use to burn off the coating, and when I did that there was a bit of smoke and a chemical smell. Is that normal and expected? Should I do it a second time before I cook food in it, and do I need to wash the basket again afterwards? Thanks.
usage	en	The formula tin says use within 4 weeks of opening. Do I throw the rest away after 4 weeks even if it's half full?
usage	en	How do I turn down the sensitivity of the pressure light on the electric toothbrush? It flashes red even when I'm barely pressing.
usage	en	Can the bamboo bedding go in the dryer or will it shrink? The tag says tumble dry low but the leaflet says line dry.
usage	en	How do the building set gears connect to the motor block? It's not broken, I think I've got the axles wrong.
usage	en	Not broken at all: the fitness band vibrates at 3am every night. Is that the wake alarm? How do I turn it off?
usage	en	How do I set a delay on the automatic litter box so it doesn't start cleaning while she's still in there?
usage	en	Can I mix the rice cereal with my 10-month-old's formula, or should it be with water?
usage	en	How do I take the bassinet off the stroller and put the seat on instead? There's a red button and a grey one.
usage	en	How do I clean the glasses lenses without scratching the anti-reflective coating? Is alcohol ok?
usage	en	Not a defect question: the perfume smells different on me than on the test strip. Is it supposed to change after an hour? And where's the best place to spray it?
usage	en	How do I share the robot vacuum app with my partner so we can both control it?
usage	en	How often should I water the snake plant in winter? And does it need plant food?
usage	en	The planner came with a refill pack. How do I open the rings to add pages without tearing them?
usage	en	Is it normal that the new gaming chair tips back on its own when I sit in it? There's a knob under the seat, what does that do?
usage	en	What's the best way to clean the makeup brushes? Soap or a special cleanser? And how long do they take to dry?
usage	en	The app for the plant soil sensor wants a "device code". Where's it printed?
usage	en	How much sunscreen should I use on my face? And does it go on before or after moisturiser?
usage	en	How do the dividers inside the hard-shell suitcase go in? They don't seem to clip on to anything.
usage	en	Hi! Nothing's wrong with the power bank, I just want to know if I can take it on a plane to Dubai. It's the 20000mAh one.
usage	en	How do I switch the robot vacuum from vacuum to mop mode?
usage	en	How do I clean the gold-plated necklace without rubbing off the plating?
usage	en	Dosage question for the fish oil for cats: is it one pump per meal or one pump per day?
usage	en	The houseplant isn't dying or anything, it looks healthy, but how often should I water it? The soil's still damp after a week.
usage	en	How do I get the robot vacuum to save its map? It makes a new one every time.
usage	en	How do I take the straw lid apart to clean it? I can't get the mouthpiece off.
usage	en	Can I put the makeup sponge in the washing machine, or is it hand wash only?
usage	en	The candle burns with a trail of black smoke. I don't think it's faulty, do I need to trim the wick?
usage	en	The power bank has a wireless charging pad on top. How do I switch it on? My phone doesn't start charging when I put it there.
usage	en	How many times a day should the kitten have the wet food, and how much per meal? She's 3 months old.
usage	en	How do I take the suitcase wheels off to clean them? They look like they pop off.
# --- return_refund ---
return_refund	en	hi can i cancel the formula order? the hospital gave us free samples. it still says processing
return_refund	en	The returns portal won't give me a label until I upload "proof of purchase". I bought it on your own website, what do you need from me?
return_refund	en	Subject: Refund not received Order #3341 Hi, you emailed on the 2nd that my refund for the tea set was processed. My bank shows nothing. Could you send me the refund reference? Thanks, Mei
return_refund	en	Can I swap the toothbrush colour? The white shows toothpaste marks, I'd prefer the black.
return_refund	en	Can I return one of the houseplants? It's healthy, I just don't have the light for it in my new flat.
return_refund	en	If I return the 3 unopened tins of formula, do I get the full amount back or is there a restocking fee? Our baby has moved to a different brand on the doctor's advice.
return_refund	en	Good day, I wish to cancel our order for 200 branded notebooks (PO 4452). Our event has been postponed, and your last email said production has not started.
return_refund	en	Dear Sir or Madam, Further to my return of order 10928, which you received on 14 March, I have yet to receive the refund of 89.00 pounds. I would be grateful if you could look into this. Kind regards, Patricia Hale
return_refund	en	Do I need to fill in a customs declaration for the return to China? What do I put as the value?
return_refund	en	I ordered the glasses with the wrong prescription, my mistake, I used an old one. Can I return them, or are custom lenses final sale?
return_refund	en	My son wants the blue fitness band instead of the black. It's unused. Can we swap?
return_refund	en	Mixed feelings: your team was great, but I'd still like to return the stroller. It just isn't comfortable for me to push, I'm quite tall. Not faulty.
return_refund	en	My toddler bought this. Literally. He pressed "buy now" on my phone. Please cancel order 5519 😅
return_refund	en	Has my refund gone through yet? #8821
return_refund	en	Could you arrange for a courier to collect the suitcase for the return? I'm 76 and can't carry it to the post office.
return_refund	en	The robot vacuum is too loud for our flat. It works perfectly, it's just not for us. 20 days since delivery. What's the return process?
return_refund	en	It's not damaged and it's not the wrong item, it's me: the building set is too advanced for my 6-year-old. Can I swap it for the junior version?
return_refund	en	The ring's a little loose. Can I exchange it for a size down?
return_refund	en	Order 55120 refund: Klarna still shows the payment plan as active. Can you confirm the refund was sent to Klarna?
return_refund	en	Order 77104: please cancel. I've found out the power bank can't go in my checked luggage and I'm moving overseas.
return_refund	en	The return label won't print, the PDF comes out blank. Can you email it as an image?
return_refund	en	Is the 30-day return window from the order date or the delivery date? It arrived 26 days after I ordered.
return_refund	en	Could I exchange the smoke grey suitcase for the ash one? The smoke grey looks much darker next to my partner's and we want them to match.
return_refund	en	I was charged shipping twice on one order, there are two lines of 8.95 on the receipt. Could you refund one of them?
return_refund	en	Can you cancel just one item from my order? The sunscreen, not the toothbrush heads.
return_refund	en	The refund for my cancelled order hasn't reached my Mada card. Cancelled on the 3rd. Riyadh.
return_refund	en	Can I return a jar of the chilli oil if it's unopened? I've realised I can't handle spicy food anymore 😂
return_refund	en	Do I need to take the battery out of the fitness band before I post it back? The post office asked.
return_refund	en	The insulated bottle is great but 1L is too big for my bag. Can I exchange it for the 500ml?
return_refund	en	The refund amount is wrong. I returned the whole bedding set but was only refunded the price of the duvet cover.
return_refund	en	Dear team, I hope this email finds you well. I returned order 5512 (two insulated bottles) by Australia Post on 18 April, tracking 33LPK90281, and it was delivered to your Sydney return address on the 22nd. It is now 10 May and the refund has not reached my credit card. My bank confirms there is no pending credit. Could you please confirm the date the refund was issued and the amount, or, if it hasn't been issued yet, when it will be? Many thanks, Sophie
return_refund	en	Is it too late to cancel? I ordered last night and it still says "unfulfilled". I picked the wrong power bank model.
return_refund	en	I bought the robot vacuum as a gift and my parents already had one. It's unopened. Can I return it for a refund?
return_refund	en	Can I swap the pearl stud earrings for the hoop version? Same price.
return_refund	en	Where do I post the return from the UAE? The label has a Hong Kong address and Aramex says they need a commercial invoice.
return_refund	en	The refund was converted to CAD at a worse rate than I paid in USD, so I got back 11 dollars less than I paid. Can you make up the difference?
return_refund	en	What's the status of the refund for Etsy order #3309128456? Etsy says the seller has to issue it.
return_refund	en	cancel cancel cancel. order 90210. thx
return_refund	en	Hi, I'd like to return the perfume. It's unopened with the cellophane still on, I just tried it at a shop and it isn't for me.
return_refund	en	Can I return it to your warehouse in Melbourne instead? Posting to China is 45 dollars.
return_refund	en	I've withdrawn the PayPal dispute as you asked. Now please issue the refund we agreed for the glasses. It's been 6 days.
return_refund	en	Can I exchange the 110 hanfu for a 120? It fits my daughter now, but I'd like it to last her next year too.
return_refund	en	hello i returned the hanfu 3 weeks ago but my money no come back yet. please check. order 2210
return_refund	en	I need to cancel the pet food auto-ship, we're moving abroad. The next shipment is due on the 12th.
return_refund	en	Can I still return the suitcase after using it once? I thought it'd suit me but it's too heavy for me to lift into the overhead bin.
return_refund	en	The gaming chair seat is a bit wide for me. Can I exchange it for the S version?
return_refund	en	Where is my refund??? It's been 3 weeks since the courier picked up the air fryer from my house.
return_refund	en	Can I return an item that came as a free gift with purchase? I'd rather send the whole lot back and buy something else.
return_refund	en	Do I need to send the return by tracked post? It's only a phone case, tracking costs more than the case.
return_refund	en	pls cancel my order 🙏 accidentally bought two of the same phone case
return_refund	en	Changed my mind about the fitness band, I'm keeping my old watch. It's still in the shrink wrap. I'd like to return it please.
return_refund	en	Quick follow-up: the cracked teapot issue is sorted, the replacement arrived, thanks! I'm still waiting for the 12 dollar postage refund for sending the broken one back.
return_refund	en	I've been waiting 3 weeks for the refund of my pre-order deposit. I cancelled on 1 October.
return_refund	en	Hi! The bedding set is a queen but my bed is a king, my mistake. Can I exchange it?
return_refund	en	How do I return something I bought through your Instagram shop? The order page on Instagram has no return option.
return_refund	en	Please cancel order #50219. It's a duplicate, my card was charged twice. Keep the other one.
return_refund	en	Buenas tardes, I buy the stroller for my daughter but she already got one from her mother-in-law. It is still in the box. How can I send it back and get the money?
return_refund	en	It's been 15 working days since you emailed "refund approved" for the makeup brushes. Still nothing on my card.
return_refund	en	I don't want a replacement, nothing was wrong with the first one, I just decided I didn't want it. Please send me the return instructions for the electric toothbrush.
return_refund	en	The hanfu fits beautifully except the sleeves are a touch long for me. Can I exchange it for the petite cut?
return_refund	en	How do I return a gaming chair? It's 25kg and I don't have the original box any more.
return_refund	en	I bought 2 bedding sets in the sale but only need 1. The other's unopened. How do I return one?
return_refund	en	Please cancel our wholesale order for 30 tea gift boxes, we overestimated demand. Invoice INV-3391 hasn't been paid yet.
return_refund	en	eBay says you've issued the refund but it's "on hold pending return". I returned it last week and tracking shows delivered. Please release it.
return_refund	en	Can I exchange the sunscreen for the tinted version? Same brand, same size.
return_refund	en	Before anyone asks: it works perfectly and it's exactly as described. I just don't need two power banks. Can I return one?
return_refund	en	Your policy says items must be returned in the original packaging. The box got torn a bit when I opened it. Is that okay?
return_refund	en	The planner starts in January and I wanted to start in July, I should have bought the undated one. It's unused. Can I swap it?
return_refund	en	Cancel 🙃 ordered on the wrong account. I'll reorder on the right one.
return_refund	en	refund plz?? returned the toothbrush 2 weeks ago 😕
return_refund	en	I ordered the suitcase in fire red but honestly it's a bit much for business trips. Could I swap it for the charcoal one?
return_refund	en	My mum doesn't like the colour of the jewellery box I bought her. Can she return it herself from her address, or does it have to come from me?
return_refund	en	The tea is fine, delivery was fine, nothing's wrong. I just want to return the gift box of 6 because I ordered 6 by accident instead of 1. Unopened.
return_refund	en	Please stop my order from shipping! I selected the wrong country at checkout. Cancel it and I'll order again.
return_refund	en	Hello, I want to make the goods return and you give me back the money, please tell me the method of the return. Order 3390.
return_refund	en	The marketplace says "refund completed" but PayPal doesn't show it. It's for the phone case, 14.99 dollars.
return_refund	en	The platform auto-closed my return request because the timer ran out. I still want to return the makeup brush set. Can you reopen it?
return_refund	en	Exchange request: gaming chair in black leather for black fabric. I get too sweaty on the leather one lol.
return_refund	en	The gaming chair is great, but it's too tall for my desk. I've used it for 3 days. Can I still return it within your 30 days?
return_refund	en	Do I need to send back the original tags and the little bag of spare beads with the bracelet, or just the bracelet?
return_refund	en	Can I cancel the pre-order for the building set and get my deposit back?
return_refund	en	Hi there, the refund for order #2291 was meant to go back to Afterpay. Afterpay still shows the full balance owing. Can you check?
return_refund	en	The parcel came back to you as undeliverable because I got the postcode wrong, my fault. Can I just have a refund instead of you reshipping it?
return_refund	en	The perfume is nice but it's too strong for my office. Can I exchange it for the lighter eau de toilette? I've only sprayed it twice.
return_refund	en	I opened the makeup brushes and used one once, then realised I already have the same set. Can a used brush set be returned?
return_refund	en	The refund for the sunscreen still says "pending" on Amazon after 12 days. Return ID R-992018. Please action it.
return_refund	en	Subject: Cancel order #7732 Message: Please cancel, I ordered it by mistake while comparing models.
return_refund	en	I'd like to send the perfume back. I'm in Saudi Arabia, are returns free or do I pay the courier?
return_refund	en	My brother already has this exact phone case, so my gift's a dud. It's still sealed. Can I send it back?
return_refund	en	Can I exchange the glasses frames for a wider size? They fit, but they pinch behind my ears after an hour.
return_refund	en	The refund hasn't arrived. Not the parcel, the parcel arrived fine and I sent it back. I mean the MONEY. Return tracking shows you got it on the 5th.
# --- complaint ---
complaint	en	Unacceptable response times.
complaint	en	Formal notice: unless I receive a written response within 7 days, I will escalate to PROFECO and post a full account of this on social media.
complaint	en	Your support is only open in China business hours. I'm in Toronto, that's 9pm to 5am for me. If you sell to Canada, staff for Canada.
complaint	en	I'm not complaining about the perfume. I'm complaining about the pressure: your agent messaged me six times in one day trying to upsell me a bigger bottle.
complaint	en	The agent made fun of my English. I'm writing through a translator because English is not my first language. That doesn't mean I should be mocked.
complaint	en	👀 still waiting
complaint	en	Your "price match guarantee" has so many conditions it never applies to anything. It's just marketing.
complaint	en	This is going to the consumer affairs show on Channel 7. They love stories like mine. Last chance to talk to me properly.
complaint	en	Your agent on Instagram told me I "should've read the description properly" and then left me on seen. Very rude.
complaint	en	You made me fill in the same form in English, then again in Chinese, then upload my ID. For a question. Simplify this.
complaint	en	The tea is lovely, honestly. But your delivery driver was abusive to my mum when she asked him to bring the box to the door. She's 80. Who do I complain to?
complaint	en	tiktok DM read 4 days ago, no reply. you reply to every comment praising you though 🙄
complaint	en	Charging a fee to cancel an order that hasn't even been processed yet is shady.
complaint	en	Disputing through Amazon A-to-z now. You've left me no choice by not answering.
complaint	en	The sunscreen I bought is fine. What isn't fine is your influencer telling her followers it "cures acne". It's a sunscreen. I've reported the post.
complaint	en	Your agent kept switching to Chinese mid-call even after my mother said she only speaks English, then sighed and put her on hold. She's 75.
complaint	en	Ignored. Again.
complaint	en	The survey you send after every chat only shows the 5-star options on mobile. I couldn't leave honest feedback if I wanted to.
complaint	en	Why do you need 14 days to "review" a simple question? That's not customer service, that's stalling.
complaint	en	Reporting your shop to Etsy for not responding. Case opened today.
complaint	en	I'm not writing about an order. I'm writing because your shop's Instagram deleted my comment asking a polite question. Censoring customers isn't a good look.
complaint	en	Is this inbox just a black hole? Genuine question.
complaint	en	Your agent blamed me for "not understanding English". I'm a native speaker. He couldn't understand me.
complaint	en	Why do I have to download your app just to contact customer service? I bought on your website.
complaint	en	It's ridiculous that nothing on an order can be changed once it's placed "for security reasons". Every other shop lets you correct a typo in an address.
complaint	en	I'm reporting your business to Consumer Affairs Victoria. It's clear you have no intention of engaging with customers.
complaint	en	To be clear, I don't want anything for the gaming chair, I like it. I'm upset that your agent told me assembly was included when it wasn't, and then denied ever saying it.
complaint	en	I've been transferred from chat to email to WeChat to WhatsApp, and each channel tells me to use a different one.
complaint	en	You've answered everyone else in the comments today except me. I've asked 4 times.
complaint	en	Why did your agent give my order details and address to my ex, who messaged you pretending to be me? That's a serious privacy breach.
complaint	en	Your "lifetime warranty" turns out to mean I pay shipping both ways to China for every claim. That's a warranty in name only.
complaint	en	I have written to the Ministry of Commerce consumer protection line in Saudi Arabia about how I've been treated. Expect their call.
complaint	en	The "escalation team" you transferred me to has an email address that bounces.
complaint	en	The tea arrived fine. I'm writing because a member of your staff posted a screenshot of my private chat on your shop's story, with my name visible, making fun of my question. Take it down.
complaint	en	Respected team, I am writing for the fourth time without any acknowledgement. Kindly treat this as a formal grievance against your support desk.
complaint	en	The moderator in your livestream chat told me to "stop spamming" when I asked a question twice because nobody answered the first time. Rude.
complaint	en	I'll be taking this to Dubai Economy's consumer protection department. You've had ten days to answer a simple question.
complaint	en	Your loyalty points expire after 30 days? I earned them, and you just take them back. That's a con.
complaint	en	Product: fine. Delivery: fine. Customer service: a nightmare. I asked to update the email on my account and got passed between four people over nine days.
complaint	en	Your team member said I was "making things up" when I explained what happened. I wasn't. I'd like an apology.
complaint	en	sent you 5 DMs on tiktok, 3 on insta, 2 emails. nothing. is this shop even real lol
complaint	en	My message history has disappeared from the chat and now your agent says there's "no record" of what I was promised. Convenient.
complaint	en	Procon already has my complaint on file, protocol 2024-0091827. Respond there or here, but respond.
complaint	en	Subject: Third email, no response Order #2291 Message: I've written three times this week about my order and received nothing but the auto-reply. Please have someone actually reply.
complaint	en	I want to put this in writing because nobody seems to listen on the phone. Over the past month I have contacted your team about a simple question on my account, and every time I've been told someone would get back to me. Nobody has. One agent told me it wasn't her department, another said the manager was "on leave", and the last one simply ended the chat while I was typing. None of this is about a product: everything I bought from you works. It's about being treated as if my time is worthless. I would like a senior person to contact me by email this week.
complaint	en	Your website says "no refunds, exchanges only" in tiny grey text at the bottom of the checkout page. That's sneaky, and I'm fairly sure it isn't legal here.
complaint	en	Your agent Kevin sent me a sticker and then "hey beautiful" in the chat. That's inappropriate and I want it escalated.
complaint	en	The help menu sends me in a loop: "Order issues", then "Other", then "Order issues" again. I've done it five times. Is there a person at the end of this somewhere?
complaint	en	This is my final email before I take legal advice. I've kept a record of every unanswered message since March.
complaint	en	I'm a reseller who's spent over 40k dollars with you this year. Our account manager has ignored three emails about terms for our next order. This is not how you treat a wholesale partner.
complaint	en	I've been on hold on your hotline for 55 minutes, then it cut off. Third time this week.
complaint	en	You only offer store credit, never money back, even for cancellations, and I wasn't told before paying. Terrible policy.
complaint	en	Dear Sir or Madam, I telephoned your customer service line on Tuesday and was spoken to in a most dismissive manner by a gentleman who refused to give his name. I am 79 years of age and found the experience distressing. I expect an apology. Yours faithfully, Edna Marsh
complaint	en	Your agent said she'd only deal with my question once I deleted my TikTok video about your slow replies. That's blackmail, not customer service.
complaint	en	I don't need anything fixed, I just want it on record: the way your warehouse staff spoke to me when I came to collect in person was humiliating.
complaint	en	Nobody answers email, phone or chat. This contact form is the only thing left. Please reply.
complaint	en	I'm filing a complaint with the Competition Bureau over your "free returns" claim, which ended up costing me 30 dollars. Screenshots saved.
complaint	en	Your shop only lets reviews with photos appear once they're "approved". That isn't an honest review system.
complaint	en	Your customer service woman literally typed "ok and?" when I explained my situation. I'm stunned.
complaint	en	Every time I reply to your emails they bounce back: "no-reply address". So how exactly am I supposed to respond?
complaint	en	Honestly the product is to die for, but your customer service is dead. 10 days, no reply.
complaint	en	Reported you to Kuwait's Ministry of Commerce consumer line today. Your team has ignored me for two weeks.
complaint	en	Day 9 of "we will get back to you shortly".
complaint	en	Your agent told me "if you don't like it, don't buy from us again". Fine. I won't.
complaint	en	Your policy says gift recipients can't return or exchange anything without the buyer's account login. Ridiculous, I'm not asking my aunt for her password.
complaint	en	Your callback form says "we'll call within 2 hours". I've submitted it four times over two days. No call.
complaint	en	Lovely product, awful experience. Your team asked for a photo of my full ID card just to answer a question about my order. Why?
complaint	en	I submitted a complaint through your website form on the 3rd. The reference number it gave me "doesn't exist" according to your agent.
complaint	en	I've lodged a complaint with SERNAC about the way your shop handles customer enquiries. Reference number attached.
complaint	en	Your policy of only talking to the original buyer is silly. I'm her son, I have power of attorney, and you still won't speak to me.
complaint	en	Your team told me "that's how it is" and closed the chat. No explanation, no help.
complaint	en	Your support email only accepts attachments under 1MB and your chat won't take images. How am I supposed to show you anything?
complaint	en	The makeup brushes are fine, no problem with them. My problem is your staff passing my phone number to a "partner company" that now calls me every day. I never agreed to that.
complaint	en	I've contacted CASE (the Consumers Association of Singapore). They advised me to give you one last chance to respond in writing. This is it.
complaint	en	Two weeks. Two weeks and not a single human reply on WhatsApp. Blue ticks, though.
complaint	en	Your reply to me was clearly meant for another customer, it's about a refund for shoes. I've never bought shoes from you. Does anyone read what I write?
complaint	en	Your staff kept calling my father "grandpa" in the chat, sent him links he couldn't open, then told him to stop wasting their time. Disgraceful.
complaint	en	Your "final sale" rule on ALL jewellery, even unworn and still sealed, is unfair. Other shops take sealed returns.
complaint	en	This isn't about the order, which was fine. It's your SMS marketing: I've unsubscribed three times and still get 4 texts a day. I've reported it to the regulator.
complaint	en	Seen 11:02. Seen 14:35. Seen 18:10. Still no reply. You're clearly reading these.
complaint	en	As a business customer I expected better. We'll be reporting this supplier to the platform's B2B trust team and moving our orders elsewhere.
complaint	en	Your team makes me open a new ticket for every follow-up. I now have 6 ticket numbers for one issue. Absurd.
complaint	en	Your customer service attitude is very bad. I ask question, she not answer and she close the window. I am very angry about this.
complaint	en	I love the hanfu, and this isn't about that. I'm upset that you used the photo from my review in an ad without asking me. Take it down please.
complaint	en	You charge a "packaging fee" on every order and it isn't shown until the very last step. Hidden fees are shady.
complaint	en	I'm done. 12 days, no answer, no acknowledgement. Disappointing from a shop that looked so professional.
complaint	en	Posting a detailed 1-star review on Trustpilot tonight and reporting you to the platform. You had weeks.
complaint	en	Not about the stroller, it's great. It's about your shop account following me on Instagram and DMing my friends after I tagged you. Creepy marketing.
complaint	en	I'm stuck with a chatbot that only understands "order status". Everything else gets "Sorry, I didn't get that."
complaint	en	Your rep called me "sweetie" and "love" through the whole call and then laughed when I asked for a supervisor. Unprofessional.
complaint	en	Why should I pay a "membership fee" to get priority customer service? Basic service should come with buying from you.
# --- feedback ---
feedback	en	The glasses are fine, but the case is flimsy. Small thing, thought you'd want to know.
feedback	en	Left you 4 stars on Etsy. Lovely bracelet, took a while to arrive but worth it.
feedback	en	The replacement glasses arrived today and they fit perfectly. Thank you for being so quick and kind about it.
feedback	en	Suggestion: a link to digital instructions for the building sets would be handy. The paper booklet is easy to lose.
feedback	en	Lit 🔥 the building block set was a HIT at my son's birthday. 10/10.
feedback	en	I'm 84 and the large-print planner is just right for my eyes. Thank you for making it.
feedback	en	Honestly, the perfume is nice but it doesn't last on me. Two stars for longevity, four for the scent.
feedback	en	Review's up, 4.5 stars. Knocked off half a star for the wait at customs, not really your fault.
feedback	en	The houseplants arrived in perfect condition and they're thriving a month later. Great packaging too.
feedback	en	Thank you for letting me exchange the frames even though I was past the window. Much appreciated.
feedback	en	Suggestion: a monthly tea subscription. I'd sign up in a heartbeat.
feedback	en	That smoking hot price on the air fryer? Best purchase of the year. Crispy everything.
feedback	en	My complaint was handled really professionally. Credit where it's due, thank you.
feedback	en	Product quality: good. Your tracking emails: a bit much, I got 11 for one parcel lol.
feedback	en	The bedding set is incredibly soft. Best sleep I've had in months.
feedback	en	The burnt orange tumbler is my new favourite thing. Matches my whole autumn aesthetic 🍂
feedback	en	Love the insulated bottles. Any chance of a straw lid option?
feedback	en	Review: 4/5 for the power bank. Charges fast, looks sleek, wish it came in more colours.
feedback	en	The stroller is so light and smooth, I can push it with one hand while holding a coffee. Love it!
feedback	en	Overall meh. The robot vacuum misses corners and gets stuck under the sofa a lot. Not returning it, just being honest.
feedback	en	Problem solved, the new charger works fine. Thanks for not making me jump through hoops.
feedback	en	Suggestion: let us pick a delivery date at checkout when it's a gift.
feedback	en	Made a "get ready with me" reel with your makeup brushes and tagged the shop, it's at 20k views already 😍
feedback	en	The charcoal makeup brush set is so sleek. Looks like something out of a pro kit.
feedback	en	The power bank works fine but the LEDs are way too bright at night. Minor gripe.
feedback	en	Thanks for the quick refund. Shame the bottle didn't work out for me, but you made it easy.
feedback	en	The robot vacuum has changed my life. Three cats and I finally have clean floors.
feedback	en	Smoke grey bedding = pure luxury. My bedroom looks like a hotel now.
feedback	en	Gave you 5 stars on Shopee! Packing very nice, seller very friendly lah.
feedback	en	It would be nice to have the care instructions for the hanfu printed in English as well.
feedback	en	Thanks a lot for sorting out the exchange, the new size hanfu fits like a dream.
feedback	en	The perfume is absolutely divine. I get asked about it every time I wear it.
feedback	en	Meh on the sunscreen. Too greasy for my skin. Might be good for dry skin though.
feedback	en	You should sell the matching pillowcases separately. I'd buy extras.
feedback	en	I'm not asking for anything, just wanted to share: my daughter wore the hanfu for her school performance and she looked like a little princess.
feedback	en	Rating: 5 stars for the tea, 3 stars for the packaging, a bit too much plastic.
feedback	en	I wanted to write properly rather than just tick the stars. When my order turned up with the wrong size last month I was expecting a fight, because that's been my experience with overseas shops. Instead your team answered within the hour, sent the right size the same day without asking me to post anything back first, and checked in after it arrived. The bedding itself is lovely too. It's rare to get service like that, so thank you, and please pass this on to whoever was on the chat that day.
feedback	en	The bedding is soft but creases a lot and bobbles after a few washes. 3/5. Not bad, not great.
feedback	en	obsessed 😍
feedback	en	The "ash pink" hanfu is the prettiest thing I own.
feedback	en	It would help if the tea tins had the brewing temperature printed on the lid.
feedback	en	Leaving a 1-star review. The stationery set looks cheap and isn't worth the price. Not asking for a refund, just being honest.
feedback	en	Thank you for your patience with all my questions before and after I bought. Lovely service.
feedback	en	The suitcase is super light and the wheels glide. It survived a month in Southeast Asia.
feedback	en	My baby likes the formula, but the tin is really hard to open. Please redesign the lid. Otherwise 4 stars.
feedback	en	Idea: a bundle of the toothbrush with a year's worth of brush heads. I'd buy it.
feedback	en	No problems at all, just feedback: I'd love to see the makeup brushes in a travel size.
feedback	en	The agent who handled my missing parcel claim was fantastic and kept me updated at every step. Thank you, Daniel.
feedback	en	Updated my Amazon review with a 6-month follow-up: the insulated bottle still keeps ice overnight.
feedback	en	Best phone case I've owned. Dropped my phone on concrete twice, not a scratch.
feedback	en	Not a fan of the smell of the cat litter, it's a bit perfumey. My cat doesn't mind though. 3 stars.
feedback	en	Would love a smaller insulated bottle for kids. My son keeps stealing mine.
feedback	en	Totally not complaining, but the air fryer's beep is LOUD 😂 otherwise perfect.
feedback	en	I was upset at first, but the way you handled the mix-up with the wrong item was great. I'll order again.
feedback	en	Gave the stroller 4 stars on the review site: smooth ride, fiddly fold.
feedback	en	My cat goes nuts for the salmon cat food. First food she hasn't turned her nose up at.
feedback	en	The fitness band looks great but the strap gets sweaty in summer. Maybe a breathable version?
feedback	en	This deal was insane. Bought three toothbrushes, one for everyone in the family. Best price I've seen anywhere.
feedback	en	It'd be great if you offered a refill pouch for the sunscreen. The tubes feel wasteful.
feedback	en	My dog has never been so excited about dinner. The lamb recipe is a winner.
feedback	en	Shout out to whoever packed my order. Everything was wrapped so carefully, even the tiny pearl earrings had their own box.
feedback	en	Just posted a 5-star review on Amazon with photos of the gaming chair all set up. Solid build!
feedback	en	Disappointed. The fitness band does the job but the app feels clunky and dated. Won't be buying this brand again.
feedback	en	Not complaining at all, just feedback: the snack box had a few too many sweet things for me. Would love more savoury options.
feedback	en	Feedback: the sunscreen says "apply generously" but not how much. A little guide on the box would help people.
feedback	en	Thank you for writing the card in Arabic for my mother. She was so touched.
feedback	en	The oolong is incredible. Floral, smooth, and I got six steeps out of one serving. Ordering the big tin next.
feedback	en	Dear seller, I am very satisfied with the goods. The quality is very good and the speed is fast. I will give you the good comment. Thank you.
feedback	en	The tea set is pretty but smaller than I'd imagined, the cups are like thimbles. Still nice for display.
feedback	en	The ash grey suitcase looks gorgeous and has survived three flights without a scratch. Would buy again.
feedback	en	Please think about making the planners in A6 as well.
feedback	en	Bought the snack gift boxes for my team and everyone loved them. The pineapple cakes disappeared in minutes.
feedback	en	All sorted with the missing piece, it arrived this morning. Thank you for following up so fast!
feedback	en	Got the gaming chair. Decent for the price, but the armrests feel a bit wobbly. Not a fault, just not premium. 3 stars.
feedback	en	Just gave your store 5 stars on Trustpilot. Well deserved.
feedback	en	The electric toothbrush is amazing. My dentist noticed the difference at my last check-up!
feedback	en	Suggestion for the website: a "fragrance-free" filter would help those of us with sensitive skin.
feedback	en	This explosive flavour chilli oil is dangerously good. My whole family is hooked 🔥🔥
feedback	en	Just wanted to say your agent Aisha was amazing. She explained everything so patiently to my grandma.
feedback	en	5 stars on eBay, fast and as described. Cheers mate.
feedback	en	The tea was ok. A bit flat compared to what I get at my local tea shop. 3 stars.
feedback	en	Big thanks to your team for walking me through the robot vacuum setup over chat. Works perfectly now.
feedback	en	Wish the stroller came in a lighter colour, the black gets really hot in the Dubai sun.
feedback	en	The fire red suitcase is killer. Got stopped twice at the airport by people asking where it's from.
feedback	en	The makeup brushes are so soft and they blend like a dream. Way better than my expensive ones.
feedback	en	Not impressed with the phone case, it's just average. 2 stars, wouldn't buy again.
feedback	en	Review posted on your website. Overall positive, I mentioned the fast shipping to Vancouver.
feedback	en	You went above and beyond to get the stroller to us before the baby came. Really appreciated.
feedback	en	Please bring back the lavender strap for the fitness band, it was the best colour.
feedback	en	The jewellery is stunning. My fiancée hasn't taken the necklace off since I gave it to her.
feedback	en	Killer deal on the gaming chair, and it actually feels premium. My back thanks you.
# --- presale ---
presale	en	Will the lithium battery in the power bank be a problem for shipping to Oman? Haven't ordered yet.
presale	en	The hanfu size chart says chest 92 for M. Is that a body measurement or the garment?
presale	en	Can you get an order to Doha before Eid? I'd order today.
presale	en	Hello! I'm trying to choose between your two robot vacuums for our new apartment and would really appreciate some advice before I order. It's about 90 square metres, mostly wooden floors with two rugs, and we have a long-haired dog that sheds a lot. The cheaper one seems to have a smaller dust bin and no mopping, while the other one mops but the reviews say the bin fills up quickly with pet hair. Which would you recommend for us, and are the brushes easy to untangle? We're also wondering whether either of them can be controlled when we're away from home.
presale	en	Is there a bundle price if I get the stroller and the car seat together?
presale	en	Is the 1200-piece building set still available? The page says "low stock".
presale	en	Can you ship the tea set to Lima with insurance? It's fragile.
presale	en	Is the "smoke" tumbler see-through or solid? I'd like to see the drink level before I buy one.
presale	en	I'm a reseller in Chile. What's the minimum order for wholesale pricing on the phone cases, and what's the price at 500 units?
presale	en	Which hanfu size for 168cm, 60kg? I like a slightly loose fit.
presale	en	Is the insulated bottle leak-proof enough to throw in a backpack on its side?
presale	en	Any stock of the 2018 pu-erh cakes? Looking for a gift.
presale	en	What's the shipping time to Santiago, Chile, and will I have to pay import tax?
presale	en	Looks like a killer deal, but before I buy: does the robot vacuum come with the right plug for Saudi Arabia?
presale	en	Does the fitness band work with iPhone or only Android?
presale	en	I'm 185cm. Is the gaming chair tall enough for me? The headrest in the photos looks low.
presale	en	We're opening a boutique hotel in Bali and would like 80 bedding sets. What's your best price, and can you invoice in USD?
presale	en	Will you restock the sunscreen stick before summer?
presale	en	Do you ship perfume to Canada? I've read some shops can't because of the alcohol.
presale	en	Is the "explosive flavour" chilli oil very spicy? I like some heat but not crazy heat.
presale	en	Do the bedding sets come with a duvet inside or just the cover?
presale	en	My baby is 9 months old and 75cm. Will the stroller seat be big enough until she's 3?
presale	en	If I buy 20 power banks for the team, is there a volume discount, and can the invoice be in my company's name?
presale	en	Do you ship formula to Hong Kong? How many tins are allowed per order?
presale	en	Do you sell replacement wheels for the suitcase? Asking before I buy, I want something I can repair.
presale	en	Does the robot vacuum deal include the spare filters, or is that a separate bundle? Want to know before checkout.
presale	en	What's the difference between the Classic and Slim insulated bottles apart from the shape? Does one keep drinks hot longer?
presale	en	Will the kids' fitness band fit a 6-year-old's wrist?
presale	en	Is the white gaming chair back in stock yet? I've been checking every day.
presale	en	Is there a teacher discount? I'm buying stationery for my class.
presale	en	Do you deliver to Sharjah? Same price as Dubai?
presale	en	Is the makeup brush set cruelty-free? Does it come with a case?
presale	en	Not bought yet: is the "charcoal" gaming chair fabric or PU? And does the charcoal show dust?
presale	en	What's the seat height range on the gaming chair? I'm 158cm and my feet never touch the floor.
presale	en	When's the next batch of the Ming-style hanfu coming? It's sold out in my size, L.
presale	en	Student here, any discount on the gaming chair? 🙏
presale	en	Can live houseplants be sent to Perth? WA has its own plant rules, I think.
presale	en	Is the sunscreen safe during pregnancy? Which filters does it use?
presale	en	Is the house plant safe for pets? My cat chews everything. Want to check before ordering.
presale	en	Do your glasses frames come in a narrow fit? I have a small face.
presale	en	Any chance the cat litter comes in 20L bags? The 6L goes too fast.
presale	en	Roughly how many days to Singapore, and which courier delivers here? Some of them never find my block.
presale	en	I'm looking to buy 12 insulated bottles as gifts for our football team. Can you engrave names, and is there a discount?
presale	en	Before I buy: is the fire red suitcase fabric or hard shell? The photos aren't clear.
presale	en	What's the difference between your sonic toothbrush and the rotating one? Which is better with braces?
presale	en	What's the capacity of the carry-on suitcase in litres? Will it take a week's worth of clothes?
presale	en	Are the houseplants shipped in soil? I don't think Canada allows soil imports.
presale	en	If I pre-order now, is there a deposit or do I pay everything upfront?
presale	en	is the tiktok deal on the toothbrush still live?? 👀
presale	en	Can the power bank charge a MacBook Air? What wattage is the USB-C port?
presale	en	I've had my eye on the smoke grey bedding for ages. Any chance it'll be in your Singles' Day sale?
presale	en	Which phone case for a Pixel 8a? Does the Pixel 8 one fit?
presale	en	Can I order from Brazil? Is tax included or will Correios charge me?
presale	en	available in black?
presale	en	Does the robot vacuum cope with thick rugs? We have a shaggy one in the living room.
presale	en	What's your price for 1000 custom printed phone cases? We're a mobile phone shop in Riyadh.
presale	en	"Smoking hot price" on the perfume: is that the final price, or is there VAT on top for the UK?
presale	en	Will a gaming chair ordered this week reach Auckland by the 20th? It's for my son's birthday.
presale	en	Is the duvet cover for a 200x200 or a 220x240 duvet? The page only says "Queen".
presale	en	Do you have the pearl necklace in a 45cm length? I only see 40 on the page.
presale	en	Is your perfume an original or a dupe? Just want to know before buying.
presale	en	Corporate order: 150 snack gift boxes with our logo on the sleeve. Lead time and price per box please.
presale	en	I haven't ordered, just checking: are these real pearls or shell pearls? The price seems too good.
presale	en	How do I find my ring size for your rings? Do you have a printable sizer?
presale	en	Do you ship to Kuwait? And is cash on delivery available?
presale	en	hey are the mamianqun skirts coming back in navy? 🥺
presale	en	Are the makeup brushes synthetic? Are they ok with cream products too?
presale	en	Do you accept Tabby or Tamara for instalments? I'm in the UAE.
presale	en	Heard the tea is to die for 😍 which one would you recommend for a beginner?
presale	en	What's the fastest shipping option to Melbourne? I need it within a week.
presale	en	My husband's wrist is 20cm. Will the fitness band strap fit, or do I need the extra-long one?
presale	en	Hi! Is the pink stationery set in stock? It's a gift for my niece.
presale	en	What's the suction power of the robot vacuum? It's a house full of pet hair.
presale	en	Haven't bought anything yet: does the gaming chair need assembling, and do you offer an assembly service in Singapore?
presale	en	Can we pay by bank transfer for a large order? Our company doesn't use cards.
presale	en	How long to Mexico City with express? Do you ship with DHL or Estafeta?
presale	en	Which size insulated bottle fits a car cup holder, the 500ml or the 750ml?
presale	en	Is the formula suitable from birth? Does it contain palm oil?
presale	en	Is the gold vermeil version of the earrings going to be restocked?
presale	en	Does "buy 3 save 15%" work if I mix different teas?
presale	en	Sorry if this is a silly question, I've never bought online before: if I order the electric toothbrush, how does it come? Do I need to be home?
presale	en	Excuse me, this tea can send to Malaysia? How many days can arrive to Kuala Lumpur?
presale	en	Kids' hanfu: my son is 5 and 115cm. Which size? I'd like a little room to grow.
presale	en	Is the cat litter clumping and low-dust? My cat has asthma.
presale	en	Do you still do the snack box with the Taiwanese pineapple cakes? I can't find it on the site.
presale	en	Dear Sir or Madam, I am considering purchasing the porcelain tea set as a wedding gift for my daughter. Could you kindly advise whether it is dishwasher safe and whether gift wrapping is available? Kind regards, Margaret Ellis
presale	en	Do you ship to Puerto Rico? And does it count as US or international?
presale	en	Quote request: 300 A5 notebooks with custom printed covers, delivered to Dubai. Price and lead time?
presale	en	I'm between 38 and 39 for the embroidered hanfu shoes, with wide feet. Which one?
presale	en	Is anti-glare coating standard on the lenses, or extra? I drive at night a lot.
presale	en	Is the Moon Base building set shipping now? Your page shows both "add to cart" and "notify me".
# --- other ---
other	en	I have no problem with my order. My question is about data: do you keep the ID photo I uploaded for customs, and can you delete it?
other	en	Please send me a pro forma invoice for 50 insulated bottles so our school can raise a purchase order.
other	en	I never signed up for your newsletter but I'm getting it anyway. Please take me off the list.
other	en	Our company makes eco-friendly packaging fill. Could I send you a free sample box?
other	en	Is a Saturday delivery possible? Nobody's home on weekdays. Order 7719 hasn't left yet.
other	en	Mabuhay from Manila! 👋
other	en	Hi, my employer needs the receipt to show the payment method and date. The one I got only lists the items.
other	en	Not a complaint, not a return. Could you email me a copy of your privacy policy? My company wants to see it before I use my work email on your site.
other	en	Order 55210: please change the phone number to 0412 555 019, the old one is disconnected. Nothing else changes.
other	en	Please remove my saved card from my account. I can't find a delete button anywhere.
other	en	I'm organising a charity raffle for a children's hospital in Doha. Would you consider donating a prize?
other	en	Good morning from Sydney! ☀️
other	en	Please issue the invoice in the name of our company in Saudi Arabia, with our VAT number 310123456700003.
other	en	How do I stop the "items in your cart" reminder emails? I'll buy when I'm ready.
other	en	We make custom packaging, tea tins and gift boxes, in Xiamen. Could we send you our catalogue?
other	en	Can you ship to my parents' address in Penang instead of mine? It's a gift. Order 66018, not shipped yet.
other	en	Subject: Change of billing contact Message: Please note that from 1 July, invoices for our account should go to finance@example.com instead of to me. No changes to any orders.
other	en	hello? is this the Aftercare shop?
other	en	Hi, could you send us a commercial invoice with the HS codes for the 40 notebooks we bought? Our customs broker needs it for their records. The shipment has already cleared.
other	en	Unsubscribe me from the SMS messages please. Texting STOP doesn't work.
other	en	Kindly update the building name on my order: it's Al Noor Tower, not Al Nour Tower. It hasn't shipped yet.
other	en	My order arrived perfectly, no issues at all. I just need a copy of the customs declaration for my own import records. Could you email it?
other	en	We're a Dubai-based distributor of baby products and would like to discuss stocking your strollers in our 12 stores. Who handles distribution?
other	en	Bonjour! Just discovered your shop, saying hi.
other	en	For our records: do your prices on order 4419, which we've received, include the 5% UAE VAT? If so, please issue a tax invoice.
other	en	I'm not complaining and nothing's wrong. What time zone is your support team in? I'd like to message when someone's actually awake.
other	en	Our e-sports team would love a sponsorship deal for gaming chairs. Who should I talk to?
other	en	Please add a second contact number for delivery, my husband's: 0917 555 0123. Order 4410.
other	en	The app won't let me upload a profile picture. It just keeps spinning.
other	en	Selamat Hari Raya to everyone on the team!
other	en	Could you put "Attn: Accounts Payable" and our cost centre CC-220 on the invoice for order 8830?
other	en	Someone phoned me claiming to be from your shop and asked for my card's security code to "verify a refund". That's not you, right?
other	en	I wrote my delivery note wrong, it should say "deliver after 6pm", not before. Can you change it? Not shipped yet.
other	en	Hello, I want to open the invoice for my company, the company name is Bright Star Trading. Please tell me how to operate it.
other	en	Would you be interested in a stall at our Asian lifestyle market in Toronto this summer?
other	en	cool cool, cheers 👍
other	en	Your emails go to my spam folder. Is there an address I should add to my safe senders?
other	en	Hi, I'm a tea sommelier with a YouTube channel (80k subscribers). Would you be open to a paid collaboration reviewing your oolongs?
other	en	Hello, this is the building manager at 22 Ocean Drive. Our delivery hours are now 9 to 5 and couriers must use the rear entrance. Could you note that for all orders to this address?
other	en	Please change the recipient on order 33210 to my daughter, Layla Haddad, and the phone number to +971 50 123 4567. Same address in Abu Dhabi.
other	en	Could I have an itemised receipt with the GST shown separately? I'm in Australia and need it for my business tax return.
other	en	I can't find where to see my points balance in the app.
other	en	Is this the right place to send a message? First time using this.
other	en	If I'm not home, please leave order 7790 with the neighbour at no. 9. It hasn't shipped yet.
other	en	Please resend the invoice for PO 4418 with our purchase order number on it. Our accounts payable team can't pay it without that.
other	en	Looking for a Shopify developer? We build stores for cross-border sellers.
other	en	Dear Sir/Madam, I am 83 and my grandson usually looks after the computer. He set up an account for me with you but I have forgotten the password. Could you please tell me how to get back in? Yours, Albert Finch
other	en	How do I switch your website from Chinese to English? The language switcher doesn't work on my phone.
other	en	hiya 👋
other	en	Could you send a statement of account for our business for Q2? There were three orders.
other	en	Are you hiring warehouse staff in Melbourne? I saw a job ad.
other	en	Could you switch the courier to Aramex for order 7720? The other courier doesn't cover my area of Muscat. It hasn't shipped.
other	en	My order is perfect. I'm just curious whether you're a Chinese company or a Singaporean one, for a school project.
other	en	Salaam! Hope you're all well.
other	en	Why does my account show a different currency every time I log in? I'm in Qatar.
other	en	Is it possible to get a duplicate warranty card? I lost mine. No problem with the product.
other	en	Can I change the delivery to my office? Order 20019 hasn't shipped. 5th floor, ask at reception.
other	en	Not about any order: a TikTok account DMed me saying I'd won a free gaming chair from you and just need to pay the shipping. Legit or scam?
other	en	I'm a student designer and would love to intern with your brand. Do you accept portfolios?
other	en	Got it, thanks. I'll wait for the email.
other	en	Can I switch my account from personal to business so I can see the VAT on my orders?
other	en	Invoice?
other	en	Nothing's wrong with any order. My late husband had an account with you and I'd like it closed. How do I go about that?
other	en	Hello, I run a stationery subscription box in Canada and would love to feature your planners. Are you open to a wholesale partnership?
other	en	Could you add my building's buzzer code (#4821) to the delivery notes for order 9910? It hasn't shipped yet.
other	en	Thank you, that's everything for today! Have a lovely weekend.
other	en	Can you email the tax invoice straight to my accountant instead of me? ledger@example.com
other	en	Your app logs me out every time I close it. Is there a way to stay signed in?
other	en	We're a university research team studying sustainable packaging in e-commerce. Would your logistics manager talk to us for 20 minutes?
other	en	Hi, a friend recommended you. Is this the same shop that sells on Xiaohongshu as "Aftercare Home"? Just making sure before I follow you.
other	en	I've moved. Please update the default address on my account to 14 Harbour St, Wellington.
other	en	Sorry, wrong shop! I meant to message the bakery next to you in the app 😂
other	en	Hello, our auditors need copies of all invoices from 2023 for the account "Brightwater Café". Could you send them as one PDF?
other	en	My loyalty tier dropped from Gold to Silver. How do the tiers work?
other	en	We're an influencer agency in São Paulo representing lifestyle creators. Would you be interested in a Brazil launch campaign?
other	en	Nothing wrong with the toothbrush, I love it. Separate question: do you have a referral programme? My friends keep asking.
other	en	For order 3320, can you ship it in plain packaging without your logo? It's a surprise for my wife and she knows your brand.
other	en	Subject: Tax invoice request Order #1143 Message: Hello, could you send an invoice showing the HST for the gaming chair? My company will reimburse it. Company: Northwind Design Inc., Ontario, HST no. 12345 6789 RT0001.
other	en	Greetings from Santiago! Your shop was recommended by my cousin, just wanted to say hello.
other	en	I got a login alert from a city I've never been to. Can you log me out on all devices and reset my password?
other	en	Could you hold my order for a week before sending it? I'm away and nobody will be home. It's fine to ship when I'm back.
other	en	Receipt please, for order 3312, in English. The one attached to the email is in Chinese.
other	en	Hey! I'm a cat content creator on TikTok (300k). Would love to try your cat litter and do a review. DM me for rates?
other	en	Can you confirm whether the email I got from "aftercare-support@gmaiI.com" is really from you? The "l" looks like a capital I.
other	en	Happy Diwali, everyone! 🪔 Wishing you a bright year.
other	en	Our procurement system needs you registered as a vendor. Could you fill in the attached supplier form and provide your bank details on company letterhead?
other	en	Can I save two delivery addresses in my account? It only lets me keep one.
other	en	Please change the name on the parcel to my business name, "Lily's Plant Corner", so my staff can sign for it.
other	en	Press enquiry: we're writing a feature on the global hanfu revival for a Singapore magazine. Could we interview your founder?
other	en	Can the invoice show the amount in both AED and USD? Our accountant asked.
other	en	Oops, this was meant for my WhatsApp group 🙈 ignore!
"""#
}
