import fs from "node:fs";
import { Readable } from "node:stream";
import { findMediaFile } from "@/lib/media";

export const dynamic = "force-dynamic";

const notFound = () => new Response("Not found", { status: 404 });

// A media file is never rewritten under the same name, so browsers may keep it for a year.
export async function GET(_req: Request, { params }: { params: Promise<{ path: string[] }> }) {
  try {
    const { path: parts } = await params;
    const found = await findMediaFile((parts ?? []).join("/"));
    if (!found) return notFound();
    const stream = Readable.toWeb(fs.createReadStream(found.file)) as ReadableStream<Uint8Array>;
    return new Response(stream, {
      headers: {
        "Content-Type": found.contentType,
        "Content-Length": String(found.size),
        "Cache-Control": "public, max-age=31536000, immutable",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch {
    return notFound();
  }
}
