"use client";

import Link from "next/link";
import { useActionState } from "react";
import type { Dictionary } from "@/lib/i18n";
import type { MediaFormState } from "./schema";

type Props = {
  id: number;
  action: (state: MediaFormState, formData: FormData) => Promise<MediaFormState>;
  t: Dictionary["admin"]["media"]["remove"];
};

/** Deleting asks first; a refusal names the stories that still use the image, each linked to its editor. */
export function MediaDeleteForm({ id, action, t }: Props) {
  const [state, formAction, pending] = useActionState(action, {} as MediaFormState);
  return (
    <form
      action={formAction}
      aria-labelledby="media-delete-heading"
      className="flex flex-col gap-2 rounded border border-line bg-paper p-4"
      onSubmit={(event) => {
        if (!window.confirm(t.confirm)) event.preventDefault();
      }}
    >
      <h2 id="media-delete-heading" className="text-lg font-bold">
        {t.heading}
      </h2>
      <p className="text-sm text-muted">{t.intro}</p>
      <input type="hidden" name="id" value={id} />
      <div role="alert" className="font-semibold text-brand">
        {state.message ? <p>{state.message}</p> : null}
        {state.inUse?.length ? (
          <ul className="mt-1 list-disc pl-6">
            {state.inUse.map((story) => (
              <li key={story.id}>
                <Link href={`/admin/articles/${story.id}`} className="underline">
                  {story.title}
                </Link>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <button
        type="submit"
        disabled={pending}
        className="self-start rounded border border-brand px-4 py-2 font-semibold text-brand hover:bg-wash disabled:opacity-60"
      >
        {t.submit}
      </button>
    </form>
  );
}
