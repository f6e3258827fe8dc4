import type { Edition } from "@/db/schema";

const monthNames: Record<Edition, readonly string[]> = {
  en: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
  gu: ["જાન્યુઆરી", "ફેબ્રુઆરી", "માર્ચ", "એપ્રિલ", "મે", "જૂન", "જુલાઈ", "ઑગસ્ટ", "સપ્ટેમ્બર", "ઑક્ટોબર", "નવેમ્બર", "ડિસેમ્બર"],
};

// India Standard Time is UTC+05:30 all year (no daylight saving), so a fixed
// offset is exact and does not depend on the server's time zone or ICU data.
const istOffsetMs = 330 * 60 * 1000;

function istParts(ms: number) {
  const d = new Date(ms + istOffsetMs);
  return {
    day: d.getUTCDate(),
    month: d.getUTCMonth(),
    year: d.getUTCFullYear(),
    hour: String(d.getUTCHours()).padStart(2, "0"),
    minute: String(d.getUTCMinutes()).padStart(2, "0"),
    second: String(d.getUTCSeconds()).padStart(2, "0"),
  };
}

/** "24 June 2024, 17:33" in India time; Gujarati month names for `gu`. */
export function formatDateTime(ms: number, lang: Edition): string {
  const p = istParts(ms);
  return `${p.day} ${monthNames[lang][p.month]} ${p.year}, ${p.hour}:${p.minute}`;
}

/** "24 June 2024" in India time. */
export function formatDate(ms: number, lang: Edition): string {
  const p = istParts(ms);
  return `${p.day} ${monthNames[lang][p.month]} ${p.year}`;
}

/** ISO 8601 with the India offset, e.g. 2024-06-24T17:33:00+05:30, for <time> and JSON-LD. */
export function isoIndia(ms: number): string {
  const p = istParts(ms);
  const month = String(p.month + 1).padStart(2, "0");
  const day = String(p.day).padStart(2, "0");
  return `${p.year}-${month}-${day}T${p.hour}:${p.minute}:${p.second}+05:30`;
}
