import Link from "next/link";

export function AdminStat({ label, value, href }: { label: string; value: number; href: string }) {
  return (
    <div className="rounded border border-line bg-paper p-4">
      <dt className="text-sm font-semibold text-muted">{label}</dt>
      <dd className="mt-1 text-3xl font-black">
        <Link href={href} className="hover:text-brand hover:underline">
          {value.toLocaleString("en-IN")}
        </Link>
      </dd>
    </div>
  );
}
