"use client";

import { useEffect, useRef } from "react";

/**
 * Calls `poll` every `seconds` while the tab is visible, and once as soon as it becomes visible
 * again: a hidden tab costs the server nothing. Each reader asks the same cached URL.
 */
export function useLivePoll(poll: () => Promise<void>, seconds: number) {
  const latest = useRef(poll);
  useEffect(() => {
    latest.current = poll;
  });
  useEffect(() => {
    let timer: ReturnType<typeof setInterval> | null = null;
    const run = () => void latest.current().catch(() => {});
    const sync = () => {
      if (document.visibilityState === "visible") {
        if (timer === null) timer = setInterval(run, seconds * 1000);
      } else if (timer !== null) {
        clearInterval(timer);
        timer = null;
      }
    };
    const onVisibility = () => {
      if (document.visibilityState === "visible" && timer === null) run();
      sync();
    };
    sync();
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      document.removeEventListener("visibilitychange", onVisibility);
      if (timer !== null) clearInterval(timer);
    };
  }, [seconds]);
}
