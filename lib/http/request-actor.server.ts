// The actor of an API request: bearer token or session cookie (lib/auth/actor-from-headers.server.ts).
import { actorFromHeaders } from "../auth/actor-from-headers.server";
import type { Actor } from "../auth/require-role";
import { db } from "../db/client.server";

export function requestActor(request: Request): Promise<Actor | null> {
  return actorFromHeaders(db(), request.headers);
}
