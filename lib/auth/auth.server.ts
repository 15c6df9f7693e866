// better-auth, used from the server only (ADR 0007): password hashing, sessions in
// PostgreSQL, the session cookie. Hindsight does not mount better-auth's HTTP endpoints; sign-in
// goes through lib/auth/sign-in.server.ts, which throttles attempts first.
import "server-only";
import { randomBytes } from "node:crypto";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { type Db, db as appDb } from "../db/client.server";
import { loadOrCreateSetting } from "../settings/load-setting.server";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "./password-rules";
import { appUrl, appUsesHttps } from "../http/app-url";

function createAuth(db: Db, secret: string) {
  const baseURL = appUrl();
  return betterAuth({
    database: prismaAdapter(db, { provider: "postgresql" }),
    secret,
    baseURL,
    // Served over HTTPS: the session cookie is never sent over plain HTTP.
    advanced: { useSecureCookies: appUsesHttps() },
    // Accounts are made by admins (command line, admin page), never by visitors.
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: MIN_PASSWORD_LENGTH, maxPasswordLength: MAX_PASSWORD_LENGTH },
    session: { expiresIn: 60 * 60 * 24 * 14, updateAge: 60 * 60 * 24 },
    user: {
      additionalFields: {
        role: { type: "string", input: false, defaultValue: "READER" },
        disabledAt: { type: "date", required: false, input: false },
      },
    },
    databaseHooks: {
      session: {
        create: {
          // A disabled user gets no new session, whatever the password.
          before: async (session) => {
            const user = await db.user.findUnique({ where: { id: session.userId }, select: { disabledAt: true } });
            return user?.disabledAt ? false : undefined;
          },
        },
      },
    },
    telemetry: { enabled: false },
    // Must be the last plugin: it writes the session cookie from server actions.
    plugins: [nextCookies()],
  });
}

export type Auth = ReturnType<typeof createAuth>;

const cache = new WeakMap<Db, Promise<Auth>>();
const secrets = new WeakMap<Db, Promise<string>>();

/** The secret that signs sessions (and known-device cookies) for a database. */
export function authSecret(db: Db = appDb()): Promise<string> {
  let secret = secrets.get(db);
  if (!secret) {
    secret = process.env.BETTER_AUTH_SECRET
      ? Promise.resolve(process.env.BETTER_AUTH_SECRET)
      : loadOrCreateSetting(db, "auth.secret", () => randomBytes(32).toString("base64url"));
    secrets.set(db, secret);
  }
  return secret;
}

/** The auth instance for a database (the app's by default). */
export function getAuth(db: Db = appDb()): Promise<Auth> {
  let auth = cache.get(db);
  if (!auth) {
    auth = authSecret(db).then((secret) => createAuth(db, secret));
    cache.set(db, auth);
  }
  return auth;
}
