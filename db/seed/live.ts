import { renderMarkdown } from "@/lib/markdown";
import { insertNumbered, type SeedWriter } from "./writer";

// One story per edition covered as a live blog (stories/en/live-…md and its Gujarati translation),
// with its updates. Invented match, invented players.

export const liveSlugs = { en: "live-ranji-trophy-final-day-two", gu: "live-ranji-trophy-final-bijo-divas" } as const;

type SeedUpdate = { minutesAgo: number; headline?: string; body: string; pinned?: boolean };

const updates: Record<keyof typeof liveSlugs, SeedUpdate[]> = {
  en: [
    {
      minutesAgo: 170,
      headline: "Play begins under clear skies",
      body: "Sayan Mitra opens the bowling from the pavilion end. Vaghela leaves the first four balls alone outside off stump.",
    },
    {
      minutesAgo: 150,
      headline: "Century for Parth Vaghela",
      body: "A clip off the pads for three brings up **Vaghela's hundred**, his second of the season, from 214 balls. The crowd at the eastern stand is on its feet.",
    },
    {
      minutesAgo: 118,
      body: "Wicket! Mitra finally finds the edge of Kunal Bhatt's bat and the keeper takes a sharp catch low to his right. Saurashtra 251 for five.",
    },
    {
      minutesAgo: 84,
      headline: "Lunch: Saurashtra 288 for five",
      body: "A session that belonged to the home side: 76 runs for one wicket.\n\n- Vaghela 131 not out\n- Mehul Dodiya 24 not out\n- Mitra 2 for 58",
    },
    {
      minutesAgo: 41,
      body: "Dodiya drives the first ball after lunch through extra cover for four, then pulls the next one for six over square leg. Bengal spread the field.",
    },
    {
      minutesAgo: 12,
      headline: "Where things stand",
      body: "Saurashtra **331 for six** after 112 overs. Vaghela fell for 149, caught at long-on. Bengal want to bowl them out before tea; Saurashtra's tail has other ideas.",
      pinned: true,
    },
  ],
  gu: [
    {
      minutesAgo: 170,
      headline: "ચોખ્ખા આકાશ નીચે રમત શરૂ",
      body: "સાયન મિત્રાએ પેવેલિયન છેડેથી બોલિંગ શરૂ કરી. વાઘેલાએ ઑફ સ્ટમ્પની બહારના પહેલા ચાર બોલ છોડી દીધા.",
    },
    {
      minutesAgo: 150,
      headline: "પાર્થ વાઘેલાની સદી",
      body: "પગ પરથી ત્રણ રન લઈને **વાઘેલાએ સદી પૂરી કરી**, આ સિઝનની તેમની બીજી સદી, 214 બોલમાં. પૂર્વ સ્ટેન્ડના પ્રેક્ષકો ઊભા થઈને તાળીઓ પાડી રહ્યા છે.",
    },
    {
      minutesAgo: 118,
      body: "વિકેટ! મિત્રાએ આખરે કુણાલ ભટ્ટના બેટની ધાર શોધી અને વિકેટકીપરે જમણી બાજુ નીચો શાનદાર કેચ પકડ્યો. સૌરાષ્ટ્ર 5 વિકેટે 251.",
    },
    {
      minutesAgo: 84,
      headline: "લંચ: સૌરાષ્ટ્ર 5 વિકેટે 288",
      body: "આ સત્ર યજમાન ટીમનું રહ્યું: એક વિકેટના ભોગે 76 રન.\n\n- વાઘેલા 131 અણનમ\n- મેહુલ ડોડિયા 24 અણનમ\n- મિત્રા 58 રનમાં 2 વિકેટ",
    },
    {
      minutesAgo: 41,
      body: "લંચ પછીના પહેલા જ બોલે ડોડિયાએ એક્સ્ટ્રા કવર પરથી ચોગ્ગો ફટકાર્યો અને પછીના બોલે સ્ક્વેર લેગ ઉપરથી છગ્ગો. બંગાળે ફિલ્ડ ફેલાવી.",
    },
    {
      minutesAgo: 12,
      headline: "અત્યારની સ્થિતિ",
      body: "112 ઓવર પછી સૌરાષ્ટ્ર **6 વિકેટે 331**. વાઘેલા 149 રને લોંગ-ઑન પર કેચ આઉટ થયા. બંગાળ ચા પહેલાં ઇનિંગ્સ સમેટવા માગે છે; સૌરાષ્ટ્રના પૂંછડિયા બેટ્સમેનોનો ઇરાદો જુદો છે.",
      pinned: true,
    },
  ],
};

/** Makes the two live stories live blogs, started when they were published, with their updates. */
export async function seedLiveBlogs(
  writer: SeedWriter,
  articleIds: Map<string, { id: number; publishedAt: number }>,
  editorId: number,
  now: number,
) {
  for (const edition of ["en", "gu"] as const) {
    const article = articleIds.get(`${edition}:${liveSlugs[edition]}`);
    if (!article) continue;
    await writer.insert("live_blogs", ["article_id", "started_at"], [[article.id, article.publishedAt]]);
    const ids = await insertNumbered(
      writer,
      "live_updates",
      ["article_id", "headline", "body", "body_html", "created_by", "created_at"],
      updates[edition].map((update) => [
        article.id,
        update.headline ?? null,
        update.body,
        renderMarkdown(update.body),
        editorId,
        now - update.minutesAgo * 60_000,
      ]),
    );
    const pinned = updates[edition].findLastIndex((update) => update.pinned);
    if (pinned >= 0)
      await writer.run(`update "live_blogs" set "pinned_update_id" = ? where "article_id" = ?`, [
        ids[pinned],
        article.id,
      ]);
  }
}
