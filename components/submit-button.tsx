export function SubmitButton({ label, pending }: { label: string; pending?: boolean }) {
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className="self-start rounded bg-brand px-5 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-60"
    >
      {label}
    </button>
  );
}
