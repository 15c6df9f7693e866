// Pages that write: signed-out visitors are sent to sign in; signed-in users without the
// role see why not. (The domain functions check the role again on every write.)
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { type Actor, hasRole, type Role } from "@/lib/auth/require-role";
import { currentActor } from "./session.server";

export async function requirePageRole(role: Role, path: string): Promise<{ actor: Actor; allowed: boolean }> {
  const actor = await currentActor();
  if (!actor) redirect(`/sign-in?next=${encodeURIComponent(path)}`);
  await headers(); // keep the page dynamic
  return { actor, allowed: hasRole(actor, role) };
}
