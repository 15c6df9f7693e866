import type { Metadata } from "next";
import { db } from "@/lib/db/client.server";
import { listUsers } from "@/lib/users/list-users.server";
import { requirePageRole } from "../../_lib/guard.server";
import { NotAllowed } from "../../_components/not-allowed";
import { PageHeader } from "../../_components/page-header";
import { CreateUserForm, UserRow } from "./user-forms";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const { actor, allowed } = await requirePageRole("ADMIN", "/admin/users");
  if (!allowed) return <NotAllowed role="admin" doing="manage users" />;
  const users = await listUsers({ db: db(), actor });
  return (
    <div className="space-y-8">
      <PageHeader title="Users">Readers read; analysts also log questions and forecasts; editors also resolve questions; admins also manage users.</PageHeader>
      <section aria-labelledby="people" className="overflow-x-auto rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
        <h2 id="people" className="mb-2 text-lg font-semibold">
          People ({users.length})
        </h2>
        <table className="w-full text-left text-sm">
          <tbody className="divide-y divide-stone-200">
            {users.map((u) => (
              <UserRow key={u.id} self={u.id === actor.id} user={{ id: u.id, email: u.email, name: u.name, role: u.role, disabled: u.disabledAt !== null }} />
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="new-user" className="max-w-2xl rounded-lg border border-stone-200 bg-white p-5 shadow-sm">
        <h2 id="new-user" className="mb-3 text-lg font-semibold">
          New user
        </h2>
        <CreateUserForm />
      </section>
    </div>
  );
}
