import Link from "next/link";
import { hasRole, type Role } from "@/lib/auth/require-role";
import { signOutAction } from "../_actions/session-actions";
import { currentUser } from "../_lib/session.server";

/** The header's right side: what the signed-in user may do, or a way to sign in. */
export async function UserMenu() {
  const user = await currentUser();
  if (!user) {
    return <Link href="/sign-in" className="rounded px-2 py-1 text-sm text-stone-600 hover:bg-stone-100">Sign in</Link>;
  }
  const actor = { id: user.id, role: user.role as Role };
  const link = "rounded px-2 py-1 text-stone-600 hover:bg-stone-100";
  return (
    <nav aria-label="Account" className="ml-auto flex flex-wrap items-center gap-1 text-sm">
      {hasRole(actor, "ANALYST") ? <Link href="/sources/new" className={link}>Add article</Link> : null}
      {hasRole(actor, "ANALYST") ? <Link href="/questions/new" className={link}>New question</Link> : null}
      {hasRole(actor, "EDITOR") ? <Link href="/resolve" className={link}>Resolve</Link> : null}
      {hasRole(actor, "ADMIN") ? <Link href="/admin/users" className={link}>Users</Link> : null}
      <Link href="/settings" className={link}>
        {user.name} <span className="text-xs text-stone-400">({user.role.toLowerCase()})</span>
      </Link>
      <form action={signOutAction}>
        <button type="submit" className={link}>Sign out</button>
      </form>
    </nav>
  );
}
