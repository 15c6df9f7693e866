import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { safeNextPath } from "@/lib/security/safe-next-path";
import { currentActor } from "../_lib/session.server";
import { PageHeader } from "../_components/page-header";
import { SignInForm } from "./sign-in-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { next } = await searchParams;
  const target = safeNextPath({ next });
  if (await currentActor()) redirect(target);
  return (
    <div className="mx-auto max-w-sm">
      <PageHeader title="Sign in">Analysts, editors and admins sign in to log forecasts and resolve questions. Reading needs no account.</PageHeader>
      <div className="rounded-lg border border-stone-200 bg-white p-5 shadow-sm">
        <SignInForm next={target} />
      </div>
      <p className="mt-4 text-sm text-stone-600">
        No account? Accounts are made by an admin: ask yours, or on a new install run{" "}
        <code className="rounded bg-stone-100 px-1">npm run admin -- create-user --email you@example.org --role admin</code>.
      </p>
    </div>
  );
}
