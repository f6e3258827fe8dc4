import path from "node:path";
import next from "next";
import { startNotificationSender } from "../mailer/notification-sender";
import { createFrontServer } from "./front-server";

// `npm start` and the end-to-end tests serve the portal through this file: Next.js's
// request handler behind a small front that caches public pages whole (README, "Caching").
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? "0.0.0.0";
(process.env as Record<string, string>).NODE_ENV = "production";

const app = next({ dev: false, dir: path.resolve(import.meta.dirname, ".."), hostname: "localhost", port });
await app.prepare();
const { server, inner } = await createFrontServer(app.getRequestHandler());

server.listen(port, hostname, () => console.log(`Serving on http://localhost:${port}`));
// Reader notifications are mailed from here, after the writes that queue them have committed.
const stopMailer = startNotificationSender();

function stop() {
  stopMailer();
  server.close();
  inner.close();
  void app.close().finally(() => process.exit(0));
  setTimeout(() => process.exit(0), 3000).unref();
}
process.on("SIGTERM", stop).on("SIGINT", stop);
