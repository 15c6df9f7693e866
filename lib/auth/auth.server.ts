// better-auth, used from the server only (ADR 0007): password hashing, sessions in
// PostgreSQL, the session cookie. Hindsight does not mount better-auth's HTTP endpoints; sign-in
// goes through lib/auth/sign-in.server.ts, which throttles attempts first.
import { randomBytes } from "node:crypto";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { type Db, db as appDb } from "../db/client.server";
import { loadOrCreateSetting } from "../settings/load-setting.server";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "./password-rules";

function createAuth(db: Db, secret: string) {
  return betterAuth({
    database: prismaAdapter(db, { provider: "postgresql" }),
    secret,
    baseURL: process.env.HINDSIGHT_URL ?? `http://localhost:${process.env.PORT ?? 3000}`,
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

/** The auth instance for a database (the app's by default). */
export function getAuth(db: Db = appDb()): Promise<Auth> {
  let auth = cache.get(db);
  if (!auth) {
    auth = (async () => {
      const secret =
        process.env.BETTER_AUTH_SECRET ?? (await loadOrCreateSetting(db, "auth.secret", () => randomBytes(32).toString("base64url")));
      return createAuth(db, secret);
    })();
    cache.set(db, auth);
  }
  return auth;
}
