// The signed-in user of the current request, for pages and server actions.
import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { actorFromHeaders } from "@/lib/auth/actor-from-headers.server";
import type { Actor } from "@/lib/auth/require-role";
import { db } from "@/lib/db/client.server";

/** The actor of this request (one lookup per request), or null when signed out. */
export const currentActor = cache(async (): Promise<Actor | null> => {
  try {
    return await actorFromHeaders(db(), await headers());
  } catch {
    // A stale or revoked token in a browser reads as signed out; the API answers 401 instead.
    return null;
  }
});

/** The signed-in user's name and role, for the page header. */
export const currentUser = cache(async () => {
  const actor = await currentActor();
  if (!actor) return null;
  const user = await db().user.findUnique({ where: { id: actor.id }, select: { id: true, name: true, email: true, role: true } });
  return user;
});
