import Link from "next/link";
import type { Category, Edition } from "@/db/schema";
import { paths } from "@/lib/paths";

type Props = { lang: Edition; categories: Category[]; homeLabel: string; className: string };

export function SectionNav({ lang, categories, homeLabel, className }: Props) {
  return (
    <ul className={className}>
      <li>
        <Link href={paths.home(lang)} className="flex min-h-11 items-center px-3 font-semibold hover:text-brand">
          {homeLabel}
        </Link>
      </li>
      {categories.map((category) => (
        <li key={category.id}>
          <Link href={paths.category(lang, category.slug)} className="flex min-h-11 items-center px-3 hover:text-brand">
            {lang === "gu" ? category.nameGu : category.nameEn}
          </Link>
        </li>
      ))}
    </ul>
  );
}
