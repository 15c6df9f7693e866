import type { Metadata } from "next";
import { listApiTokens } from "@/lib/auth/api-tokens.server";
import { db } from "@/lib/db/client.server";
import { formatLongDate } from "@/lib/dates";
import { requirePageRole } from "../_lib/guard.server";
import { currentUser } from "../_lib/session.server";
import { PageHeader } from "../_components/page-header";
import { ChangePasswordForm, CreateTokenForm, RevokeTokenButton } from "./settings-forms";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage({ searchParams }: { searchParams: Promise<{ revoked?: string }> }) {
  const { revoked } = await searchParams;
  const { actor } = await requirePageRole("READER", "/settings");
  const [user, all] = await Promise.all([currentUser(), listApiTokens({ db: db(), actor })]);
  // A revoked token can do nothing: it leaves the list (the audit trail keeps it).
  const tokens = all.filter((t) => !t.revokedAt);
  return (
    <div className="space-y-8">
      <PageHeader title="Settings">
        Signed in as {user?.name} ({user?.email}), {actor.role.toLowerCase()}.
      </PageHeader>
      <section aria-labelledby="tokens" className="rounded-lg border border-stone-200 bg-white p-5 shadow-sm">
        <h2 id="tokens" className="mb-1 text-lg font-semibold">
          API tokens
        </h2>
        <p className="mb-4 text-sm text-stone-600">
          Send one as <code className="rounded bg-stone-100 px-1">Authorization: Bearer &lt;token&gt;</code>; it acts with your role. Only a hash is kept.
        </p>
        {revoked ? (
          <p role="status" className="mb-4 rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
            Token “{revoked}” revoked: it no longer works.
          </p>
        ) : null}
        {tokens.length === 0 ? (
          <p className="mb-4 text-sm text-stone-500">You have no tokens.</p>
        ) : (
          <table className="mb-4 w-full text-left text-sm">
            <thead className="text-xs uppercase tracking-wide text-stone-500">
              <tr>
                <th className="py-1">Name</th>
                <th>Starts with</th>
                <th>Created</th>
                <th>Last used</th>
                <th>
                  <span className="sr-only">Action</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-200">
              {tokens.map((t) => (
                <tr key={t.id}>
                  <td className="py-2">{t.name}</td>
                  <td className="font-mono text-xs">{t.prefix}…</td>
                  <td>{formatLongDate(t.createdAt)}</td>
                  <td>{t.lastUsedAt ? formatLongDate(t.lastUsedAt) : "never"}</td>
                  <td className="text-right">
                    <RevokeTokenButton tokenId={t.id} name={t.name} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <CreateTokenForm />
      </section>
      <section aria-labelledby="password" className="max-w-md rounded-lg border border-stone-200 bg-white p-5 shadow-sm">
        <h2 id="password" className="mb-3 text-lg font-semibold">
          Password
        </h2>
        <ChangePasswordForm />
      </section>
    </div>
  );
}
