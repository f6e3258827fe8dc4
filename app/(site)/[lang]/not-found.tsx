import { NotFoundMessage } from "@/components/not-found-message";

// Rendered inside the edition layout, which already knows the language; the
// page itself cannot read params, so it offers both editions' wording.
export default function EditionNotFound() {
  return <NotFoundMessage />;
}
