import "server-only";
// The signed-in person's context for server components. Anonymous visitors are sent to sign in
// (and back afterwards); a page above their role answers "not found", like a tenant they may not see.
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { atLeast, type Role } from "@/lib/auth/roles";
import { safeNextPath } from "@/lib/auth/safe-redirect";
import type { ServiceContext } from "@/lib/server/context";
import { NotFoundError } from "@/lib/server/errors";
import { sessionContext, type SessionUser } from "@/lib/server/session";

/** proxy.ts copies the requested path into this header: server components do not otherwise know it. */
export const PATH_HEADER = "x-eh-path";

// One session lookup per render, however many components ask.
const currentSession = cache(async () => sessionContext(await headers()));

async function requireSession() {
  const session = await currentSession();
  if (!session) {
    const path = safeNextPath((await headers()).get(PATH_HEADER));
    redirect(path === "/" ? "/sign-in" : `/sign-in?next=${encodeURIComponent(path)}`);
  }
  return session;
}

/** The context every dashboard page acts in; `role` is the least role the page needs. */
export async function getRequestContext(opts: { role?: Role } = {}): Promise<ServiceContext> {
  const { ctx } = await requireSession();
  if (opts.role && !atLeast(ctx.actor.role, opts.role)) notFound();
  return ctx;
}

/** Who is signed in, for the page frame (name, role, menu). */
export async function getSignedInUser(): Promise<SessionUser & { role: Role }> {
  const { ctx, user } = await requireSession();
  return { ...user, role: ctx.actor.role };
}

/** The signed-in person, or null (the sign-in and setup pages send them on). */
export async function getOptionalSession() {
  return currentSession();
}

/** Awaits a lookup and answers "not found" (the page, with status 404) when it throws NotFoundError. */
export async function orNotFound<T>(lookup: Promise<T>): Promise<T> {
  try {
    return await lookup;
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    throw e;
  }
}
