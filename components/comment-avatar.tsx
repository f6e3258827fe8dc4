import { initials } from "@/lib/comments/initials";

export function CommentAvatar({ name }: { name: string }) {
  return (
    <span
      aria-hidden="true"
      className="inline-flex size-9 shrink-0 items-center justify-center rounded-full bg-wash text-sm font-bold text-brand ring-1 ring-line"
    >
      {initials(name)}
    </span>
  );
}
