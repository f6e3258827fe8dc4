import type { IncomingMessage } from "node:http";

// A server action called with arguments (not a form) sends them as React's JSON
// reply text. Next 16.4 answers a body that is not JSON with a 500 before any of
// our code runs; this looks first, and puts the bytes back for Next to read.

const isActionText = (req: IncomingMessage) =>
  req.method === "POST" &&
  Boolean(req.headers["next-action"]) &&
  /^text\/plain\b/i.test(req.headers["content-type"] ?? "");

/** Resolves false when the request is an action whose text body is not JSON; the body stays readable either way. */
export async function actionBodyIsWellFormed(req: IncomingMessage): Promise<boolean> {
  const length = Number(req.headers["content-length"]);
  if (!isActionText(req) || !Number.isSafeInteger(length) || length <= 0) return true;
  const body = await readExactly(req, length);
  req.unshift(body);
  try {
    JSON.parse(body.toString("utf8"));
    return true;
  } catch {
    return false;
  }
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
