// Runs once when the server boots: a bad configuration stops it here, with one readable line,
// before it serves a single request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("@/lib/server/env");
  env();
}
