import type { Edition } from "@/db/schema";
import { TimeStamp } from "./time-stamp";

/** A dictionary template such as "Updated: {date}" with a <time> in place of {date}. */
export function LabelledTime({ template, ms, lang }: { template: string; ms: number; lang: Edition }) {
  const [before, after = ""] = template.split("{date}");
  return (
    <>
      {before}
      <TimeStamp ms={ms} lang={lang} />
      {after}
    </>
  );
}
