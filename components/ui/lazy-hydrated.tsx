"use client";
import { lazy, Suspense, type ComponentType } from "react";

/**
 * A client component hydrated lazily: the server renders it into the page as usual (it shows at once,
 * without JavaScript too), and its code loads after the first paint instead of with the page (issue 6).
 * React keeps the server's HTML until the code has loaded, then hydrates it; a click before that is
 * replayed once hydrated. For controls that need not react in the first instant (forms further down,
 * header switches). Call at module level, in a "use client" file:
 * `export const X = lazyHydrated(() => import("./x").then((m) => m.X));`
 */
export function lazyHydrated<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const Lazy = lazy(() => load().then((component) => ({ default: component })));
  function LazyHydrated(props: P) {
    return (
      <Suspense>
        <Lazy {...props} />
      </Suspense>
    );
  }
  return LazyHydrated;
}
