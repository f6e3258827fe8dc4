import type { SeedArticle, SeedComment } from "../types";

// Original demo content for the English edition of Khabar Setu.
// All events, officials, players, companies and quotes below are invented.

export const enArticles: SeedArticle[] = [
  // ───────────────────────────── Gujarat ─────────────────────────────
  {
    edition: "en",
    slug: "ahmedabad-metro-phase-two-opens",
    title: "Ahmedabad Metro's Second Phase Opens New Stretch Towards Gandhinagar",
    dek: "Trains began running on the new section from Motera towards Gandhinagar this morning, cutting the commute between the twin cities to well under an hour.",
    body: `The second phase of the Ahmedabad metro opened a new stretch towards Gandhinagar today, and by the afternoon station staff at Motera said platforms were busier than they had planned for. The section extends the north-south line beyond Motera stadium, past GNLU and into the capital, giving daily commuters between the twin cities a rail link that does not depend on the crowded highway.

Officials said the first train left Motera at 6.20 am with about 180 passengers, many of them government employees and students who had waited for the opening for months.

## Fares and timings

Metro rail officials said the fare structure of the first phase has been carried over, with a few additions for the longer distance. The main points for commuters:

- Trains run from 6.20 am to 10 pm, every 12 minutes at peak hours and every 20 minutes otherwise.
- The minimum fare remains ₹5; a full journey from the Ahmedabad end to Gandhinagar costs ₹35.
- Smart cards issued for the first phase work on the new stretch, and QR tickets can be bought on the mobile app.
- Feeder buses will connect the new stations with the secretariat and nearby sectors.

## What commuters said

Bhavesh Raval, a clerk who travels from Sabarmati to the secretariat every day, said his journey used to take close to ninety minutes by bus and shared auto. "Today I reached in forty minutes and I was not covered in dust," he said with a laugh.

> "The real test is the monsoon and the exam season. If the trains are on time when it rains, people will leave their bikes at home," said Sonal Parikh, a retired engineer who rode the first train with her grandson.

Also read: [Electric Scooter Registrations Double in Gujarat in a Year](/en/article/electric-scooter-sales-double-in-gujarat)

Not everyone was satisfied. Residents near two of the new stations said parking had not been finished and that the walk from the main road had no shade. A metro spokesperson, Anil Barot, said covered walkways and parking for two-wheelers would be ready "within the next few weeks" and that frequencies would be raised if ridership crossed early estimates.

The remaining part of the second phase, towards GIFT City, is scheduled to open later, after safety inspections are completed. Officials said they would publish ridership figures for the new stretch at the end of the first month.`,
    category: "gujarat",
    tags: ["Ahmedabad", "Gandhinagar", "Metro", "Public Transport"],
    author: "meera-trivedi",
    hoursAgo: 2,
    featured: true,
    image: {
      alt: "Illustration of a metro train crossing a city skyline",
      caption: "The new stretch links Motera with the capital Gandhinagar.",
      motif: "train",
    },
  },
  {
    edition: "en",
    slug: "monsoon-arrives-early-in-saurashtra",
    title: "Monsoon Arrives a Week Early in Saurashtra, Farmers Begin Sowing",
    dek: "Widespread showers across Rajkot, Amreli and Junagadh districts signalled the onset of the monsoon about a week ahead of its usual date, and farmers have started sowing groundnut and cotton.",
    body: `The monsoon reached Saurashtra about a week earlier than usual, with moderate to heavy showers reported from Rajkot, Amreli, Junagadh and Bhavnagar districts since late last night. Weather officials confirmed the onset this morning and said conditions were favourable for the rains to spread over the rest of Gujarat within the next few days.

By mid-morning, tractors were already out in several villages around Gondal and Jetpur. Farmers who had prepared their fields after the summer said the soil had received enough moisture to begin sowing groundnut and cotton, the two main kharif crops of the region.

## Sowing begins

Agriculture department officials in Rajkot said they expected sowing to pick up sharply over the weekend if the rain continued. They advised farmers to wait until the soil had absorbed at least a few centimetres of rain before putting seed in the ground.

> "An early monsoon is a gift only if it keeps coming. We are sowing groundnut on half the land now and will wait a few days for the rest," said Jayesh Vasoya, who farms twelve bighas near Gondal.

Seed and fertiliser dealers in Rajkot and Junagadh reported long queues. The district administration said stocks of certified groundnut and cotton seed were adequate and that teams would check shops for overcharging.

Also read: [Cotton Prices Firm at Rajkot Yard as Sowing Season Begins](/en/article/rajkot-cotton-prices-firm-as-sowing-begins)

## Advice for the coming days

The weather office has issued a yellow alert for parts of Saurashtra for the next two days. Its advice for residents and farmers:

1. Avoid standing under trees or near electric poles during thunderstorms.
2. Fishermen should not venture into the sea off the Saurashtra coast until the alert is lifted.
3. Farmers should keep drainage channels in fields open to avoid waterlogging of fresh seed.
4. Low-lying areas of towns should keep an eye on local civic announcements.

Municipal bodies in Rajkot and Junagadh said pre-monsoon drain cleaning was largely complete, although residents in a few areas reported waterlogging after the first heavy spell. Officials said pumps had been placed at known trouble spots.

The early arrival also brought relief from the heat. Maximum temperatures in Rajkot fell by nearly six degrees compared with the previous day.`,
    category: "gujarat",
    tags: ["Monsoon", "Saurashtra", "Farmers", "Rajkot"],
    author: "meera-trivedi",
    hoursAgo: 1,
    breaking: true,
    image: {
      alt: "Illustration of rain clouds over green farm fields",
      caption: "Farmers in Saurashtra began sowing after the first widespread showers.",
      motif: "rain",
    },
  },
  {
    edition: "en",
    slug: "vadodara-stepwell-restoration-begins",
    title: "Restoration Begins at a Forgotten Stepwell on Vadodara's Outskirts",
    dek: "A five-storey stepwell, long used as a dumping site, is being cleaned and repaired by a local trust, with the work expected to take about eighteen months.",
    body: `Work has begun to restore a centuries-old stepwell on the outskirts of Vadodara that had been choked with silt, plastic and construction debris for decades. The restoration, led by a city-based heritage trust with support from the municipal corporation, is expected to take about eighteen months.

The stepwell, known locally as the Navi Vav despite its age, descends five storeys to a circular well shaft. Its carved pillars and niches were visible only in parts when volunteers first surveyed the site last winter.

## A careful start

The trust's conservation team said the first months would be spent removing debris by hand rather than with machines, to avoid damaging loose stones. Each carved block that has fallen will be numbered and photographed before it is put back.

> "Every stone here has a place. Our job is to find that place again, not to make the vav look new," said Rupal Shah, the conservation architect leading the project.

The plan for the site has been divided into phases:

- clearing debris and silt from the stairs and landings,
- documenting and repairing damaged pillars and brackets,
- restoring the well shaft so it can collect rainwater again,
- building a low boundary wall and a small interpretation centre.

## Water, not just heritage

Those involved say the project is as much about water as history. Stepwells were built to store rain and reach groundwater, and the trust hopes the restored well will help recharge the water table in the surrounding area.

Also read: [Assembly Panel Takes Up Groundwater Bill After Farmers Raise Concerns](/en/article/assembly-panel-reviews-groundwater-bill)

Residents of the nearby housing societies have welcomed the work, though some have asked that the site not be turned into a crowded tourist spot. Mahesh Solanki, who has lived beside the vav for forty years, remembers children climbing its steps in the 1980s. "Later it became a place where people threw anything they did not want," he said.

The municipal corporation has agreed to stop waste collection vehicles from using the lane next to the site. Heritage walks will be allowed once the stairs are declared safe, the trust said.`,
    category: "gujarat",
    tags: ["Vadodara", "Heritage", "Water"],
    author: "meera-trivedi",
    hoursAgo: 96,
    image: {
      alt: "Illustration of a carved stone structure with steps leading down",
      caption: "Volunteers have begun clearing debris from the stepwell's upper landings.",
      motif: "temple",
    },
  },

  // ───────────────────────────── National ─────────────────────────────
  {
    edition: "en",
    slug: "india-launches-earth-observation-satellite",
    title: "India Launches Earth-Observation Satellite to Aid Farmers and Disaster Teams",
    dek: "The satellite, placed in orbit from Sriharikota, will provide frequent images of crops, rivers and coastlines to agriculture departments and disaster-response agencies.",
    body: `India successfully launched a new earth-observation satellite from Sriharikota this morning, placing it in a sun-synchronous orbit about twenty minutes after lift-off. The satellite, named Kshitij-1, is designed to photograph the same stretch of land every few days, giving agriculture departments and disaster-management agencies a regular, detailed view of fields, rivers and coastlines.

Scientists at the mission control centre applauded as the satellite separated from the rocket's final stage. Its solar panels deployed soon after, and the first signals were received by a ground station within the hour.

## What the satellite will do

Mission officials said the satellite carries an imaging camera that can see in several bands of light, including infrared, which helps show the health of crops and the moisture in soil. Its data will be shared with state governments free of charge.

The main uses planned for the data include:

- estimating the area sown under major crops each season,
- spotting early signs of drought stress in fields,
- mapping floods and damaged roads within hours of heavy rain,
- tracking changes in coastlines, mangroves and river beds.

> "A farmer does not need a picture from space. He needs an answer: will my crop be fine? Our work now is to turn these images into that answer, quickly and in his language," said S. Radhika Menon, the mission director.

## Use in Gujarat

Officials from Gujarat's agriculture department said the state planned to use the images during the kharif season to estimate groundnut and cotton sowing, which today relies largely on field reports. The state disaster management authority said it would use the flood maps during cyclones and heavy rain along the coast.

Also read: [Monsoon Arrives a Week Early in Saurashtra, Farmers Begin Sowing](/en/article/monsoon-arrives-early-in-saurashtra)

The satellite is expected to complete its in-orbit tests within a month, after which regular images will be released through a government portal. Scientists said it has a planned life of five years.

Farm groups welcomed the launch but said the benefits would depend on how quickly the information reached villages. "Data that arrives after the harvest is of no use," said Dinesh Kachhadiya, who heads a farmers' cooperative in Amreli.`,
    category: "national",
    tags: ["Space", "Farmers", "Disaster Management", "Monsoon"],
    author: "kiran-patel",
    hoursAgo: 8,
    image: {
      alt: "Illustration of a satellite orbiting a stylised globe",
      caption: "The satellite will revisit the same areas every few days.",
      motif: "globe",
    },
  },
  {
    edition: "en",
    slug: "railways-add-festival-special-trains-from-gujarat",
    title: "Railways Add Festival Special Trains From Gujarat to North and East India",
    dek: "Extra trains from Ahmedabad, Surat and Vadodara will run through the festival season to carry workers home, with more general coaches than usual.",
    body: `The railways will run additional festival special trains from Gujarat to Uttar Pradesh, Bihar, Odisha and West Bengal over the coming weeks, officials announced, as lakhs of workers from the state's factories and construction sites prepare to travel home.

The special services will start from Ahmedabad, Surat, Vadodara and Udhna, the stations that see the heaviest rush during the festival season. Officials said several of the trains would have more unreserved general coaches than regular services, because many workers decide to travel at short notice.

## More trains, more coaches

According to the zonal railway, the plan includes:

1. Twenty-two pairs of special trains over six weeks.
2. Extra general coaches on eight regular long-distance trains.
3. Holding areas with drinking water and toilets outside Surat and Udhna stations.
4. Additional ticket counters and staff to manage queues.

## Managing the rush

Last year, long queues outside Surat station stretched onto the main road on the busiest days. Railway officials said they had worked with the city police to set up a separate entry for passengers of the special trains.

> "We have learnt from last year. Passengers will wait in a shaded area and be called to the platform coach by coach, not all at once," said Prakash Nair, a senior divisional official.

Workers waiting at Udhna said the extra trains were welcome, but that confirmed tickets on regular trains remained hard to get. Ramesh Yadav, a powerloom worker from Gorakhpur who has lived in Surat for nine years, said he had tried for a reserved berth for three weeks. "Now I will take the general coach. At least there is a train," he said.

Also read: [Surat's Polished-Diamond Exports Recover After a Slow Year](/en/article/surat-diamond-exports-recover)

Passenger groups have asked the railways to publish the special train timetable in Hindi, Odia and Bengali as well, so that workers can plan their journeys. Officials said posters in several languages would be put up at major stations and industrial areas.

The railways also warned passengers against buying tickets from touts and said checking would be stepped up at stations and in trains.`,
    category: "national",
    tags: ["Railways", "Surat", "Ahmedabad", "Festivals"],
    author: "kiran-patel",
    hoursAgo: 42,
    image: {
      alt: "Illustration of a long passenger train leaving a station",
      caption: "Special trains will leave from Ahmedabad, Surat, Vadodara and Udhna.",
      motif: "train",
    },
  },
  {
    edition: "en",
    slug: "highway-wildlife-underpasses-show-results",
    title: "Wildlife Underpasses on Highways Cut Animal Deaths, Survey Finds",
    dek: "A two-year study of underpasses built along highways through forest areas found that road deaths of large animals fell by more than half on the stretches studied.",
    body: `Underpasses built beneath highways that run through forests have sharply reduced the number of animals killed by traffic, according to a two-year survey released this week by a team of wildlife researchers.

The study covered four highway stretches in central and western India where special crossings for animals were built during road widening. Researchers placed camera traps at each underpass and counted animal deaths on the road above, comparing the results with records from before construction.

## What the cameras saw

The cameras recorded thousands of crossings by deer, wild boar, jackals, porcupines and leopards. On most stretches, road deaths of large mammals fell by more than half.

> "Animals learn. In the first months the leopards were cautious, but by the second year they used the underpass as if it had always been there," said Dr. Aditi Kulkarni, who led the field team.

The survey listed the features that made a crossing work well:

- an opening wide and tall enough for animals to see light on the other side,
- natural soil and plants on the floor, not bare concrete,
- fencing along the road that guides animals towards the crossing,
- little human activity or parking near the entrances.

## Room for improvement

Not every underpass was successful. The researchers found that two crossings were barely used because villagers had turned them into shortcuts for vehicles, and one was often flooded in the monsoon. The report recommends regular checks and clear ownership of each crossing after the road is completed.

Also read: [India Launches Earth-Observation Satellite to Aid Farmers and Disaster Teams](/en/article/india-launches-earth-observation-satellite)

Road-building officials said the findings would be used to design crossings on future highways. Wildlife groups in Gujarat said similar studies were needed on roads near Gir and the Velavadar grasslands, where blackbuck and nilgai are often hit by vehicles.

The researchers plan to continue filming at the sites for another year, and have asked drivers to observe speed limits in forest stretches, especially at night.`,
    category: "national",
    tags: ["Wildlife", "Highways", "Climate"],
    author: "kiran-patel",
    hoursAgo: 132,
    image: {
      alt: "Illustration of a road passing over green forested hills",
      caption: "Camera traps recorded thousands of animal crossings beneath highways.",
      motif: "field",
    },
  },

  // ───────────────────────────── World ─────────────────────────────
  {
    edition: "en",
    slug: "heat-action-plans-shared-at-climate-summit",
    title: "Cities Share Heat-Action Plans at Climate Summit; Ahmedabad Cited as Model",
    dek: "Mayors and health officials from more than forty cities compared how they warn residents about extreme heat, with Ahmedabad's plan held up as an early example.",
    body: `Officials from more than forty cities compared notes on protecting residents from extreme heat at an international climate meeting in Copenhagen this week, and Ahmedabad's heat action plan, first introduced in 2013, was repeatedly mentioned as an early model for South Asia.

The session, organised by a network of city governments, brought together mayors, health officers and urban planners from cities in Asia, Africa, Europe and the Americas. Many said heatwaves had become their most pressing climate risk.

## What the plans have in common

Speakers described plans that differ in detail but share a few core elements:

- an early-warning system linked to local temperature forecasts,
- clear instructions for hospitals, schools and employers on hot days,
- cooling centres and drinking-water points in public places,
- special attention to outdoor workers, the elderly and people living alone.

## The Ahmedabad example

A public health official from Ahmedabad described how the city sends colour-coded heat alerts, asks hospitals to prepare for heat-related illness, and has painted roofs in some low-income areas with reflective white coating to reduce indoor temperatures.

> "The plan is not a document in a cupboard. Every summer we test it, and every summer we find something to change," said Dr. Neha Bhatt of the city's health department.

Delegates from other cities asked about cool roofs in particular. An official from a coastal city in West Africa said her team planned to start a similar pilot in markets where traders sit in the sun all day.

Also read: [Port Cities Trial Shore Power to Cut Emissions From Docked Ships](/en/article/port-cities-trial-shore-power-for-ships)

## Gaps remain

Several speakers warned that plans only work if they reach the people most at risk. Researchers at the meeting said many cities still lack reliable data on heat deaths, making it hard to judge whether measures are working.

The network said it would publish a shared guide based on the plans presented, to help smaller cities start their own. Ahmedabad has offered to host a workshop for officials from other Indian cities before next summer.`,
    category: "world",
    tags: ["Climate", "Ahmedabad", "Heatwave"],
    author: "kiran-patel",
    hoursAgo: 22,
    featured: true,
    image: {
      alt: "Illustration of a globe under a bright, hot sun",
      caption: "City officials compared heat warnings and cooling measures at the meeting.",
      motif: "globe",
    },
  },
  {
    edition: "en",
    slug: "port-cities-trial-shore-power-for-ships",
    title: "Port Cities Trial Shore Power to Cut Emissions From Docked Ships",
    dek: "Several ports in Europe and Asia are testing systems that let ships switch off their diesel engines while berthed and draw electricity from the shore instead.",
    body: `A group of ports in Europe and Asia has begun trials that allow ships to plug into the local electricity grid while they are docked, instead of running their diesel engines to power lights, cranes and cooling systems on board.

Ships at berth often keep their auxiliary engines running for days, releasing smoke over neighbourhoods close to the harbour. Port authorities taking part in the trial say shore power can cut that pollution sharply, especially where the grid draws on cleaner sources.

## How the trial works

The participating ports have installed high-voltage connection points at selected berths. Ships fitted with the right equipment connect a cable after mooring and shut down their engines until departure.

The trial will measure several things:

1. How much fuel ships save per day at berth.
2. Changes in air quality in areas next to the port.
3. The cost of fitting older ships with connection equipment.
4. How reliably the local grid can handle the extra demand.

> "The technology is not new. What has been missing is the habit. We want captains to expect a plug when they arrive, the way a driver expects a petrol pump," said Henrik Mølgaard, a project manager at one of the ports.

## Questions of cost

Shipping companies say they support cleaner ports but want clarity on who pays. Fitting an existing vessel can cost a large sum, and electricity prices differ widely from port to port. Some operators have asked for a common standard so that a ship fitted in one country can connect in another.

Also read: [Cities Share Heat-Action Plans at Climate Summit; Ahmedabad Cited as Model](/en/article/heat-action-plans-shared-at-climate-summit)

## Interest in India

Officials at Indian ports are watching the trials closely. Port users in Gujarat, where Kandla and Mundra handle a large share of the country's cargo, said shore power could be tried first for coastal vessels and harbour tugs, which return to the same berths regularly.

Results from the first six months of the trial are expected to be published next year.`,
    category: "world",
    tags: ["Climate", "Ports", "Shipping"],
    author: "kiran-patel",
    hoursAgo: 156,
    image: {
      alt: "Illustration of a cargo ship beside a harbour on calm sea",
      caption: "Ships in the trial switch off their engines and draw power from the shore.",
      motif: "sea",
    },
  },
  {
    edition: "en",
    slug: "nairobi-gujarati-school-marks-centenary",
    title: "A Gujarati-Run School in Nairobi Marks Its Hundredth Year",
    dek: "Founded by traders from Kutch and Saurashtra, the school now teaches children of many communities and celebrated its centenary with a week of events.",
    body: `A school in Nairobi founded by Gujarati traders a hundred years ago celebrated its centenary this week, with former students travelling from India, Britain, Canada and across Kenya to attend.

The Shree Vidya Mandir, as it is known, was started in a rented room by a group of merchants from Kutch and Saurashtra who wanted their children to learn Gujarati alongside English and arithmetic. Today it teaches more than 1,200 students from many backgrounds, most of whom are not of Indian origin.

## From one room to a campus

The school's history was displayed in a photo exhibition in its main hall. Among the milestones:

- its first classes, held for eleven boys in a room above a cloth shop,
- the admission of girls a few years later, after parents petitioned the founders,
- the move to its present campus after the Second World War,
- the introduction of Swahili and computer classes in later decades.

> "My grandfather studied here, my father studied here and now my daughter does. But when I look at her class, I see Kenya, not just Gujarat. That is what makes me proud," said Kunal Thakkar, a Nairobi businessman and member of the alumni association.

## Gujarati still on the timetable

Gujarati is still taught as an optional language, and the principal, Grace Wanjiru, said enrolment in the class had risen in recent years. "Children of many backgrounds take it. Some like the script, some want to talk to their friends' grandparents," she said.

Also read: [Gujarat Budget Puts Drinking-Water Pipelines and Classrooms First](/en/article/state-budget-focuses-on-water-and-schools)

The centenary week included a cultural evening with garba and Kenyan folk dance, a cricket match between former and current students, and a seminar on the history of the Gujarati community in East Africa.

## Looking ahead

The school's trustees announced a scholarship fund for students from low-income families and plans for a new science block. Former students have pledged a large share of the cost.

The celebrations ended with the planting of a hundred trees on the school grounds, one for each year.`,
    category: "world",
    tags: ["Diaspora", "Education", "Heritage"],
    author: "kiran-patel",
    hoursAgo: 200,
    image: {
      alt: "Illustration of a globe with lines connecting two continents",
      caption: "Former students travelled from several countries for the centenary.",
      motif: "globe",
    },
  },

  // ───────────────────────────── Politics ─────────────────────────────
  {
    edition: "en",
    slug: "state-budget-focuses-on-water-and-schools",
    title: "Gujarat Budget Puts Drinking-Water Pipelines and Classrooms First",
    dek: "The state budget presented in the Assembly raises spending on piped drinking water for villages and on new classrooms in government schools.",
    body: `The Gujarat government's budget for the coming financial year, presented in the Assembly in Gandhinagar, gives a larger share of spending to drinking-water pipelines and school classrooms, two areas that members from both sides of the House had raised repeatedly in recent sessions.

The finance department said the increases were aimed at villages in Saurashtra, Kutch and the tribal belt of eastern Gujarat, where summer water shortages and crowded classrooms are most common.

## Water for villages

The budget sets aside money to extend piped drinking water to villages that still depend on tankers in summer. The main water items include:

- new pipelines from existing reservoirs to about 1,400 villages,
- repair of old pipelines to reduce leakage,
- underground storage tanks in villages at the tail end of supply networks,
- a monitoring system to check water quality at village taps.

## Classrooms and teachers

For schools, the budget funds the construction of new classrooms in government primary and secondary schools, with priority for schools where more than forty children share a room. Money has also been provided for toilets, drinking-water points and science laboratories.

> "We have built pipelines before. What is different now is that we will measure whether water actually reaches the last house," said Nilesh Dave, additional secretary in the finance department, speaking to reporters after the budget.

Also read: [Assembly Panel Takes Up Groundwater Bill After Farmers Raise Concerns](/en/article/assembly-panel-reviews-groundwater-bill)

## Opposition response

Opposition members said the announcements were welcome but that previous years' allocations for schools had not been fully spent. They demanded a district-wise list of classrooms to be built and a timeline for filling teacher vacancies.

Economists noted that the state's borrowing remains within the limits set by law, but cautioned that large construction projects often run over cost. Teachers' associations welcomed the classroom funding and asked that new rooms come with furniture and staff.

The budget will be debated in the Assembly over the coming weeks before it is put to a vote.`,
    category: "politics",
    tags: ["Gujarat Budget", "Water", "Education", "Gandhinagar"],
    author: "meera-trivedi",
    hoursAgo: 26,
    image: {
      alt: "Illustration of a legislative building with a domed roof",
      caption: "The budget was presented in the Assembly in Gandhinagar.",
      motif: "parliament",
    },
  },
  {
    edition: "en",
    slug: "assembly-panel-reviews-groundwater-bill",
    title: "Assembly Panel Takes Up Groundwater Bill After Farmers Raise Concerns",
    dek: "A select committee of the Assembly will hold hearings across the state on a proposed law to register borewells and protect falling groundwater levels.",
    body: `A proposed law to regulate the use of groundwater in Gujarat has been sent to a select committee of the Assembly, after farmers' groups and several legislators said it needed wider consultation before being passed.

The bill would require new borewells above a certain depth to be registered, set up a state groundwater authority, and allow districts with falling water tables to restrict new wells for industrial use.

## Why the bill was proposed

Officials say groundwater levels have fallen steadily in parts of north Gujarat and Saurashtra, where many farmers depend on deep borewells. In some talukas, wells now have to go several hundred feet deep to find water.

> "Nobody wants to take water away from farmers. The aim is to make sure their grandchildren still have water to draw," said Pravin Chauhan, the legislator who chairs the committee.

## Farmers' concerns

Farmers' organisations said they were worried about paperwork and fees. At a meeting in Mehsana, they listed their main demands:

1. Existing wells used for farming should be exempt from fees.
2. Registration should be possible at the village panchayat, not only at district offices.
3. Industries should face stricter limits than farmers.
4. The authority should include elected farmer representatives.

Also read: [Gujarat Budget Puts Drinking-Water Pipelines and Classrooms First](/en/article/state-budget-focuses-on-water-and-schools)

## Hearings across the state

The committee will hold public hearings in Mehsana, Rajkot, Bhuj, Surat and Godhra over the next two months. Written suggestions can also be sent to the Assembly secretariat.

Water experts have broadly welcomed the move but say a law alone is not enough. They point to the success of check dams and farm ponds in Saurashtra, built in large numbers since the late 1990s, which helped recharge wells after good monsoons.

The committee is expected to submit its report before the next session of the Assembly.`,
    category: "politics",
    tags: ["Water", "Gandhinagar", "Farmers", "Monsoon"],
    author: "meera-trivedi",
    hoursAgo: 78,
    image: {
      alt: "Illustration of a government building beside a water tank",
      caption: "The committee will hold hearings in five cities.",
      motif: "parliament",
    },
  },
  {
    edition: "en",
    slug: "gram-sabhas-to-vote-on-village-plans",
    title: "Gram Sabhas to Vote on Village Development Plans Under New Rules",
    dek: "Village assemblies will have to approve each panchayat's yearly development plan in an open meeting, with at least a third of those present being women.",
    body: `Village panchayats in Gujarat will have to place their yearly development plans before the gram sabha for a vote under new rules notified by the panchayat department this week. Until now, plans were often prepared by panchayat members and officials and approved with little public discussion.

The rules apply to more than 14,000 gram panchayats across the state and will come into force from the next planning cycle.

## What changes

Under the new rules, each village plan must be displayed at the panchayat office for at least fifteen days before the gram sabha meets. Residents can suggest changes in writing or at the meeting.

The key requirements are:

- a quorum of at least ten per cent of adult residents for the vote,
- at least one-third of those present to be women,
- separate discussion of works for Scheduled Caste and Scheduled Tribe hamlets,
- minutes and photographs of the meeting uploaded online within a week.

> "For years the gram sabha was a formality held under a tree with twenty people. Now a road or a water tank cannot be decided without the village seeing the plan first," said Geeta Rathwa, a sarpanch from Chhota Udepur district.

Also read: [State Election Commission Announces Municipal Corporation Poll Schedule](/en/article/municipal-election-schedule-announced)

## Concerns about capacity

Some panchayat secretaries said they welcomed the idea but worried about the workload, as many secretaries look after two or three villages. The department has said it will train secretaries and provide a simple format for the plan.

Civil society groups working in rural Gujarat said the quorum rule could be difficult to meet during the harvest season, and suggested that gram sabhas be scheduled with local farming calendars in mind.

## A pilot that worked

The rules follow a pilot in sixty villages of Dahod and Narmada districts last year. Officials said those villages chose more works related to water and fewer decorative projects once residents voted on the list. The department will review the rules after the first full year.`,
    category: "politics",
    tags: ["Panchayat", "Local Bodies", "Gandhinagar"],
    author: "meera-trivedi",
    hoursAgo: 170,
    image: {
      alt: "Illustration of raised hands around a ballot box",
      caption: "Village plans will now be voted on in open meetings.",
      motif: "ballot",
    },
  },

  // ───────────────────────────── Business ─────────────────────────────
  {
    edition: "en",
    slug: "surat-diamond-exports-recover",
    title: "Surat's Polished-Diamond Exports Recover After a Slow Year",
    dek: "Orders from overseas buyers have picked up, and cutting and polishing units in Varachha and Katargam are calling back workers who had left the trade.",
    body: `Surat's polished-diamond industry is showing signs of recovery after a slow year, with exporters reporting a steady rise in orders over the last three months and workers returning to cutting and polishing units in Varachha, Katargam and Mahidharpura.

Industry representatives said export shipments in the last quarter were well above the same period a year ago, although still below the levels of the trade's best years.

## Why orders are returning

Exporters gave several reasons for the pick-up:

- buyers abroad rebuilding stocks ahead of the wedding and holiday season,
- steadier prices of rough diamonds,
- more demand for smaller, lower-priced stones used in everyday jewellery,
- new buyers in West Asia and South-East Asia.

> "Last year many units worked three days a week. Now most are back to six days, and we are looking for skilled polishers again," said Hasmukh Lathiya, who runs a mid-sized unit in Katargam.

## Workers come back

During the slowdown, thousands of workers went back to their villages in Saurashtra or took up other work such as driving or textile jobs. Unit owners say many are now returning, though some have decided not to come back.

Kalpesh Gajera, a polisher from Amreli district, returned to Surat last month after spending most of the year on his family's farm. "The work is the same, but now I keep some savings aside. We have learnt that it can stop any time," he said.

Also read: [Electric Scooter Registrations Double in Gujarat in a Year](/en/article/electric-scooter-sales-double-in-gujarat)

## Caution in the trade

Industry bodies warned against reading too much into a few good months. Demand for natural diamonds faces competition from laboratory-grown stones, a segment in which Surat has itself become a major producer. Smaller units also say bank credit remains difficult to obtain.

The diamond workers' union has asked the state government to restart a welfare fund for workers who lost income during the slowdown. Officials said the request was under consideration.`,
    category: "business",
    tags: ["Surat", "Diamonds", "Exports"],
    author: "farah-sheikh",
    hoursAgo: 12,
    featured: true,
    image: {
      alt: "Illustration of a rising bar chart with a sparkling gem",
      caption: "Cutting and polishing units in Surat are calling back workers.",
      motif: "chart",
    },
  },
  {
    edition: "en",
    slug: "rajkot-cotton-prices-firm-as-sowing-begins",
    title: "Cotton Prices Firm at Rajkot Yard as Sowing Season Begins",
    dek: "Traders at the Rajkot agricultural market yard reported steady prices for old-crop cotton, while farmers weighed how much land to put under the crop this year.",
    body: `Cotton prices held firm at the Rajkot agricultural produce market yard this week, as farmers brought in the last of their stored crop and began preparing for the new sowing season. Traders said arrivals were lower than usual because many farmers were busy in their fields.

The yard is one of the largest cotton markets in Saurashtra, and its prices are closely watched by ginners and spinning mills across the state.

## What is driving prices

Traders pointed to a few factors behind the steady rates:

1. Lower stocks of old cotton with farmers and ginners.
2. Steady buying by spinning mills in Gujarat and Maharashtra.
3. Uncertainty over how much area will be sown this year.
4. Good demand for cotton seed from oil mills.

> "Prices are good, but the farmer is thinking about next year now. If he sees rain in time, he will sow cotton; if not, he may shift to groundnut," said Manoj Patel, a commission agent at the yard for over twenty years.

## Choosing between crops

Many farmers in Saurashtra grow both cotton and groundnut and decide the share of each based on rain, seed prices and last year's returns. Cotton usually fetches more but needs more water and care against pests such as the pink bollworm.

Agriculture officials advised farmers to buy seed only from licensed dealers and keep receipts, after complaints about fake seed packets last year.

Also read: [Monsoon Arrives a Week Early in Saurashtra, Farmers Begin Sowing](/en/article/monsoon-arrives-early-in-saurashtra)

## Mills watching closely

Ginning units in Rajkot and Morbi districts said they were planning to keep operations steady through the season. Owners said they expected a normal crop if rainfall was well spread, but warned that dry spells in July and August could affect yields.

The yard's management said it would install a new electronic display board showing live rates for major crops, so farmers can check prices before bringing produce to the market.`,
    category: "business",
    tags: ["Rajkot", "Farmers", "Saurashtra", "Monsoon"],
    author: "farah-sheikh",
    hoursAgo: 30,
    image: {
      alt: "Illustration of a price chart over bales of cotton",
      caption: "Arrivals at the Rajkot yard were lower as farmers turned to sowing.",
      motif: "chart",
    },
  },
  {
    edition: "en",
    slug: "alang-yard-green-recycling-certifications",
    title: "More Alang Ship-Recycling Plots Win Green Certification",
    dek: "A growing number of plots at the ship-recycling yard near Bhavnagar have met international safety and environmental standards, helping them win business from European owners.",
    body: `More ship-recycling plots at Alang, near Bhavnagar, have received certification for meeting international safety and environmental standards, the yard's plot holders' association said this week. Nearly half of the active plots now hold such certificates, up from a small number a few years ago.

Alang, on the coast of the Gulf of Khambhat, is one of the largest ship-breaking yards in the world. Ships are run aground on its long, gently sloping beach at high tide and taken apart over several months.

## What certification requires

Plot owners who have gained certification say it involved changes to almost every part of their work:

- impermeable concrete floors where ship parts are cut,
- safe removal and storage of asbestos, oils and other hazardous materials,
- training and safety gear for every worker,
- medical check-ups and proper housing for workers.

> "Ten years ago buyers asked only about the price of steel. Now they send inspectors who check the gloves on our workers' hands," said Firoz Memon, whose family has run a plot at Alang since the 1980s.

## Business benefits

Plot owners say certification has helped them win ships from European and Japanese owners who are required or expected to use approved yards. Steel from the recycled ships is sold mainly to rolling mills in Gujarat and neighbouring states.

Also read: [Port Cities Trial Shore Power to Cut Emissions From Docked Ships](/en/article/port-cities-trial-shore-power-for-ships)

## Workers' concerns

Labour groups acknowledged improvements but said conditions still varied widely between plots. They asked for regular, independent inspections and better access to a hospital for serious injuries. Many workers at Alang come from Uttar Pradesh, Bihar and Odisha and live in settlements near the yard.

The maritime board said it would expand a training institute at the yard so that more workers could be certified in safe cutting methods. Officials said a new hospital wing in the area was also planned.`,
    category: "business",
    tags: ["Alang", "Bhavnagar", "Shipping", "Ports"],
    author: "farah-sheikh",
    hoursAgo: 144,
    image: {
      alt: "Illustration of a large ship resting on a beach beside the sea",
      caption: "Ships are taken apart on Alang's long, gently sloping beach.",
      motif: "sea",
    },
  },

  // ───────────────────────────── Sports ─────────────────────────────
  {
    edition: "en",
    slug: "gujarat-girls-win-national-kho-kho-title",
    title: "Gujarat Girls Win National Kho-Kho Title in Tense Final",
    dek: "The state's junior girls' team won the national championship by a single point, with their captain defending for over three minutes in the final turn.",
    body: `Gujarat's junior girls' team won the national kho-kho championship on the final day of the tournament, beating the defending champions by a single point in a final that was decided in the last seconds of the match.

It is the first time in more than a decade that a Gujarat girls' team has won the junior title. The players, most of them from schools in Banaskantha, Panchmahal and Ahmedabad districts, were welcomed with drums at the team hotel after the match.

## How the final was won

Gujarat trailed after the first innings but came back through a series of quick dives in the chasing turns. In the final turn, captain Jalpa Thakor defended for over three minutes, running out the clock as the opposing chasers tried to corner her.

> "I was not thinking about the score. I was only thinking, do not step out of the line, do not step out of the line," Thakor said after the match, still out of breath.

The team's route to the title:

1. Won all three group matches comfortably.
2. Beat a strong side in the quarter-final by an innings.
3. Won the semi-final after extra time.
4. Took the final by one point.

## Coaches and support

Coach Ramesh Parmar, a former state player, said the team had trained for three months at a camp in Gandhinagar, practising on mats as well as on clay courts. He credited the state sports authority for arranging the camp and physiotherapy support.

Also read: [Bhavnagar Para-Athlete Wins Javelin Gold at National Championships](/en/article/bhavnagar-para-athlete-wins-javelin-gold)

## Growing interest

Kho-kho has seen a revival in recent years with professional leagues and television coverage. School sports teachers in Gujarat say more girls are signing up for the game, which needs little equipment and can be played on almost any open ground.

The state sports department announced a cash reward for each player and said the team's captain and two others would be considered for a national camp.`,
    category: "sports",
    tags: ["Kho-Kho", "Women's Sport", "Gujarat Sports"],
    author: "arjun-desai",
    hoursAgo: 18,
    image: {
      alt: "Illustration of a sports arena with lines marked on the ground",
      caption: "Gujarat's junior girls won the title by a single point.",
      motif: "stadium",
    },
  },
  {
    edition: "en",
    slug: "ahmedabad-half-marathon-draws-record-field",
    title: "Ahmedabad Half Marathon Draws Record Field of Runners",
    dek: "Close to 18,000 runners took part in events along the Sabarmati riverfront, with first-time runners making up nearly half the field.",
    body: `Close to 18,000 runners took part in the Ahmedabad half marathon on Sunday morning, the largest field in the event's history, with races starting and finishing on the Sabarmati riverfront.

The event included a half marathon, a 10 km run and a 5 km family run. Organisers said first-time participants made up nearly half of all runners, many of them from running groups formed in housing societies and offices across the city.

## The winners

The men's half marathon was won by Sandeep Gamit, a runner from Tapi district, who pulled away from the leading group in the last three kilometres. The women's race was won by Pooja Rathod of Vadodara, who set a new course record.

> "The last part along the river was hard because the sun came out, but the people cheering kept me going. I did not expect a record today," said Rathod at the finish line.

## Running for the first time

For many participants, finishing was the goal. Harshad Soni, 58, a bank employee from Maninagar, completed his first 10 km after training for six months with a group of colleagues. "Two years ago I could not climb the stairs at my office without stopping," he said.

Organisers listed the arrangements made for runners:

- water and electrolyte stations every two and a half kilometres,
- medical teams and ambulances at six points on the route,
- pacers for different finishing times in the half marathon,
- a separate start for wheelchair participants.

Also read: [Ahmedabad Metro's Second Phase Opens New Stretch Towards Gandhinagar](/en/article/ahmedabad-metro-phase-two-opens)

## Traffic and logistics

Roads near the riverfront were closed from early morning until about 10 am. The city police said traffic diversions went smoothly, and the metro started services earlier than usual to help runners reach the start.

Organisers said they would consider a staggered start next year, as some runners complained of crowding in the first kilometre. Medical teams reported a small number of cases of cramps and dehydration, all treated on site.`,
    category: "sports",
    tags: ["Ahmedabad", "Running", "Sabarmati Riverfront"],
    author: "arjun-desai",
    hoursAgo: 62,
    image: {
      alt: "Illustration of runners along a riverfront with a city skyline behind",
      caption: "Races started and finished on the Sabarmati riverfront.",
      motif: "city",
    },
  },
  {
    edition: "en",
    slug: "bhavnagar-para-athlete-wins-javelin-gold",
    title: "Bhavnagar Para-Athlete Wins Javelin Gold at National Championships",
    dek: "Twenty-three-year-old Vishal Makwana won gold in his category with a personal-best throw, after years of training on a school ground in Bhavnagar.",
    body: `Vishal Makwana, a 23-year-old para-athlete from Bhavnagar, won the gold medal in his category of the javelin throw at the national para-athletics championships, improving his personal best by more than two metres.

Makwana, who lost part of his left arm in a farm accident as a child, began throwing the javelin at school at the age of fourteen. He trained for years on a school ground with a borrowed javelin before joining a state sports academy.

## A throw to remember

Makwana's winning throw came in his fifth attempt, after he had been in third place through the first half of the competition. He raised his arms before the javelin landed, sure it was a good one.

> "I felt it leave my hand properly for the first time today. My coach always says the javelin tells you before the measuring tape does," Makwana said.

His journey so far has included:

- a district school games medal at fifteen,
- selection to the state academy at eighteen,
- a bronze at the national championships two years ago,
- gold this year with a personal best.

## Support at home

His father, a small farmer in a village outside Bhavnagar, watched the final on a phone with neighbours. Makwana said his family had sold part of their harvest one year to pay for his travel to a competition.

Also read: [Gujarat Girls Win National Kho-Kho Title in Tense Final](/en/article/gujarat-girls-win-national-kho-kho-title)

## Looking ahead

His coach, Devendra Solanki, said the target now was to qualify for international competitions. "He has the talent. What he needs is regular competition against better throwers, and good equipment," Solanki said.

The state sports authority said it would include Makwana in its scheme for elite athletes, which covers training, diet and travel costs. Para-sports officials in Gujarat said his success would encourage more young athletes with disabilities to take up sport.`,
    category: "sports",
    tags: ["Bhavnagar", "Para Sports", "Athletics", "Gujarat Sports"],
    author: "arjun-desai",
    hoursAgo: 185,
    image: {
      alt: "Illustration of a stadium with an athletics track",
      caption: "Makwana's winning throw came in his fifth attempt.",
      motif: "stadium",
    },
  },

  // ───────────────────────────── Cricket ─────────────────────────────
  {
    edition: "en",
    slug: "saurashtra-reach-ranji-trophy-final",
    title: "Saurashtra Reach Ranji Trophy Final as Young Spinner Takes Seven",
    dek: "Left-arm spinner Dhruv Kanani, 20, took seven wickets in the second innings as Saurashtra beat Karnataka by 112 runs in the semi-final in Rajkot.",
    body: `Saurashtra reached the final of the Ranji Trophy on the fourth day of their semi-final in Rajkot, beating Karnataka by 112 runs on a pitch that took more and more turn as the match went on. The hero was Dhruv Kanani, a 20-year-old left-arm spinner from Jamnagar, who took seven wickets for 41 runs in Karnataka's second innings.

Set 298 to win, Karnataka began the final day at 74 for two and were bowled out for 185 shortly after lunch.

## A spell to remember

Kanani bowled unchanged for most of the morning session from the pavilion end. He removed both set batters with deliveries that drifted in and turned away, and then ran through the lower order.

> "I was only trying to bowl the same ball again and again. The pitch did the rest, and my captain kept the field close, so every mistake was a chance," Kanani said after the match.

His figures in the match:

- first innings: 2 wickets for 63 runs,
- second innings: 7 wickets for 41 runs,
- match total: 9 wickets for 104 runs.

## How Saurashtra set it up

Saurashtra's first-innings total of 341 was built around a patient century from opener Harshil Dudhat, who batted for more than six hours. A lead of 52 runs in the first innings gave the side control, and a quick fifty from wicketkeeper Yash Bhalodia on the third evening stretched the lead.

Also read: [Baroda Under-19 Opener Hits Double Century in Cooch Behar Trophy](/en/article/baroda-under-19-opener-hits-double-century)

## The final

Saurashtra captain Chirag Vekariya said the team would not change its approach for the final. "We have won this season by doing simple things for long periods. That does not change because there is a trophy at the end," he said.

Kanani's seven-wicket haul is the best figures of his young first-class career. He made his debut only last season after impressing in age-group cricket. The final begins next week. Saurashtra have reached the Ranji Trophy final several times in the last decade and have won the title before.`,
    category: "cricket",
    tags: ["Ranji Trophy", "Saurashtra", "Rajkot", "Cricket"],
    author: "arjun-desai",
    hoursAgo: 6,
    featured: true,
    image: {
      alt: "Illustration of a cricket stadium under floodlights",
      caption: "Saurashtra sealed the semi-final win on the fourth day in Rajkot.",
      motif: "stadium",
    },
  },
  {
    edition: "en",
    slug: "baroda-under-19-opener-hits-double-century",
    title: "Baroda Under-19 Opener Hits Double Century in Cooch Behar Trophy",
    dek: "Seventeen-year-old Aditya Raulji scored 214 against Mumbai in Vadodara, the highest score by a Baroda batter in the tournament in several seasons.",
    body: `Baroda's under-19 opener Aditya Raulji scored 214 against Mumbai in the Cooch Behar Trophy at the Moti Bagh ground in Vadodara, batting for almost the whole of the second day. The 17-year-old hit 27 fours and three sixes in an innings that lasted more than eight hours.

His double century helped Baroda to 487, their highest total in the tournament this season. Mumbai were 96 for three at stumps on the second day.

## A long day at the crease

Raulji started the day on 81 and reached his hundred in the first hour. After lunch he shifted gears, taking on the spinners and using his feet to reach the pitch of the ball.

> "My coach told me that good batting is getting through the boring part. I got through it in the morning and after that it felt easy," Raulji said at the end of the day.

Team officials noted several features of his innings:

1. He did not give a clear chance until he was past 180.
2. He shared a partnership of 168 with the Baroda captain.
3. He scored most of his runs square of the wicket.
4. He batted through three separate new spells from Mumbai's quicker bowlers.

## Who is Aditya Raulji?

Raulji, a Class 12 student, started playing at a club in Vadodara at the age of nine. His father, a school teacher, used to bowl to him with a tennis ball on their terrace before school.

Also read: [Saurashtra Reach Ranji Trophy Final as Young Spinner Takes Seven](/en/article/saurashtra-reach-ranji-trophy-final)

## Selectors watching

Junior selectors were present at the ground, and Baroda officials said Raulji's consistency this season would put him in the conversation for zonal and national camps. He has scored two centuries and three fifties in the tournament so far.

Raulji said his board exams were only a few months away and that he planned to study in the evenings during the rest of the season. "My mother has made it clear: the double hundred does not count in the marksheet," he said.`,
    category: "cricket",
    tags: ["Cricket", "Vadodara", "Junior Cricket"],
    author: "arjun-desai",
    hoursAgo: 108,
    image: {
      alt: "Illustration of a cricket ground with a scoreboard",
      caption: "Raulji batted for more than eight hours at the Moti Bagh ground.",
      motif: "stadium",
    },
  },
  {
    edition: "en",
    slug: "surat-school-cricket-league-returns",
    title: "Surat Inter-School Cricket League Returns With a Girls' Division",
    dek: "The city's inter-school league is back after a three-year gap, with 64 boys' teams and, for the first time, 16 girls' teams.",
    body: `Surat's inter-school cricket league has returned after a gap of three years, with a new girls' division added this season. Sixty-four boys' teams and sixteen girls' teams from schools across the city will play over the next two months on grounds in Adajan, Vesu, Pal and Althan.

The league, run by a group of former city cricketers with support from the municipal corporation, had stopped after problems with funding and ground availability. Organisers said schools had asked for it to return every year since.

## Girls get their own league

The girls' division was added after several schools said they had girls practising with boys' teams but no matches to play. Sixteen schools have entered girls' teams, some with players who had never played with a leather ball before this year.

> "My daughter used to come home and say she only fields in the nets. Now she has her own team, her own captain and a match on Sunday. That changes everything," said Sejal Desai, a parent at the opening ceremony.

## Format and rules

The organisers have kept the format simple to get as many children playing as possible:

- twenty-over matches for boys and fifteen-over matches for girls,
- every player in the squad must get at least one match in each round,
- bowlers under 14 are limited to four overs,
- matches are played in the mornings to avoid the afternoon heat.

Also read: [Baroda Under-19 Opener Hits Double Century in Cooch Behar Trophy](/en/article/baroda-under-19-opener-hits-double-century)

## Grounds and umpires

The municipal corporation has made four grounds available on weekends. Twenty umpires, most of them retired club players, have volunteered for the season, and a short training course was held for new umpires.

Organiser Nitin Kapadia said the league would look for sponsors to cover balls and travel for schools from poorer areas. "No school should stay away because it cannot afford the match fee," he said.

The finals are expected to be played at a larger city ground, with selectors from the district association invited.`,
    category: "cricket",
    tags: ["Surat", "Cricket", "Junior Cricket", "Education"],
    author: "arjun-desai",
    hoursAgo: 220,
    image: {
      alt: "Illustration of a sports ground with young players",
      caption: "Sixteen girls' teams will play in the league for the first time.",
      motif: "stadium",
    },
  },

  // ───────────────────────────── Entertainment ─────────────────────────────
  {
    edition: "en",
    slug: "navratri-garba-grounds-go-plastic-free",
    title: "Big Garba Grounds Pledge a Plastic-Free Navratri",
    dek: "Organisers of several large garba venues in Ahmedabad, Vadodara and Surat have agreed to ban single-use plastic, with steel cups, refill stations and cloth bags instead.",
    body: `Organisers of some of the largest garba grounds in Ahmedabad, Vadodara and Surat have agreed to make this year's Navratri free of single-use plastic, replacing plastic cups, plates and bottles with steel, leaf plates and refill stations.

The pledge was signed at a meeting called by a group of organisers and civic officials, who said waste left behind after nine nights of garba had become a serious problem for cleaning staff. Some grounds draw tens of thousands of people every night.

## What will change at the venues

The organisers listed the main steps they would take:

- free drinking-water refill stations instead of bottled water,
- food stalls required to use steel, paper or leaf plates,
- a deposit system for steel tumblers at tea and juice stalls,
- separate bins for wet and dry waste, with volunteers to guide visitors.

> "People come to garba in their best clothes and leave plastic on the ground. We want them to leave only footprints," said Hetal Pandya, who has organised a large ground in Vadodara for fifteen years.

## Stall owners adjust

Food stall owners said the change would raise costs in the first year, but that they would manage if all grounds followed the same rules. Some said they had already bought steel glasses in bulk.

Also read: [Gujarati Film Festival Opens in Ahmedabad With Debut Directors in Focus](/en/article/gujarati-film-festival-opens-in-ahmedabad)

## Enforcement

Municipal officials said teams would visit grounds during the festival, and that stalls breaking the rule could be fined. Volunteers from colleges will be stationed at entry gates to collect plastic items from visitors and give them cloth bags in exchange.

Environmental groups welcomed the pledge but said the real test would be the last three nights, when crowds are largest. They also urged smaller society garbas to follow the same rules.

Organisers said they would publish the amount of waste collected at each ground after the festival, to compare it with last year.`,
    category: "entertainment",
    tags: ["Navratri", "Garba", "Ahmedabad", "Vadodara"],
    author: "kiran-patel",
    hoursAgo: 36,
    image: {
      alt: "Illustration of a festive ground lit with lamps and decorations",
      caption: "Large garba grounds will replace plastic with steel and leaf plates.",
      motif: "temple",
    },
  },
  {
    edition: "en",
    slug: "gujarati-film-festival-opens-in-ahmedabad",
    title: "Gujarati Film Festival Opens in Ahmedabad With Debut Directors in Focus",
    dek: "The five-day festival will screen 28 films, more than half of them by first-time directors, along with restored prints of older Gujarati classics.",
    body: `A five-day Gujarati film festival opened in Ahmedabad on Friday evening with the screening of "Khetar", a debut feature about a farming family in north Gujarat torn between selling their land and staying on it.

The festival will show 28 films at two venues in the city, more than half of them by first-time directors. Organisers said the programme reflected a wave of new Gujarati filmmakers telling stories from small towns and villages.

## A festival of first films

Among the films drawing attention is "Bandh Bari", a comedy set in a Rajkot housing society during a week-long water cut, and "Dariyo", a quiet drama about a fishing family in Porbandar. Several films in the programme were shot on small budgets with local actors.

> "Ten years ago a young director from Bhuj would have gone to Mumbai to make a Hindi film. Now she stays home and makes a Gujarati one, and people come to watch it," said Ketan Vyas, one of the festival's programmers.

The festival also includes:

1. Restored prints of three Gujarati films from the 1970s and 1980s.
2. A section of short films by students from design and media colleges.
3. Panel discussions on film financing and distribution.
4. A screenwriting workshop for first-time writers.

## Finding an audience

Filmmakers at the festival said the biggest challenge was not making films but getting them into cinemas and onto streaming services. Many Gujarati films get only a week in theatres, they said.

Also read: [Dayro Singers Find a New Audience Online](/en/article/dayro-singers-find-new-audience-online)

## Opening night

The opening screening was sold out, and a second show of "Khetar" was added for Saturday. Director Payal Chaudhari, 29, said she had shot the film in her own village over thirty days, with her uncle playing the lead role. "He has never acted before. But he has never sold his land either, and that is what the film is about," she said.

The festival ends on Tuesday with an awards ceremony, with prizes for best debut film, best screenplay and an audience award.`,
    category: "entertainment",
    tags: ["Ahmedabad", "Gujarati Cinema", "Film Festival"],
    author: "kiran-patel",
    hoursAgo: 86,
    image: {
      alt: "Illustration of a film reel and a cinema screen",
      caption: "The festival opened with a debut feature set in north Gujarat.",
      motif: "film",
    },
  },
  {
    edition: "en",
    slug: "dayro-singers-find-new-audience-online",
    title: "Dayro Singers Find a New Audience Online",
    dek: "Performers of the Saurashtra folk tradition say live streams and short videos have brought listeners from cities and abroad, though all-night village gatherings remain the heart of the art.",
    body: `For generations, the dayro has been an all-night gathering in the villages of Saurashtra, where singers and storytellers perform bhajans, folk songs and tales of local heroes while listeners sit on mats until dawn. Now, a new generation of performers is finding that thousands more people are listening on their phones.

Singers say live streams of dayro programmes and short clips of songs have brought audiences from Ahmedabad, Mumbai and Gujarati families abroad who had never attended one in person.

## From the village square to the screen

Lakhman Bharvad, a 34-year-old singer from a village near Junagadh, began streaming his programmes three years ago. He now has a large following online and receives invitations to perform at events in other states.

> "My grandfather sang for the people sitting in front of him. I sing for them too, but now there is also a woman in Nairobi listening while she cooks. Both matter to me," Bharvad said.

Performers listed the ways their work has changed:

- requests for specific songs now arrive in comments during a live stream,
- younger listeners discover old bhajans through short clips,
- organisers book singers after seeing their online videos,
- some income now comes from online platforms, not only from hosts.

Also read: [Big Garba Grounds Pledge a Plastic-Free Navratri](/en/article/navratri-garba-grounds-go-plastic-free)

## Keeping the tradition

Older artists have mixed feelings. Some worry that short clips reduce a long, slowly building performance to a few catchy lines. Others say the tradition has always adapted, from gramophone records to cassettes and then to video CDs sold at bus stands.

## The heart remains the same

Folk music researcher Dr. Bhavna Joshi said the core of the dayro was the relationship between the performer and the listeners in front of him. "The audience answers back, asks for a song, laughs at a joke. That conversation cannot be fully streamed," she said.

Most singers agree. Bharvad said his best nights were still in villages where the programme began after dinner and ended with tea at sunrise.`,
    category: "entertainment",
    tags: ["Folk Music", "Saurashtra", "Social Media"],
    author: "kiran-patel",
    hoursAgo: 240,
    image: {
      alt: "Illustration of a stage with a singer and a glowing screen",
      caption: "Dayro performers are reaching listeners far beyond Saurashtra.",
      motif: "film",
    },
  },

  // ───────────────────────────── Technology ─────────────────────────────
  {
    edition: "en",
    slug: "rajkot-startup-builds-gujarati-voice-assistant",
    title: "Rajkot Startup Builds a Voice Assistant That Understands Gujarati Dialects",
    dek: "A six-person team in Rajkot has built a voice assistant trained on recordings from Kathiawad, Kutch, Surat and north Gujarat, aimed at farmers and small shopkeepers.",
    body: `A small startup in Rajkot has built a voice assistant that can understand Gujarati as it is spoken in different parts of the state, from the Kathiawadi of Saurashtra to the Surti accent of south Gujarat and the dialects of Kutch.

The company, Kathan Labs, was founded two years ago by three engineering graduates from Rajkot. Its team of six has spent most of that time collecting and labelling voice recordings, they said.

## Why dialects matter

Most voice assistants on phones are trained on standard or formal Gujarati, the founders said, and struggle with the words and pronunciation people actually use in villages and markets.

> "A farmer in Amreli does not talk like a news reader. If the app cannot understand him, he will stop using it after one try," said Priyanka Kotak, the company's co-founder and chief technology officer.

The team says it collected recordings from volunteers in more than 200 villages and towns. The assistant can currently:

- answer questions about crop prices at nearby market yards,
- read out weather forecasts for a village,
- help shopkeepers note sales and payments by voice,
- fill simple government forms by asking questions aloud.

## Testing in the field

The assistant is being tested by about 3,000 users, mostly farmers and small traders in Rajkot, Amreli and Morbi districts. Early users said it worked well for common questions but sometimes confused similar-sounding words.

Also read: [GIFT City Data Centre Offers Shared Computing to Gujarat Startups](/en/article/gift-city-data-centre-opens-to-startups)

## Privacy and next steps

The founders said voice recordings used for training were collected with consent and that users can delete their data from the app. They plan to add support for speakers who mix Gujarati with Hindi and English, which is common in cities.

The startup has raised a small seed round from angel investors in Rajkot and Ahmedabad. Kotak said the team hoped to work with cooperatives and banks to reach more rural users. "Our dream is that a grandmother who has never typed a word can use a phone just by talking to it in her own Gujarati," she said.`,
    category: "technology",
    tags: ["Rajkot", "Startups", "Artificial Intelligence", "Gujarati Language"],
    author: "farah-sheikh",
    hoursAgo: 15,
    image: {
      alt: "Illustration of a smartphone with sound waves rising from it",
      caption: "The assistant has been trained on recordings from across Gujarat.",
      motif: "mobile",
    },
  },
  {
    edition: "en",
    slug: "cyber-police-bust-parcel-scam-call-centre",
    title: "Ahmedabad Cyber Police Bust Fake Parcel-Scam Call Centre",
    dek: "Police raided a rented office on the city's outskirts where callers allegedly posed as courier and customs officials to cheat people over seized parcels.",
    body: `The Ahmedabad cyber crime police raided a rented office on the city's outskirts early this morning and detained nine people suspected of running a call centre that cheated people by claiming their parcels had been seized by customs.

Police said the callers posed as courier company staff and officials, told victims that a parcel in their name contained illegal items, and then demanded money to "settle" the matter. Complaints from at least five states have been linked to the group so far.

## How the scam worked

According to the police, the callers followed a script:

1. A recorded message said a parcel in the victim's name had been stopped.
2. A caller claiming to be from the courier company transferred the call to a fake officer.
3. The "officer" threatened arrest and asked the victim to stay on a video call.
4. The victim was told to transfer money to an account for "verification".

> "The scam works on fear and hurry. No real agency will ask you to stay on a video call or send money to clear your name," said Deputy Commissioner Ajay Rana of the cyber crime branch.

## What was seized

Police said they seized laptops, more than forty mobile phones, SIM cards and notebooks containing scripts and lists of phone numbers. Bank accounts linked to the group have been frozen, and investigators are tracing the money trail.

Also read: [Rajkot Startup Builds a Voice Assistant That Understands Gujarati Dialects](/en/article/rajkot-startup-builds-gujarati-voice-assistant)

## Advice for the public

The police urged anyone receiving such calls to hang up and report the number to the national cyber crime helpline, 1930, or on the government's cyber crime portal. People who have already lost money should report it as quickly as possible, as early reporting improves the chances of freezing the funds.

Investigators said the people detained were being questioned and that more arrests were likely. They have not yet identified who ran the operation, and are examining whether the group had links to similar call centres in other cities.

The detained people will be produced in court later today.`,
    category: "technology",
    tags: ["Ahmedabad", "Cyber Safety", "Scams"],
    author: "farah-sheikh",
    hoursAgo: 4.5,
    breaking: true,
    commentsOpen: false,
    image: {
      alt: "Illustration of a mobile phone with a warning symbol",
      caption: "Police seized laptops, phones and SIM cards from the office.",
      motif: "mobile",
    },
  },
  {
    edition: "en",
    slug: "gift-city-data-centre-opens-to-startups",
    title: "GIFT City Data Centre Offers Shared Computing to Gujarat Startups",
    dek: "A new facility in Gandhinagar will rent computing time to young companies at subsidised rates, aimed at those training artificial intelligence models.",
    body: `A new data centre in GIFT City, Gandhinagar, has begun offering shared computing power to Gujarat-based startups at subsidised rates, as part of a state programme to help young technology companies that cannot afford expensive hardware.

The facility, run by a private operator under an agreement with the state's technology department, houses racks of servers with powerful graphics processors, the kind used to train artificial intelligence models.

## How startups can apply

Officials said startups registered in Gujarat could apply online for computing time. The programme has a few conditions:

- the company must be less than seven years old,
- it must show a clear technical project that needs the computing power,
- data must be stored in India,
- subsidised hours are capped for each startup per quarter.

> "A student team in Anand or Bhavnagar should not have to give up an idea because one month of computing costs more than their whole seed money," said Kavita Iyer, who heads the programme at the technology department.

## Who is using it

The first group of twelve startups includes companies working on crop disease detection, medical scans, Gujarati language tools and textile design. Founders said the rates were far below what they were paying for cloud services abroad.

Also read: [Rajkot Startup Builds a Voice Assistant That Understands Gujarati Dialects](/en/article/rajkot-startup-builds-gujarati-voice-assistant)

## Power and cooling

The data centre uses a large amount of electricity and water for cooling. The operator said part of its power would come from solar and wind contracts, and that it used a closed-loop cooling system to reduce water use.

## Questions from the industry

Some founders welcomed the move but said the application process should be quick, as startups often need computing power at short notice. Others asked for training sessions, since many small teams have little experience running large jobs.

Officials said applications would be processed within two weeks and that workshops would be held in Ahmedabad, Surat and Rajkot. The programme will be reviewed after a year.`,
    category: "technology",
    tags: ["Gandhinagar", "Startups", "Artificial Intelligence"],
    author: "farah-sheikh",
    hoursAgo: 120,
    image: {
      alt: "Illustration of a computer chip with glowing circuit lines",
      caption: "The data centre rents computing time to young companies.",
      motif: "chip",
    },
  },

  // ───────────────────────────── Automobile ─────────────────────────────
  {
    edition: "en",
    slug: "electric-scooter-sales-double-in-gujarat",
    title: "Electric Scooter Registrations Double in Gujarat in a Year",
    dek: "Transport department data shows electric two-wheeler registrations in the state doubled over the past year, while public charging points have grown across cities.",
    body: `Registrations of electric two-wheelers in Gujarat doubled over the past year, according to data from the state transport department, with Surat, Ahmedabad, Vadodara and Rajkot accounting for most of the growth.

Dealers say electric scooters now make up a noticeable share of two-wheeler sales in the large cities, especially among students, delivery workers and families buying a second vehicle.

## Why buyers are switching

Dealers and buyers gave several reasons for the jump:

- lower running costs compared with petrol scooters,
- a wider choice of models at different prices,
- state subsidies and lower registration fees for electric vehicles,
- more public charging points in cities.

> "My petrol bill was eating my earnings. Now I charge at home at night and spend a fraction of what I used to," said Imran Pathan, a food-delivery rider in Surat who switched six months ago.

## Charging points grow

Public charging points have also grown, with new stations at petrol pumps, malls, municipal parking lots and some metro stations. Housing societies in Ahmedabad and Surat have begun installing shared chargers in basements, though some residents have raised questions about fire safety and billing.

Also read: [Ahmedabad Metro's Second Phase Opens New Stretch Towards Gandhinagar](/en/article/ahmedabad-metro-phase-two-opens)

## Concerns remain

Buyers said the high cost of replacing batteries remained their biggest worry. Some older models have also faced complaints about after-sales service. Dealers said most companies now offer longer battery warranties to address these fears.

Fire officials advised owners to follow a few safety steps:

1. Use only the charger supplied by the manufacturer.
2. Avoid charging in closed rooms or near doors and staircases.
3. Do not leave scooters charging overnight if the battery is damaged.
4. Get swollen or damaged batteries checked at an authorised service centre.

Transport officials said they expected the growth to continue as more models came into the market. The department plans to publish district-wise registration data every month.`,
    category: "automobile",
    tags: ["Electric Vehicles", "Surat", "Ahmedabad", "Charging"],
    author: "farah-sheikh",
    hoursAgo: 10,
    image: {
      alt: "Illustration of an electric scooter beside a charging point",
      caption: "Surat, Ahmedabad, Vadodara and Rajkot account for most new registrations.",
      motif: "car",
    },
  },
  {
    edition: "en",
    slug: "autorickshaw-electric-retrofit-subsidy",
    title: "Old Autorickshaws Get Electric Retrofit Subsidy in Ahmedabad",
    dek: "Drivers of older CNG autorickshaws can now convert their vehicles to battery power with a state subsidy, with the first kits being fitted at approved workshops.",
    body: `Drivers of older CNG autorickshaws in Ahmedabad can now convert their vehicles to electric power with a subsidy from the state, under a pilot scheme that began this week. The first converted autorickshaws were handed back to their owners at an approved workshop in Naroda.

The retrofit replaces the CNG engine with an electric motor and battery pack, allowing drivers to keep the body of their vehicle rather than buying a new one.

## How the scheme works

Transport officials explained the main points of the pilot:

- autorickshaws between five and ten years old are eligible,
- the subsidy covers a large part of the cost of the retrofit kit,
- kits must be fitted at workshops approved by the transport department,
- the converted vehicle is re-registered as electric and tested for safety.

> "A new electric auto is too expensive for most of us. This way I keep my own vehicle and save on fuel every day," said Ramanbhai Chauhan, who has driven an autorickshaw in Ahmedabad for twenty-two years and was among the first to get his vehicle converted.

## What drivers are asking

Drivers' unions welcomed the scheme but raised practical questions. The biggest concern was charging: many drivers live in areas without a parking space or a safe place to charge overnight. Unions have asked for charging stations at autorickshaw stands.

Also read: [Electric Scooter Registrations Double in Gujarat in a Year](/en/article/electric-scooter-sales-double-in-gujarat)

## Range and reliability

Workshop owners said the converted autorickshaws could travel about 120 kilometres on a full charge, enough for most drivers' daily routes. Batteries come with a warranty, but drivers said they wanted assurance on the cost of replacement after it ends.

## Scale of the pilot

The pilot covers 2,000 autorickshaws in the first phase. If it works well, officials said it could be extended to Surat, Vadodara and Rajkot. Ahmedabad has tens of thousands of autorickshaws, making them one of the main sources of vehicle pollution in the city.

Air quality researchers said converting autorickshaws would help reduce pollution at busy junctions, where they often wait with engines running.`,
    category: "automobile",
    tags: ["Ahmedabad", "Electric Vehicles", "Autorickshaw"],
    author: "farah-sheikh",
    hoursAgo: 70,
    image: {
      alt: "Illustration of a three-wheeler with a battery symbol",
      caption: "The first converted autorickshaws were handed back to owners in Naroda.",
      motif: "car",
    },
  },

  // ───────────────────────────── Elections ─────────────────────────────
  {
    edition: "en",
    slug: "municipal-election-schedule-announced",
    title: "State Election Commission Announces Municipal Corporation Poll Schedule",
    dek: "Voting in the state's municipal corporations will be held in a single phase next month, with counting two days later; the model code of conduct comes into force immediately.",
    body: `The State Election Commission today announced the schedule for elections to Gujarat's municipal corporations, including Ahmedabad, Surat, Vadodara, Rajkot, Bhavnagar, Jamnagar, Junagadh and Gandhinagar. Voting will be held in a single phase next month, and the model code of conduct has come into force with immediate effect.

State Election Commissioner Vasant Acharya announced the dates at a press conference in Gandhinagar.

## Key dates

The schedule announced by the commission is as follows:

1. Notification and start of nominations: next week.
2. Last date for filing nominations: seven days after notification.
3. Scrutiny of nominations: the day after the last date.
4. Last date for withdrawal of candidatures: two days after scrutiny.
5. Polling: one day, from 7 am to 6 pm.
6. Counting of votes: two days after polling.

## Arrangements for voters

The commission said voting would be held using electronic voting machines at more than 11,000 polling stations. Voters can check their names on the electoral roll online or at ward offices.

> "We want every eligible voter to find their name, their booth and a smooth queue on polling day. If a name is missing, there is still time to check and raise it with the ward office," Acharya said.

Also read: [Colleges Host Drives to Enrol First-Time Voters Before Civic Polls](/en/article/colleges-host-first-time-voter-drives)

## Model code in force

With the model code of conduct in force, the state government and civic bodies cannot announce new schemes or projects in the cities going to the polls. Hoardings of political leaders on municipal property must be removed within forty-eight hours, the commission said.

Political parties welcomed the announcement and said they would release their lists of candidates soon. Reserved seats for women, Scheduled Castes, Scheduled Tribes and Other Backward Classes in each corporation have already been notified.

The commission said special arrangements would be made for voters with disabilities and senior citizens, including ramps and wheelchairs at polling stations.`,
    category: "elections",
    tags: ["Municipal Elections", "Ahmedabad", "Surat", "Gandhinagar"],
    author: "meera-trivedi",
    hoursAgo: 3,
    breaking: true,
    commentsOpen: false,
    image: {
      alt: "Illustration of a ballot box with a calendar behind it",
      caption: "Voting in the municipal corporations will be held in a single phase.",
      motif: "ballot",
    },
  },
  {
    edition: "en",
    slug: "colleges-host-first-time-voter-drives",
    title: "Colleges Host Drives to Enrol First-Time Voters Before Civic Polls",
    dek: "Student volunteers in Ahmedabad, Vadodara and Surat are helping classmates check and register their names on the voter list ahead of municipal elections.",
    body: `With municipal corporation elections approaching, colleges in Ahmedabad, Vadodara and Surat are holding drives to help first-time voters register and check their names on the electoral roll. Election officials said thousands of students had applied in the past two weeks.

The drives are run by student volunteers with help from election staff, who set up desks in college canteens and libraries during breaks between lectures.

## Help at the canteen table

At a commerce college in Vadodara, volunteers helped students fill in forms on their phones, checked documents and explained how to find their polling booth. Many students said they had assumed they were registered automatically when they turned eighteen.

> "I thought my name would just appear on the list. Now I know it does not work like that, and I have told my whole group to check," said Riya Thakkar, a second-year student who registered at the desk.

Volunteers offered students a simple checklist:

- check whether your name is on the roll for your current address,
- register if you turned eighteen by the qualifying date,
- correct any errors in name, age or photograph,
- note your polling station and ward number.

Also read: [State Election Commission Announces Municipal Corporation Poll Schedule](/en/article/municipal-election-schedule-announced)

## Why local elections matter

Organisers said students often cared more about national elections than about the municipal corporation, even though civic bodies decide on roads, buses, water and waste. Some colleges have organised debates where ward candidates will be invited to answer students' questions.

## A challenge for migrants

Students from other districts who live in hostels face a particular problem, as they are usually registered at their family address. Election officials said such students could vote only where they are registered, and should check their names at home.

Election officers said turnout among young voters in city elections had been low in the past and that they hoped the drives would change that. Results of the enrolment drive will be shared after the final electoral roll is published.`,
    category: "elections",
    tags: ["Municipal Elections", "First-Time Voters", "Education", "Vadodara"],
    author: "meera-trivedi",
    hoursAgo: 48,
    image: {
      alt: "Illustration of a ballot box with young hands placing a vote",
      caption: "Student volunteers set up desks in canteens and libraries.",
      motif: "ballot",
    },
  },

  // ───────────────────────────── Viral ─────────────────────────────
  {
    edition: "en",
    slug: "uttarayan-bird-rescue-video-goes-viral",
    title: "Video of Volunteers Freeing a Kite-String-Tangled Bird Wins Hearts",
    dek: "A two-minute clip of rescuers carefully cutting sharp kite string from a trapped kite bird on an Ahmedabad rooftop has been watched millions of times.",
    body: `A two-minute video of volunteers rescuing a black kite tangled in sharp kite string during Uttarayan has been shared widely on social media, drawing praise for the rescuers and renewed calls to stop using dangerous manja.

The clip, filmed on the roof of an old pol house in Ahmedabad, shows two volunteers from a bird rescue group gently holding the bird while a third cuts the string wrapped around its wing and leg with small scissors. At the end, the bird is placed in a cloth-lined basket to be taken to a treatment centre.

## Millions of views

The video was posted by the rescue group on the evening of Uttarayan and had been viewed millions of times within two days. Thousands of comments thanked the volunteers, and many viewers shared their own experiences of finding injured birds.

> "We did not film it to go viral. We film every rescue for our records. But if this makes one family choose a safer string next year, it was worth it," said Nirav Shah, one of the volunteers in the video.

## A busy festival for rescuers

Bird rescue groups in Ahmedabad said they received hundreds of calls over the two days of the festival. Pigeons, kites, owls and egrets were among the injured birds brought to treatment camps. Rescuers listed simple steps for people who find an injured bird:

- cover the bird with a cloth to keep it calm,
- do not pull the string; cut it carefully if you can,
- keep the bird in a ventilated box away from heat and noise,
- call a rescue helpline and wait for trained volunteers.

Also read: [Wildlife Underpasses on Highways Cut Animal Deaths, Survey Finds](/en/article/highway-wildlife-underpasses-show-results)

## Recovery

The bird in the video had a deep cut on its wing but no broken bones, veterinarians at the treatment camp said. It is expected to be released in about two weeks.

Volunteers urged people to avoid flying kites in the early morning and evening, when birds are most active, and to collect loose string from rooftops and trees after the festival.`,
    category: "viral",
    tags: ["Uttarayan", "Ahmedabad", "Wildlife", "Social Media"],
    author: "kiran-patel",
    hoursAgo: 55,
    image: {
      alt: "Illustration of kites over rooftops in an old city",
      caption: "The bird in the video is expected to be released in about two weeks.",
      motif: "city",
    },
  },
  {
    edition: "en",
    slug: "bus-conductor-returns-lost-wedding-jewellery",
    title: "Bus Conductor Returns Lost Bag of Wedding Jewellery, Earns Online Praise",
    dek: "A state transport conductor found a bag containing gold jewellery on a Junagadh–Rajkot bus and tracked down the family two days before their daughter's wedding.",
    body: `A state transport bus conductor who found a bag full of wedding jewellery left behind on his bus, and returned it to a worried family, has become an unlikely social media hero after a video of the handover was widely shared.

Conductor Bharat Vaghela found the cloth bag under a seat at the end of the Junagadh to Rajkot route. Inside were gold jewellery, some cash and a wedding invitation card.

## Tracking down the family

Vaghela handed the bag to the depot manager in Rajkot, and the two used the name and phone number printed on the wedding card to contact the family. The bride's father, a farmer from a village near Junagadh, had been searching bus stations since the previous evening.

> "When I saw the wedding card, I thought of my own daughter's wedding last year. Every rupee in that bag was a father's savings," Vaghela said.

The family travelled to the Rajkot depot the next morning, where the bag was returned in the presence of depot staff. A relative filmed the moment the bride's father touched Vaghela's feet, and the clip quickly spread online.

## Reactions online

Viewers praised the conductor in thousands of comments. Many shared their own stories of honest drivers and conductors. Some of the most common reactions:

- calls for the transport corporation to reward Vaghela,
- stories from people whose lost phones and wallets had been returned on buses,
- praise for the depot manager who helped trace the family,
- invitations to Vaghela to attend the wedding.

Also read: [Video of Volunteers Freeing a Kite-String-Tangled Bird Wins Hearts](/en/article/uttarayan-bird-rescue-video-goes-viral)

## A guest at the wedding

The family has invited Vaghela and his depot colleagues to the wedding. The transport corporation said it would honour him with a certificate and a cash award at a ceremony in Rajkot.

Vaghela, who has worked as a conductor for sixteen years, said he had returned lost items many times before, though never anything so valuable. "Usually it is umbrellas and tiffin boxes," he said.`,
    category: "viral",
    tags: ["Rajkot", "Public Transport", "Good News"],
    author: "kiran-patel",
    hoursAgo: 0.5,
    image: {
      alt: "Illustration of a bus on a highway between two towns",
      caption: "The bag was found under a seat at the end of the Junagadh–Rajkot route.",
      motif: "city",
    },
  },
];

export const enComments: SeedComment[] = [
  {
    article: "ahmedabad-metro-phase-two-opens",
    edition: "en",
    author: "ravi-joshi",
    body: "Took the new stretch this morning. Clean and on time. Please hurry with the parking at the stations though, many of us need to park a scooter first.",
    hoursAfter: 1.5,
  },
  {
    article: "ahmedabad-metro-phase-two-opens",
    edition: "en",
    author: "nisha-mehta",
    body: "Good news for students going to Gandhinagar. Hope the feeder buses actually run on time.",
    hoursAfter: 3,
  },
  {
    article: "monsoon-arrives-early-in-saurashtra",
    edition: "en",
    author: "ravi-joshi",
    body: "Steady rain in Gondal since last night. My uncle has already started sowing groundnut. Let us hope the rain continues.",
    hoursAfter: 0.5,
  },
  {
    article: "surat-diamond-exports-recover",
    edition: "en",
    author: "nisha-mehta",
    body: "My cousin returned to his unit in Katargam last month after almost a year. Relief for many families. The welfare fund should be restarted.",
    hoursAfter: 6,
  },
  {
    article: "saurashtra-reach-ranji-trophy-final",
    edition: "en",
    author: "ravi-joshi",
    body: "What a spell by Kanani! Watched the last session at Khandheri. Jamnagar should be proud.",
    hoursAfter: 2,
  },
  {
    article: "rajkot-startup-builds-gujarati-voice-assistant",
    edition: "en",
    author: "nisha-mehta",
    body: "Finally something that understands how my grandmother talks. Would love to see it support Kutchi as well.",
    hoursAfter: 8,
  },
  {
    article: "navratri-garba-grounds-go-plastic-free",
    edition: "en",
    author: "nisha-mehta",
    body: "Our society garba went plastic-free last year and it worked well. Steel glasses and one person washing them. Simple.",
    hoursAfter: 12,
  },
  {
    article: "uttarayan-bird-rescue-video-goes-viral",
    edition: "en",
    author: "ravi-joshi",
    body: "Salute to these volunteers. Everyone should save the helpline number before Uttarayan.",
    hoursAfter: 4,
  },
  {
    article: "electric-scooter-sales-double-in-gujarat",
    edition: "en",
    author: "ravi-joshi",
    body: "Running costs are low, agreed, but battery replacement price is still my worry. Good that the article mentions charging safety.",
    hoursAfter: 9.5,
  },
  {
    article: "state-budget-focuses-on-water-and-schools",
    edition: "en",
    author: "nisha-mehta",
    body: "Classrooms are welcome, but teachers are needed too. A district-wise list would help us see where the money goes.",
    hoursAfter: 20,
  },
  {
    article: "bus-conductor-returns-lost-wedding-jewellery",
    edition: "en",
    author: "nisha-mehta",
    body: "This made my morning. Honest people like Bharatbhai deserve the award.",
    hoursAfter: 0.5,
  },
];
