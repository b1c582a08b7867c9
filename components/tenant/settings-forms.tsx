"use client";
// The tenant page's thresholds and blackout-day forms (settings-form-fields.tsx), hydrated lazily: the
// server renders them into the page as usual (they show at once, without JavaScript too), and their
// code loads after the first paint instead of with the page (issue 6). React keeps the server's HTML
// until it has loaded, then hydrates it; a click before that is replayed once hydrated.
import { lazy, Suspense, type ComponentProps } from "react";
import type * as Fields from "./settings-form-fields";

const load = () => import("./settings-form-fields");
const LazyThresholds = lazy(() => load().then((m) => ({ default: m.ThresholdsForm })));
const LazyAddBlackout = lazy(() => load().then((m) => ({ default: m.AddBlackoutForm })));
const LazyRemoveBlackout = lazy(() => load().then((m) => ({ default: m.RemoveBlackoutButton })));

export function ThresholdsForm(props: ComponentProps<typeof Fields.ThresholdsForm>) {
  return (
    <Suspense>
      <LazyThresholds {...props} />
    </Suspense>
  );
}

export function AddBlackoutForm(props: ComponentProps<typeof Fields.AddBlackoutForm>) {
  return (
    <Suspense>
      <LazyAddBlackout {...props} />
    </Suspense>
  );
}

export function RemoveBlackoutButton(props: ComponentProps<typeof Fields.RemoveBlackoutButton>) {
  return (
    <Suspense>
      <LazyRemoveBlackout {...props} />
    </Suspense>
  );
}
