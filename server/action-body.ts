import type { IncomingMessage } from "node:http";
import { replyIsSound } from "./action-reply";

// A server action called from a page sends its arguments as React's reply encoding, as text or as
// multipart form data. Next 16.4 answers a body it cannot decode with a 500 before any of our code
// runs; this reads the body first, checks it (server/action-reply.ts) and puts the bytes back for
// Next to read. Forms posted without JavaScript carry no Next-Action header and are not read here.

export type ActionBodyVerdict = "sound" | "malformed" | "length-required";

const isAction = (req: IncomingMessage) => req.method === "POST" && Boolean(req.headers["next-action"]);

/** The JSON parts of a multipart body, by id ("0", "1"…); the form's own fields ("_1_title"…) are not parts. */
async function multipartModels(body: Buffer, contentType: string): Promise<Map<number, string> | null> {
  try {
    const form = await new Response(new Uint8Array(body), { headers: { "content-type": contentType } }).formData();
    const models = new Map<number, string>();
    for (const [name, value] of form) {
      if (/^\d+$/.test(name) && typeof value === "string") models.set(Number(name), value);
    }
    return models;
  } catch {
    return null;
  }
}

/** Whether Next can decode this request's action arguments; the body stays readable either way. */
export async function checkActionBody(req: IncomingMessage): Promise<ActionBodyVerdict> {
  if (!isAction(req)) return "sound";
  const contentType = req.headers["content-type"] ?? "";
  const text = /^text\/plain\b/i.test(contentType);
  const multipart = /^multipart\/form-data\b/i.test(contentType);
  if (!text && !multipart) return "sound";
  // Browsers always send a length with an action; reading an unbounded stream here could not be undone.
  const length = Number(req.headers["content-length"]);
  if (!Number.isSafeInteger(length) || length < 0) return "length-required";
  if (length === 0) return "malformed";
  const body = await readExactly(req, length);
  req.unshift(body);
  const models = text ? new Map([[0, body.toString("utf8")]]) : await multipartModels(body, contentType);
  return models && replyIsSound(models) ? "sound" : "malformed";
}

/** Reads `length` bytes without letting the stream end, so they can be unshifted back. */
function readExactly(req: IncomingMessage, length: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    const done = (error?: Error) => {
      req.off("readable", onReadable).off("error", done).off("end", onEnd);
      if (error) reject(error);
      else resolve(Buffer.concat(chunks));
    };
    const onEnd = () => done();
    const onReadable = () => {
      for (let chunk: Buffer | null; total < length && (chunk = req.read()) !== null;) {
        chunks.push(chunk);
        total += chunk.length;
      }
      if (total >= length) done();
    };
    req.on("readable", onReadable).on("error", done).on("end", onEnd);
  });
}
