"use client";
import { useEffect, useState } from "react";

/**
 * A module a client component needs only once the person acts (a validator, a linter, a poller):
 * imported right after the first paint instead of with the page, so it is not part of the page's
 * first-load JavaScript (issue 6). null until loaded; pass a module-level loader
 * (`const load = () => import("./x")`) so the effect runs once.
 */
export function useDeferredModule<T extends object>(load: () => Promise<T>): T | null {
  const [mod, setMod] = useState<T | null>(null);
  useEffect(() => {
    let live = true;
    void load().then((m) => {
      if (live) setMod(m);
    });
    return () => {
      live = false;
    };
  }, [load]);
  return mod;
}
