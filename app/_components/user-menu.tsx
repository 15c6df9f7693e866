import Link from "next/link";
import { hasRole, type Role } from "@/lib/auth/require-role";
import { signOutAction } from "../_actions/session-actions";
import { currentUser } from "../_lib/session.server";

/** What each role may open from the header, in the order shown. */
const ROLE_LINKS: Array<{ href: string; label: string; role: Role }> = [
  { href: "/sources/new", label: "Add article", role: "ANALYST" },
  { href: "/questions/new", label: "New question", role: "ANALYST" },
  { href: "/import", label: "Import", role: "ANALYST" },
  { href: "/resolve", label: "Resolve", role: "EDITOR" },
  { href: "/admin/users", label: "Users", role: "ADMIN" },
];

/** The header's right side: what the signed-in user may do, or a way to sign in. */
export async function UserMenu() {
  const user = await currentUser();
  if (!user) {
    return (
      <Link href="/sign-in" className="rounded px-2 py-1 text-sm text-stone-600 hover:bg-stone-100">
        Sign in
      </Link>
    );
  }
  const actor = { id: user.id, role: user.role as Role };
  const link = "rounded px-2 py-1 text-stone-600 hover:bg-stone-100";
  return (
    <nav aria-label="Account" className="ml-auto flex flex-wrap items-center gap-1 text-sm">
      {ROLE_LINKS.filter((l) => hasRole(actor, l.role)).map((l) => (
        <Link key={l.href} href={l.href} className={link}>
          {l.label}
        </Link>
      ))}
      <Link href="/settings" className={link}>
        {user.name} <span className="text-xs text-stone-600">({user.role.toLowerCase()})</span>
      </Link>
      <form action={signOutAction}>
        <button type="submit" className={link}>
          Sign out
        </button>
      </form>
    </nav>
  );
}
