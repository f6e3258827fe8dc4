import fs from "node:fs";
import os from "node:os";
import path from "node:path";

// Two `npm test` runs in one checkout would share .next-test and the port:
// the second waits for the first.
export async function acquireTestLock(name = "portal-test"): Promise<() => void> {
  const file = path.join(os.tmpdir(), `${name}-${Buffer.from(process.cwd()).toString("base64url").slice(-24)}.lock`);
  for (let announced = false; ;) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: "wx" });
      return () => fs.rmSync(file, { force: true });
    } catch {
      const holder = Number(fs.readFileSync(file, "utf8"));
      if (!holder || !alive(holder)) {
        fs.rmSync(file, { force: true });
        continue;
      }
      if (!announced) console.log(`Another test run (pid ${holder}) is using this checkout; waiting…`);
      announced = true;
      await new Promise((resolve) => setTimeout(resolve, 2000));
    }
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
