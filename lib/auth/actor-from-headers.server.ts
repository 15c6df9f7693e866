// Who is making a request: the holder of a bearer token, or the user of a session cookie,
// or nobody (null). The one way every route handler and server action finds its actor.
import type { Db } from "../db/client.server";
import { actorForToken } from "./api-tokens.server";
import { getAuth } from "./auth.server";
import type { Actor, Role } from "./require-role";

export async function actorFromHeaders(db: Db, headers: Headers): Promise<Actor | null> {
  const bearer = /^Bearer\s+(\S+)$/i.exec(headers.get("authorization") ?? "")?.[1];
  if (bearer) return actorForToken(db, bearer);
  if (!headers.get("cookie")) return null;
  const session = await (await getAuth(db)).api.getSession({ headers });
  if (!session) return null;
  const user = session.user as { id: string; role: Role; disabledAt?: Date | null };
  return user.disabledAt ? null : { id: user.id, role: user.role };
}
