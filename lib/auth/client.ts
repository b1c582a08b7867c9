// Better Auth's sign-in endpoints, called from the browser with plain fetch, so its rate limiting,
// lockout, origin checks and auditing apply (same-origin POSTs carry the Origin header it checks).
// Not Better Auth's browser client: these pages make two calls, and the client would add ~12 kB to
// their first-load JavaScript (issue 6). Nothing secret here; it ships to the browser.

/** A refused call: the HTTP status (0 when the network failed) and Better Auth's error code. */
export interface AuthFailure {
  status: number;
  code?: string;
  message?: string;
}

type Result<T> = { data: T; error: null } | { data: null; error: AuthFailure };

async function post<T>(path: string, body: unknown): Promise<Result<T>> {
  let res: Response;
  try {
    res = await fetch(`/api/auth${path}`, { method: "POST", credentials: "include", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  } catch {
    return { data: null, error: { status: 0 } };
  }
  const json = (await res.json().catch(() => null)) as (Record<string, unknown> & T) | null;
  if (!res.ok) {
    const text = (k: string) => (typeof json?.[k] === "string" ? (json[k] as string) : undefined);
    return { data: null, error: { status: res.status, code: text("code"), message: text("message") } };
  }
  return { data: json as T, error: null };
}

export const authClient = {
  signIn: {
    /** Email and password: on success Better Auth sets the session cookie. */
    email: (input: { email: string; password: string }) => post<{ user?: unknown }>("/sign-in/email", input),
    /** Single sign-on: Better Auth answers with the provider's authorization URL, which the browser then opens. */
    social: async (input: { provider: string; callbackURL: string; errorCallbackURL: string }) => {
      const result = await post<{ url?: string; redirect?: boolean }>("/sign-in/social", input);
      const url = result.data?.redirect ? result.data.url : undefined;
      // Only web addresses (Better Auth's client refuses javascript:, data: and the like too).
      if (url && /^https?:\/\//i.test(url)) window.location.href = url;
      return result;
    },
  },
};
