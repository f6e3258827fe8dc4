import { spawn } from "node:child_process";
import { waitForOutput } from "./child-output";

/** The portal's own server (server/main.ts) from the one test build, as a separate process on `port`. */
export async function startPortalProcess(port: number, env: Record<string, string>) {
  const child = spawn("node_modules/.bin/tsx", ["server/main.ts"], {
    env: { ...process.env, ...env, PORT: String(port), NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  await waitForOutput(child, `Serving on http://localhost:${port}`, `the portal process on port ${port}`);
  return {
    url: `http://localhost:${port}`,
    async stop() {
      if (child.exitCode !== null) return;
      const gone = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await gone;
    },
  };
}
