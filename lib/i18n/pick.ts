// The part of the messages a set of client components needs: each key is a namespace path as passed to
// `useTranslations` ("tenant", "auth.errors"), and the whole subtree under it is kept.

type Tree = { [key: string]: unknown };

const isTree = (v: unknown): v is Tree => typeof v === "object" && v !== null && !Array.isArray(v);

/** The messages under the given namespace paths, in their nested shape; unknown paths are skipped. */
export function pickMessages(messages: Tree, keys: readonly string[]): Tree {
  const out: Tree = {};
  // Shortest first, and a path under one already taken is skipped: `out` never writes into `messages`.
  const sorted = [...new Set(keys)].sort((a, b) => a.split(".").length - b.split(".").length);
  const taken: string[] = [];
  for (const key of sorted) {
    if (taken.some((t) => key.startsWith(`${t}.`))) continue;
    const parts = key.split(".");
    let from: unknown = messages;
    for (const p of parts) from = isTree(from) ? from[p] : undefined;
    if (from === undefined) continue;
    taken.push(key);
    let to = out;
    for (const p of parts.slice(0, -1)) to = isTree(to[p]) ? (to[p] as Tree) : (to[p] = {});
    to[parts.at(-1)!] = from;
  }
  return out;
}
