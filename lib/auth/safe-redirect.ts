// Where to go after signing in: only a path on this site. Anything else ("//evil.example",
// "https://…", "/\\evil") would turn the sign-in page into an open redirect.
export function safeNextPath(value: string | null | undefined, fallback = "/"): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  if (/[\u0000-\u001f]/.test(value)) return fallback;
  try {
    const url = new URL(value, "http://local.invalid");
    if (url.origin !== "http://local.invalid") return fallback;
    if (url.pathname === "/sign-in" || url.pathname === "/setup") return fallback;
    return url.pathname + url.search;
  } catch {
    return fallback;
  }
}
