import type { Edition } from "../schema";

// Word lists for the generated benchmark newsroom (db/seed/synthetic.ts), one set per edition.
export type Words = {
  places: string[]; subjects: string[]; objects: string[]; verbs: string[]; people: string[];
  sentences: string[]; quotes: string[]; headings: string[]; listItems: string[]; topics: string[];
  comments: [string[], string[], string[]]; spam: string[]; alsoRead: string;
  title: (w: { place: string; subject: string; object: string; verb: string }) => string;
  quote: (text: string, person: string) => string;
  alt: string;
};

export const en: Words = {
  places: ["Surat", "Rajkot", "Vadodara", "Ahmedabad", "Bhavnagar", "Jamnagar", "Junagadh", "Kutch", "Anand", "Mehsana", "Gandhinagar", "Navsari", "Morbi", "Porbandar", "Valsad", "Bharuch"],
  subjects: ["City corporation", "State government", "Farmers' groups", "Traders' body", "College students", "Railway division", "Health department", "Port authority", "Cricket association", "Young founders", "Election office", "Local film makers", "Dairy cooperative", "Textile mill owners", "Fishing community", "Bus operators", "School principals", "Residents' groups", "Forest department", "Power utility"],
  objects: ["new water supply plan", "monsoon relief measures", "ring road project", "solar rooftop subsidy", "late-night bus routes", "lake front clean-up", "textile export push", "weekend heritage walks", "cricket academy", "cheaper broadband", "new vegetable market", "flood warning sirens", "electric bus depot", "school meals upgrade", "coastal highway", "smart parking rules", "garba safety plan", "diamond bourse expansion", "startup incubator", "district hospital wing"],
  verbs: ["to review", "to debate", "to push for", "set to approve", "question", "welcome", "to expand", "prepare for", "rethink", "seek funds for", "hold hearing on", "back"],
  people: ["Hetal Shah", "Jignesh Parmar", "Rekha Solanki", "Imran Memon", "Dhaval Vyas", "Pooja Chauhan", "Manoj Rathod", "Sejal Bhatt", "Kaushik Pandya", "Ayesha Kadri"],
  sentences: [
    "Officials said work on the {object} in {place} would begin within {few} weeks.",
    "About {n} families are expected to benefit in the first phase.",
    "{person}, who has lived in the area for {few} years, said the change was overdue.",
    "The proposal will be placed before the standing committee at its next meeting.",
    "Opposition members asked for the full cost estimate to be published.",
    "A similar plan was tried in {place2} {few} years ago, with mixed results.",
    "Traders near the main market said they wanted clearer timelines.",
    "The district collector has asked departments to file weekly progress reports.",
    "An estimated ₹{n} crore has been set aside for the project.",
    "Residents said traffic during the work needs careful planning.",
    "The {subject} said a public hearing would be held before any final decision.",
    "Engineers will survey {n} sites before the tender is issued.",
  ],
  quotes: ["We will listen to every suggestion before we move ahead", "Finishing on time is our only priority", "Citizens will see the benefit directly", "This is only the beginning"],
  headings: ["What happens next", "Why it matters", "The numbers", "What residents say", "Background"],
  listItems: ["{n} new staff posts", "A helpline for complaints", "Monthly public updates", "An independent audit after a year", "Online applications"],
  topics: ["Water", "Transport", "Monsoon", "Health", "Education", "Startups", "Exports", "Infrastructure"],
  comments: [
    ["Good to see this.", "Finally!", "I am not convinced.", "This was long overdue.", "Interesting report.", "Who will pay for this?", "Hope they finish on time.", "Same problem in our area too."],
    ["The roads near our society are still broken.", "Please follow up in six months.", "My father waited years for this.", "Last time the work stopped halfway.", "Traffic is already bad near the market.", "The bus service has improved a lot."],
    ["Thanks for the detailed coverage.", "Keep it up.", "", ""],
  ],
  spam: ["Earn ₹50,000 a week from home!!! Click my profile", "Cheap followers and likes, DM now", "Best loan offer, no documents needed, call today"],
  alsoRead: "Also read",
  title: ({ place, subject, object, verb }) => `${place}: ${subject} ${verb} ${object}`,
  quote: (text, person) => `> "${text}," said ${person}.`,
  alt: "Illustration for a {category} story",
};

export const gu: Words = {
  places: ["સુરત", "રાજકોટ", "વડોદરા", "અમદાવાદ", "ભાવનગર", "જામનગર", "જૂનાગઢ", "કચ્છ", "આણંદ", "મહેસાણા", "ગાંધીનગર", "નવસારી", "મોરબી", "પોરબંદર", "વલસાડ", "ભરૂચ"],
  subjects: ["મહાનગરપાલિકા", "રાજ્ય સરકાર", "ખેડૂત મંડળ", "વેપારી મંડળ", "કોલેજના વિદ્યાર્થીઓ", "રેલવે વિભાગ", "આરોગ્ય વિભાગ", "બંદર સત્તામંડળ", "ક્રિકેટ એસોસિએશન", "યુવા સ્ટાર્ટઅપ", "ચૂંટણી કચેરી", "સ્થાનિક ફિલ્મકારો", "દૂધ સહકારી મંડળી", "કાપડ ઉદ્યોગ", "માછીમાર સમાજ", "એસટી નિગમ", "શાળા સંચાલકો", "રહીશ મંડળ", "વન વિભાગ", "વીજ કંપની"],
  objects: ["નવી પાણી યોજના", "ચોમાસા રાહત", "રિંગ રોડ પ્રોજેક્ટ", "સોલાર રૂફટોપ સબસિડી", "રાત્રિ બસ સેવા", "તળાવ કિનારાની સફાઈ", "કાપડ નિકાસ", "હેરિટેજ વોક", "ક્રિકેટ એકેડમી", "સસ્તું બ્રોડબેન્ડ", "નવું શાકમાર્કેટ", "પૂર ચેતવણી સાયરન", "ઇલેક્ટ્રિક બસ ડેપો", "મધ્યાહન ભોજન યોજના", "દરિયાકાંઠાનો હાઇવે", "સ્માર્ટ પાર્કિંગ નિયમો", "ગરબા સુરક્ષા યોજના", "હીરા બુર્સ વિસ્તરણ", "સ્ટાર્ટઅપ ઇન્ક્યુબેટર", "જિલ્લા હોસ્પિટલનું વિસ્તરણ"],
  verbs: ["અંગે સમીક્ષા કરશે", "અંગે ચર્ચા કરશે", "અંગે નિર્ણય લેશે", "માટે તૈયારી શરૂ કરશે", "માટે દરખાસ્ત મૂકશે", "અંગે વાંધા રજૂ કરશે", "માટે ભંડોળ માગશે", "અંગે જાહેર સુનાવણી યોજશે"],
  people: ["હેતલ શાહ", "જિજ્ઞેશ પરમાર", "રેખા સોલંકી", "ઇમરાન મેમણ", "ધવલ વ્યાસ", "પૂજા ચૌહાણ", "મનોજ રાઠોડ", "સેજલ ભટ્ટ", "કૌશિક પંડ્યા", "આયેશા કાદરી"],
  sentences: [
    "અધિકારીઓએ જણાવ્યું કે {place}માં {object}નું કામ {few} અઠવાડિયામાં શરૂ થશે.",
    "પહેલા તબક્કામાં આશરે {n} પરિવારોને લાભ મળવાની અપેક્ષા છે.",
    "{few} વર્ષથી આ વિસ્તારમાં રહેતા {person} કહે છે કે આ નિર્ણય ઘણા સમયથી બાકી હતો.",
    "આ દરખાસ્ત સ્થાયી સમિતિની આગામી બેઠકમાં રજૂ કરવામાં આવશે.",
    "વિપક્ષના સભ્યોએ સમગ્ર ખર્ચનો અંદાજ જાહેર કરવાની માગ કરી.",
    "{few} વર્ષ પહેલાં {place2}માં પણ આવો પ્રયોગ થયો હતો, જેનાં પરિણામ મિશ્ર રહ્યાં હતાં.",
    "મુખ્ય બજાર પાસેના વેપારીઓએ સ્પષ્ટ સમયમર્યાદાની માગ કરી.",
    "જિલ્લા કલેક્ટરે વિભાગોને દર અઠવાડિયે પ્રગતિ અહેવાલ આપવા સૂચના આપી છે.",
    "પ્રોજેક્ટ માટે અંદાજે ₹{n} કરોડની જોગવાઈ કરવામાં આવી છે.",
    "સ્થાનિક રહીશો કહે છે કે કામ દરમિયાન ટ્રાફિકનું યોગ્ય આયોજન જરૂરી છે.",
    "{subject} કહે છે કે અંતિમ નિર્ણય પહેલાં જાહેર સુનાવણી યોજાશે.",
    "ટેન્ડર બહાર પડે તે પહેલાં ઇજનેરો {n} સ્થળોનો સર્વે કરશે.",
  ],
  quotes: ["અમે લોકોનાં સૂચનો સાંભળીને જ આગળ વધીશું", "કામ સમયસર પૂરું થાય એ જ અમારી પ્રાથમિકતા છે", "નાગરિકોને તેનો સીધો લાભ મળશે", "આ તો માત્ર શરૂઆત છે"],
  headings: ["હવે આગળ શું", "કેમ મહત્ત્વનું", "આંકડા શું કહે છે", "લોકો શું કહે છે", "પૃષ્ઠભૂમિ"],
  listItems: ["{n} નવી જગ્યાઓ", "ફરિયાદ માટે હેલ્પલાઇન", "દર મહિને જાહેર માહિતી", "એક વર્ષ પછી સ્વતંત્ર ઓડિટ", "ઓનલાઇન અરજીની સુવિધા"],
  topics: ["પાણી", "પરિવહન", "ચોમાસું", "આરોગ્ય", "શિક્ષણ", "સ્ટાર્ટઅપ", "નિકાસ", "માળખાકીય સુવિધા"],
  comments: [
    ["સારા સમાચાર.", "આખરે!", "મને ભરોસો નથી.", "આ ઘણા સમયથી બાકી હતું.", "રસપ્રદ અહેવાલ.", "ખર્ચ કોણ ભોગવશે?", "આશા છે સમયસર કામ પૂરું થાય.", "અમારા વિસ્તારમાં પણ આ જ સમસ્યા છે."],
    ["અમારી સોસાયટી પાસેના રસ્તા હજુ તૂટેલા છે.", "છ મહિના પછી ફરી અહેવાલ આપજો.", "ગયા વખતે કામ અધવચ્ચે અટકી ગયું હતું.", "બજાર પાસે ટ્રાફિક પહેલેથી જ ખૂબ છે.", "બસ સેવા ઘણી સુધરી છે.", "મારા પિતાએ વર્ષો સુધી આની રાહ જોઈ."],
    ["વિગતવાર માહિતી માટે આભાર.", "આવા અહેવાલ આપતા રહો.", "", ""],
  ],
  spam: ["ઘરે બેઠા અઠવાડિયે ₹50,000 કમાઓ!!! મારી પ્રોફાઇલ જુઓ", "સસ્તા ફોલોઅર્સ મેળવો, હમણાં જ મેસેજ કરો", "કોઈ દસ્તાવેજ વગર લોન, આજે જ ફોન કરો"],
  alsoRead: "આ પણ વાંચો",
  title: ({ place, subject, object, verb }) => `${place}: ${subject} ${object} ${verb}`,
  quote: (text, person) => `> "${text}" — ${person}`,
  alt: "{category} સમાચાર માટેનું ચિત્ર",
};

export const words: Record<Edition, Words> = { en, gu };
