/** The form's status line, announced politely by screen readers when it changes. */
export function FormStatus({ message, ok, id }: { message?: string; ok?: boolean; id?: string }) {
  return (
    <p id={id} aria-live="polite" className={`min-h-6 font-semibold ${ok ? "text-green-800" : "text-brand"}`}>
      {message}
    </p>
  );
}
