// Every mutating API route and server action, called as anonymous, reader, analyst, editor
// and admin: refused calls answer 401/403 (or the form's refusal) and change nothing; allowed
// calls do what they say. Real database, real sessions and tokens.
//
// Server actions need a Next.js request to read their cookie from, which does not exist
// outside the server: `next/headers` and `next/cache` are replaced by stand-ins that hand the
// action the caller's real session cookie. Everything behind them is the real thing.
import { beforeAll, describe, expect, test, vi } from "vitest";
import { createApiToken } from "@/lib/auth/api-tokens.server";
import { type Actor, ROLES, type Role } from "@/lib/auth/require-role";
import { signIn } from "@/lib/auth/sign-in.server";
import { createForecast } from "@/lib/forecasts/create-forecast.server";
import { setOutcome } from "@/lib/outcomes/set-outcome.server";
import { archiveQuestion } from "@/lib/questions/archive-question.server";
import { createQuestion } from "@/lib/questions/create-question.server";
import { snapshotTables } from "@/lib/test/snapshot-tables";
import { useTestDatabase } from "@/lib/test/test-database";
import { createUser } from "@/lib/users/create-user.server";
import { commandLineActor } from "@/lib/users/system-actor.server";
import type { FormState } from "./_lib/form-state";

const request = vi.hoisted(() => ({ cookie: "" }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers(request.cookie ? { cookie: request.cookie } : {}),
  cookies: async () => ({ get: () => undefined, set: () => {}, delete: () => {} }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const t = useTestDatabase();

type Caller = "ANONYMOUS" | Role;
const CALLERS: Caller[] = ["ANONYMOUS", ...ROLES];
type Person = { actor: Actor; email: string; password: string; token: string; cookie: string };
const people = {} as Record<Role, Person>;
let admin: Actor;

beforeAll(async () => {
  process.env.DATABASE_URL = t.url;
  admin = await commandLineActor(t.db);
  for (const role of ROLES) {
    const email = `${role.toLowerCase()}@matrix.test`;
    const password = "matrix password 1";
    const { user } = await createUser({ db: t.db, actor: admin, input: { email, role, password } });
    const actor = { id: user.id, role };
    const { token } = await createApiToken({ db: t.db, actor, input: { name: "matrix" } });
    const { setCookie } = await signIn({ db: t.db, input: { email, password } });
    people[role] = { actor, email, password, token, cookie: setCookie.split(";")[0] };
  }
});

function allowed(caller: Caller, needed: Role): boolean {
  return caller !== "ANONYMOUS" && ROLES.indexOf(caller) >= ROLES.indexOf(needed);
}

// Fresh records for each call, so that an allowed call always has something to act on.
let n = 0;
async function aQuestion() {
  n += 1;
  return createQuestion({
    db: t.db,
    actor: admin,
    input: { title: `Will matrix event ${n} happen by 2026-12-31?`, criteria: "YES if it happens.", deadline: "2026-12-31" },
  });
}
async function aForecast() {
  const question = await aQuestion();
  return createForecast({
    db: t.db,
    actor: admin,
    input: {
      questionId: question.id,
      forecaster: { name: `Matrix forecaster ${n}` },
      source: { outlet: "Matrix", title: `Article ${n}`, publishedAt: "2026-01-02" },
      quote: "it is likely",
      phrase: "likely",
    },
  });
}
async function aResolvedQuestion() {
  const question = await aQuestion();
  await setOutcome({ db: t.db, actor: admin, questionId: question.id, input: { value: "YES", resolvedAt: "2026-01-03", note: "matrix" } });
  return question;
}
async function anArchivedQuestion() {
  const question = await aQuestion();
  return archiveQuestion({ db: t.db, actor: admin, questionId: question.id });
}

type Ids = Record<string, string>;
type Result = { ok: boolean; status?: number; message?: string };
type Call = { name: string; needs: Role; setup: (caller: Caller) => Promise<Ids>; invoke: (caller: Caller, ids: Ids) => Promise<Result> };

function api(
  name: string,
  needs: Role,
  method: string,
  path: (ids: Ids) => string,
  body: (ids: Ids) => unknown,
  setup: (caller: Caller) => Promise<Ids>,
  load: () => Promise<Function>,
): Call {
  return {
    name,
    needs,
    setup,
    invoke: async (caller, ids) => {
      const handler = await load();
      const headers = new Headers({ "content-type": "application/json" });
      if (caller !== "ANONYMOUS") headers.set("authorization", `Bearer ${people[caller].token}`);
      const req = new Request(`http://test${path(ids)}`, { method, headers, body: JSON.stringify(body(ids)) });
      const res: Response = await handler(req, { params: Promise.resolve(ids) });
      return { ok: res.ok, status: res.status, message: (await res.json()).error?.message };
    },
  };
}

function action(
  name: string,
  needs: Role,
  load: () => Promise<(state: FormState, form: FormData) => Promise<unknown>>,
  fields: (ids: Ids) => Record<string, string>,
  setup: (caller: Caller) => Promise<Ids>,
): Call {
  return {
    name,
    needs,
    setup,
    invoke: async (caller, ids) => {
      const form = new FormData();
      for (const [key, value] of Object.entries(fields(ids))) form.set(key, value);
      request.cookie = caller === "ANONYMOUS" ? "" : people[caller].cookie;
      try {
        const state = (await (await load())({ status: "idle" }, form)) as { status: string; message?: string };
        return { ok: state.status !== "error", message: state.message };
      } catch (error) {
        // redirect() after success is Next.js's way of saying "done"; it throws.
        if ((error as { digest?: string }).digest?.startsWith("NEXT_REDIRECT")) return { ok: true };
        throw error;
      } finally {
        request.cookie = "";
      }
    },
  };
}

const none = async () => ({});
const questionRoute = () => import("./api/v1/questions/route").then((m) => m.POST);
const questionItemRoute =
  (method: "PATCH" | "DELETE" = "PATCH") =>
  () =>
    import("./api/v1/questions/[id]/route").then((m) => m[method]);
const archiveRoute = (method: "POST" | "DELETE") => () => import("./api/v1/questions/[id]/archive/route").then((m) => m[method]);
const outcomeRoute = (method: "PUT" | "DELETE") => () => import("./api/v1/questions/[id]/outcome/route").then((m) => m[method]);
const forecastsRoute = () => import("./api/v1/forecasts/route").then((m) => m.POST);
const forecastRoute = (method: "PATCH" | "DELETE") => () => import("./api/v1/forecasts/[id]/route").then((m) => m[method]);
const questionActions = () => import("./_actions/question-actions");
const forecasterActions = () => import("./_actions/forecaster-actions");
const sourceActions = () => import("./_actions/source-actions");
const forecasterRoute = () => import("./api/v1/forecasters/[slug]/route").then((m) => m.PATCH);
const sourceRoute = () => import("./api/v1/sources/[id]/route").then((m) => m.PATCH);
const forecastActions = () => import("./_actions/forecast-actions");
const outcomeActions = () => import("./_actions/outcome-actions");
const accountActions = () => import("./_actions/account-actions");
const adminActions = () => import("./_actions/admin-actions");
const intakeActions = () => import("./_actions/intake-actions");
const ARTICLE = "Negotiators met on Monday. A deal is likely by Friday, said Jane Roe.";
async function aSourceWithText() {
  const source = await t.db.source.create({
    data: { outlet: "Matrix", title: `Text ${++n}`, publishedAt: new Date("2026-01-02T00:00:00Z"), text: `${ARTICLE} (${n})` },
  });
  return { id: source.id, start: String(ARTICLE.indexOf("A deal")), end: String(ARTICLE.indexOf("Roe.") + 4) };
}

const CALLS: Call[] = [
  action(
    "action: add an article",
    "ANALYST",
    () => intakeActions().then((m) => m.addSourceAction),
    () => ({ outlet: "Matrix", title: "Pasted", publishedAt: "2026-01-02", text: `A deal is likely, said Jane Roe. ${++n}` }),
    none,
  ),
  action(
    "action: accept a candidate",
    "ANALYST",
    () => intakeActions().then((m) => m.acceptCandidateAction),
    (i) => ({
      sourceId: i.id,
      "forecaster.name": "Jane Roe",
      quote: "A deal is likely by Friday",
      phrase: "likely",
      questionChoice: "existing",
      questionId: i.q,
    }),
    async () => ({ ...(await aSourceWithText()), q: (await aQuestion()).id }),
  ),
  action(
    "action: turn down a candidate",
    "ANALYST",
    () => intakeActions().then((m) => m.rejectCandidateAction),
    (i) => ({ sourceId: i.id, start: i.start, end: i.end }),
    aSourceWithText,
  ),
  api(
    "PATCH /api/v1/forecasters/[slug]",
    "ANALYST",
    "PATCH",
    (i) => `/api/v1/forecasters/${i.slug}`,
    () => ({ description: "Edited." }),
    async () => {
      const f = await aForecast();
      return { slug: (await t.db.forecaster.findUniqueOrThrow({ where: { id: f.forecasterId } })).slug };
    },
    forecasterRoute,
  ),
  api(
    "PATCH /api/v1/sources/[id]",
    "ANALYST",
    "PATCH",
    (i) => `/api/v1/sources/${i.id}`,
    () => ({ byline: "Edited" }),
    async () => ({ id: (await aForecast()).sourceId }),
    sourceRoute,
  ),
  action(
    "action: edit question",
    "ANALYST",
    () => questionActions().then((m) => m.updateQuestionAction),
    (i) => ({ questionId: i.id, title: "Will the edit work by 2026-12-31?", criteria: "YES if so.", deadline: "2026-12-31" }),
    async () => ({ id: (await aQuestion()).id }),
  ),
  action(
    "action: edit forecaster",
    "ANALYST",
    () => forecasterActions().then((m) => m.updateForecasterAction),
    (i) => ({ forecasterId: i.id, name: `Renamed ${++n}` }),
    async () => ({ id: (await aForecast()).forecasterId }),
  ),
  action(
    "action: edit source",
    "ANALYST",
    () => sourceActions().then((m) => m.updateSourceAction),
    (i) => ({ sourceId: i.id, outlet: "Renamed outlet", title: `Renamed ${++n}`, publishedAt: "2026-01-02" }),
    async () => ({ id: (await aForecast()).sourceId }),
  ),
  api(
    "POST /api/v1/questions",
    "ANALYST",
    "POST",
    () => "/api/v1/questions",
    () => ({ title: "Will the API work by 2026-12-31?", criteria: "YES if it does.", deadline: "2026-12-31" }),
    none,
    questionRoute,
  ),
  api(
    "PATCH /api/v1/questions/[id]",
    "ANALYST",
    "PATCH",
    (i) => `/api/v1/questions/${i.id}`,
    () => ({ criteria: "Edited." }),
    async () => ({ id: (await aQuestion()).id }),
    questionItemRoute(),
  ),
  api(
    "DELETE /api/v1/questions/[id]",
    "EDITOR",
    "DELETE",
    (i) => `/api/v1/questions/${i.id}`,
    () => ({}),
    async () => ({ id: (await aQuestion()).id }),
    questionItemRoute("DELETE"),
  ),
  api(
    "POST /api/v1/questions/[id]/archive",
    "EDITOR",
    "POST",
    (i) => `/api/v1/questions/${i.id}/archive`,
    () => ({}),
    async () => ({ id: (await aForecast()).questionId }),
    archiveRoute("POST"),
  ),
  api(
    "DELETE /api/v1/questions/[id]/archive",
    "EDITOR",
    "DELETE",
    (i) => `/api/v1/questions/${i.id}/archive`,
    () => ({}),
    async () => ({ id: (await anArchivedQuestion()).id }),
    archiveRoute("DELETE"),
  ),
  api(
    "POST /api/v1/forecasters/merge",
    "EDITOR",
    "POST",
    () => "/api/v1/forecasters/merge",
    (i) => i,
    async () => ({ keep: (await aForecast()).forecasterId, merge: (await aForecast()).forecasterId }),
    () => import("./api/v1/forecasters/merge/route").then((m) => m.POST),
  ),
  api(
    "POST /api/v1/sources/merge",
    "EDITOR",
    "POST",
    () => "/api/v1/sources/merge",
    (i) => i,
    async () => ({ keep: (await aForecast()).sourceId, merge: (await aForecast()).sourceId }),
    () => import("./api/v1/sources/merge/route").then((m) => m.POST),
  ),
  action(
    "action: merge forecasters",
    "EDITOR",
    () => import("./_actions/merge-actions").then((m) => m.mergeForecastersAction),
    (i) => ({ ...i, confirm: "yes" }),
    async () => ({ keep: (await aForecast()).forecasterId, merge: (await aForecast()).forecasterId }),
  ),
  action(
    "action: merge sources",
    "EDITOR",
    () => import("./_actions/merge-actions").then((m) => m.mergeSourcesAction),
    (i) => ({ ...i, confirm: "yes" }),
    async () => ({ keep: (await aForecast()).sourceId, merge: (await aForecast()).sourceId }),
  ),
  action(
    "action: archive question",
    "EDITOR",
    () => questionActions().then((m) => m.archiveQuestionAction),
    (i) => ({ questionId: i.id, confirm: "yes" }),
    async () => ({ id: (await aQuestion()).id }),
  ),
  action(
    "action: restore question",
    "EDITOR",
    () => questionActions().then((m) => m.archiveQuestionAction),
    (i) => ({ questionId: i.id, restore: "yes", confirm: "yes" }),
    async () => ({ id: (await anArchivedQuestion()).id }),
  ),
  action(
    "action: delete question",
    "EDITOR",
    () => questionActions().then((m) => m.deleteQuestionAction),
    (i) => ({ questionId: i.id, title: "x", confirm: "yes" }),
    async () => ({ id: (await aQuestion()).id }),
  ),
  api(
    "PUT /api/v1/questions/[id]/outcome",
    "EDITOR",
    "PUT",
    (i) => `/api/v1/questions/${i.id}/outcome`,
    () => ({ value: "NO", resolvedAt: "2026-01-04", note: "x" }),
    async () => ({ id: (await aQuestion()).id }),
    outcomeRoute("PUT"),
  ),
  api(
    "DELETE /api/v1/questions/[id]/outcome",
    "EDITOR",
    "DELETE",
    (i) => `/api/v1/questions/${i.id}/outcome`,
    () => ({ reason: "x" }),
    async () => ({ id: (await aResolvedQuestion()).id }),
    outcomeRoute("DELETE"),
  ),
  api(
    "POST /api/v1/forecasts",
    "ANALYST",
    "POST",
    () => "/api/v1/forecasts",
    (i) => ({
      questionId: i.q,
      forecaster: { name: "API caller" },
      source: { outlet: "API", title: "API article", publishedAt: "2026-01-02" },
      quote: "it may",
      phrase: "may",
    }),
    async () => ({ q: (await aQuestion()).id }),
    forecastsRoute,
  ),
  api(
    "PATCH /api/v1/forecasts/[id]",
    "ANALYST",
    "PATCH",
    (i) => `/api/v1/forecasts/${i.id}`,
    () => ({ phrase: "very likely", quote: "it is very likely" }),
    async () => ({ id: (await aForecast()).id }),
    forecastRoute("PATCH"),
  ),
  api(
    "DELETE /api/v1/forecasts/[id]",
    "ANALYST",
    "DELETE",
    (i) => `/api/v1/forecasts/${i.id}`,
    () => ({}),
    async () => ({ id: (await aForecast()).id }),
    forecastRoute("DELETE"),
  ),
  action(
    "action: create question",
    "ANALYST",
    () => questionActions().then((m) => m.createQuestionAction),
    () => ({ title: "Will a form work by 2026-12-31?", criteria: "YES if so.", deadline: "2026-12-31" }),
    none,
  ),
  action(
    "action: log forecast",
    "ANALYST",
    () => forecastActions().then((m) => m.createForecastAction),
    (i) => ({
      questionId: i.q,
      "forecaster.name": "Form caller",
      "source.outlet": "Form",
      "source.title": "Form article",
      "source.publishedAt": "2026-01-02",
      quote: "it may",
      phrase: "may",
    }),
    async () => ({ q: (await aQuestion()).id }),
  ),
  action(
    "action: edit forecast",
    "ANALYST",
    () => forecastActions().then((m) => m.updateForecastAction),
    (i) => ({ forecastId: i.id, quote: "it is likely", phrase: "very likely" }),
    async () => ({ id: (await aForecast()).id }),
  ),
  action(
    "action: delete forecast",
    "ANALYST",
    () => forecastActions().then((m) => m.deleteForecastAction),
    (i) => ({ forecastId: i.id, confirm: "yes" }),
    async () => ({ id: (await aForecast()).id }),
  ),
  action(
    "action: set outcome",
    "EDITOR",
    () => outcomeActions().then((m) => m.setOutcomeAction),
    (i) => ({ questionId: i.id, value: "YES", resolvedAt: "2026-01-04", note: "x" }),
    async () => ({ id: (await aQuestion()).id }),
  ),
  action(
    "action: undo outcome",
    "EDITOR",
    () => outcomeActions().then((m) => m.undoOutcomeAction),
    (i) => ({ questionId: i.id, reason: "x", confirm: "yes" }),
    async () => ({ id: (await aResolvedQuestion()).id }),
  ),
  action(
    "action: create API token",
    "READER",
    () => accountActions().then((m) => m.createTokenAction),
    () => ({ name: "form token" }),
    none,
  ),
  action(
    "action: revoke own API token",
    "READER",
    () => accountActions().then((m) => m.revokeTokenAction),
    (i) => ({ tokenId: i.id }),
    async (caller) =>
      caller === "ANONYMOUS" ? { id: "none" } : { id: (await createApiToken({ db: t.db, actor: people[caller].actor, input: { name: "to revoke" } })).id },
  ),
  action(
    "action: create user",
    "ADMIN",
    () => adminActions().then((m) => m.createUserAction),
    () => ({ email: `new-${++n}@matrix.test`, role: "READER" }),
    none,
  ),
  action(
    "action: change a user's role",
    "ADMIN",
    () => adminActions().then((m) => m.updateUserAction),
    (i) => ({ userId: i.id, role: "ANALYST" }),
    async () => ({ id: (await createUser({ db: t.db, actor: admin, input: { email: `promote-${++n}@matrix.test`, role: "READER" } })).user.id }),
  ),
];

describe.each(CALLS)("$name (needs $needs)", (call) => {
  test.each(CALLERS)("as %s", async (caller) => {
    const ids = await call.setup(caller);
    const before = await snapshotTables(t.db);
    const result = await call.invoke(caller, ids);
    if (allowed(caller, call.needs)) {
      expect(result, result.message).toMatchObject({ ok: true });
      expect(await snapshotTables(t.db)).not.toEqual(before);
      return;
    }
    expect(result.ok).toBe(false);
    if (result.status !== undefined) expect(result.status).toBe(caller === "ANONYMOUS" ? 401 : 403);
    expect(result.message).toMatch(caller === "ANONYMOUS" ? /Sign in/ : /Only \w+s and above may/);
    expect(await snapshotTables(t.db)).toEqual(before);
  });
});
