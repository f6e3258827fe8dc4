"use server";

import "server-only";
import type { LibraryItem } from "@/components/admin/media-picker";
import { listMedia } from "@/db/queries/media";
import { refusalMessage } from "@/auth/access";
import { checkCaller } from "@/auth/session";
import { getAdminLanguage } from "../admin-language";
import { pickerQuerySchema } from "./schema";

const pickerPageSize = 12;

/** The article editor's picker: one page of the library for a search, newest first. */
export async function searchLibrary(
  query: unknown,
  page: unknown,
): Promise<{ items: LibraryItem[]; more: boolean; message?: string }> {
  const editor = await checkCaller("editor");
  if (!editor.ok) return { items: [], more: false, message: refusalMessage(await getAdminLanguage(), editor.reason) };
  const input = pickerQuerySchema.parse({ query, page });
  const { rows, total } = await listMedia({ query: input.query || undefined }, input.page, pickerPageSize);
  const items = rows.map(({ id, path, width, height, altEn, altGu, fileName }) => ({
    id,
    path,
    width,
    height,
    altEn,
    altGu,
    fileName,
  }));
  return { items, more: input.page * pickerPageSize < total };
}
