import { spawn } from "node:child_process";
import net from "node:net";
import { waitForOutput } from "./child-output";

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, () => probe.close(() => resolve(true)));
  });
}

/**
 * The portal's own server (server/main.ts) from the one test build, as a separate process on `port`;
 * or `script` in its place (scripts/start.ts: `npm start`, which prepares the database first).
 */
export async function startPortalProcess(
  port: number,
  env: Record<string, string>,
  { script = "server/main.ts", startMs = 60_000 } = {},
) {
  if (!(await portIsFree(port))) throw new Error(`port ${port} is taken: is a portal from an earlier run still up?`);
  // Node itself with tsx's loader (not the tsx wrapper), so a signal reaches the server.
  const child = spawn(process.execPath, ["--import", "tsx", script], {
    env: {
      ...process.env,
      TSX_TSCONFIG_PATH: "tsconfig.scripts.json",
      ...env,
      PORT: String(port),
      NODE_ENV: "production",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  // A test worker that ends abruptly takes its portals with it.
  const orphaned = () => child.kill("SIGKILL");
  process.once("exit", orphaned);
  await waitForOutput(child, `Serving on http://localhost:${port}`, `the portal process on port ${port}`, startMs);
  return {
    url: `http://localhost:${port}`,
    async stop() {
      process.off("exit", orphaned);
      if (child.exitCode !== null || child.signalCode !== null) return;
      const gone = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await gone;
    },
  };
}
