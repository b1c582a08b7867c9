"use client";
import { useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * Page Up / Page Down switch months and Home returns to this month, as in date pickers; ignored while
 * typing in a field or with a modifier held, so the browser's own shortcuts keep working.
 */
export function MonthKeys({ previous, next, current }: { previous: string; next: string; current: string }) {
  const router = useRouter();
  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      const el = e.target as HTMLElement | null;
      if (el && (el.isContentEditable || ["INPUT", "SELECT", "TEXTAREA"].includes(el.tagName))) return;
      const href = e.key === "PageUp" ? previous : e.key === "PageDown" ? next : e.key === "Home" ? current : null;
      if (!href) return;
      e.preventDefault();
      router.push(href);
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [router, previous, next, current]);
  return null;
}
