// Roles are ordered: each can do what the ones below it can. Every mutation in lib/ checks
// its actor here, so no entry point (route, server action, script) can skip the check.
import { AppError, AppErrorCode } from "../errors/app-error";

export const ROLES = ["READER", "ANALYST", "EDITOR", "ADMIN"] as const;
export type Role = (typeof ROLES)[number];

/** Who is acting: a signed-in user (or token holder) with a role. */
export type Actor = { id: string; role: Role };

export function hasRole(actor: Actor | null, needed: Role): boolean {
  return actor !== null && ROLES.indexOf(actor.role) >= ROLES.indexOf(needed);
}

export function requireRole(actor: Actor | null, needed: Role, doing: string): Actor {
  if (!actor) throw new AppError(AppErrorCode.UNAUTHORIZED, `Sign in to ${doing}.`);
  if (!hasRole(actor, needed)) {
    throw new AppError(AppErrorCode.FORBIDDEN, `Only ${needed.toLowerCase()}s and above may ${doing}; you are signed in as ${actor.role.toLowerCase()}.`);
  }
  return actor;
}
