import { randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";

/** `headers` are extra header lines, such as List-Unsubscribe (RFC 2369, RFC 8058). */
export type Mail = { to: string; subject: string; text: string; headers?: Record<string, string> };

const from = () => process.env.MAIL_FROM ?? "Khabar Setu <no-reply@localhost>";

/** Over SMTP when SMTP_URL is set; otherwise written as a JSON file to OUTBOX_DIR (default ./data/outbox). */
export async function sendMail(mail: Mail): Promise<void> {
  if (process.env.SMTP_URL) {
    await nodemailer.createTransport(process.env.SMTP_URL).sendMail({ from: from(), ...mail });
    return;
  }
  const dir = path.resolve(/*turbopackIgnore: true*/ process.env.OUTBOX_DIR ?? "./data/outbox");
  await fs.mkdir(dir, { recursive: true });
  const file = path.join(dir, `${Date.now()}-${randomUUID()}.json`);
  const body = JSON.stringify({ from: from(), ...mail, date: new Date().toISOString() }, null, 2);
  // Written beside, then renamed, so a reader never sees half a mail.
  await fs.writeFile(`${file}.tmp`, body, { mode: 0o600 });
  await fs.rename(`${file}.tmp`, file);
}
