import type { ChildProcess } from "node:child_process";

/** Resolves when the child prints `line` on its standard output; rejects if it exits first or after `ms`. */
export function waitForOutput(child: ChildProcess, line: string, what: string, ms = 60_000): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = "";
    const timer = setTimeout(() => fail(new Error(`${what} did not start within ${ms / 1000} s`)), ms);
    const onData = (chunk: Buffer) => {
      seen = (seen + chunk.toString()).slice(-4096);
      if (seen.includes(line)) finish();
    };
    const onExit = (code: number | null) => fail(new Error(`${what} exited (${code}) before it was ready`));
    const cleanUp = () => {
      clearTimeout(timer);
      child.stdout?.off("data", onData);
      child.off("exit", onExit);
      // Keep draining the output so the child never blocks on a full pipe.
      child.stdout?.resume();
    };
    const finish = () => (cleanUp(), resolve());
    const fail = (error: Error) => (cleanUp(), reject(error));
    child.stdout?.on("data", onData);
    child.once("exit", onExit);
  });
}
