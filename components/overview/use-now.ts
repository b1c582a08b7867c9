"use client";
import { useEffect, useState } from "react";

/** The current time, re-read every `everyMs` (countdowns move without a reload); starts at the server's instant. */
export function useNow(initial: string, everyMs = 30_000): Date {
  const [now, setNow] = useState(() => new Date(initial));
  useEffect(() => {
    const first = setTimeout(() => setNow(new Date()), 0);
    const id = setInterval(() => setNow(new Date()), everyMs);
    return () => {
      clearTimeout(first);
      clearInterval(id);
    };
  }, [everyMs]);
  return now;
}
