// Small normalisers shared by the transforms: OS names, timestamps, empty strings.
import type { Os } from "@/lib/domain/types";

/** Maps the vendors' OS names ("Windows 11", "Mac OS X", "macOS", "Darwin") onto our `Os`; others are null. */
export function osFromName(name: string | null | undefined): Os | null {
  const value = (name ?? "").trim().toLowerCase();
  if (!value) return null;
  if (value.startsWith("win")) return "windows";
  if (value.startsWith("mac") || value === "os x" || value.startsWith("darwin") || value === "osx") return "macos";
  return null;
}

/** ISO 8601 from an ISO string or epoch seconds / milliseconds; null when absent or unparseable. */
export function toIsoTime(value: string | number | null | undefined): string | null {
  if (value === null || value === undefined || value === "") return null;
  const numeric = typeof value === "number" ? value : /^\d+(\.\d+)?$/.test(value) ? Number(value) : undefined;
  const ms = numeric === undefined ? Date.parse(String(value)) : numeric > 1e12 ? numeric : numeric * 1000;
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

/** "" and whitespace become null: vendors use both for "none". */
export function blankToNull(value: string | null | undefined): string | null {
  return value === null || value === undefined || value.trim() === "" ? null : value;
}
