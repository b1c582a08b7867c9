// Integration tests call server actions as plain functions, outside a Next request. This stands in
// for `next/headers` (vi.mock it with `nextHeadersModule`) with one request's headers and cookies,
// which a test sets before each call: who is calling is exactly the cookie it puts here.
export const requestScope = { headers: new Headers(), jar: new Map<string, string>() };

/** Sets up the next call: its cookie header (a session, or none) and any other headers. */
export function setRequest({ cookie, headers = {} }: { cookie?: string | null; headers?: Record<string, string> } = {}) {
  requestScope.headers = new Headers({ "x-forwarded-for": "203.0.113.7", ...headers, ...(cookie ? { cookie } : {}) });
  requestScope.jar = new Map((cookie ?? "").split(/;\s*/).filter(Boolean).map((c) => c.split("=", 2) as [string, string]));
}

const cookieStore = {
  get: (name: string) => (requestScope.jar.has(name) ? { name, value: requestScope.jar.get(name)! } : undefined),
  getAll: () => [...requestScope.jar].map(([name, value]) => ({ name, value })),
  has: (name: string) => requestScope.jar.has(name),
  set: (name: string, value: string) => void requestScope.jar.set(name, value),
  delete: (name: string) => void requestScope.jar.delete(name),
};

export const nextHeadersModule = {
  headers: async () => requestScope.headers,
  cookies: async () => cookieStore,
};

export const nextCacheModule = { revalidatePath: () => undefined, revalidateTag: () => undefined };
