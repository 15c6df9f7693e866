// Personal API tokens: "hs_" and 32 random bytes, shown once; only their SHA-256 is kept.
import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import { recordAuditEvent } from "../audit/record-audit-event.server";
import type { Db } from "../db/client.server";
import { runTransaction } from "../db/run-transaction.server";
import { AppError, AppErrorCode } from "../errors/app-error";
import { text } from "../validation/fields";
import { parseInput } from "../validation/parse-input";
import { type Actor, requireRole } from "./require-role";

const PREFIX = "hs_";

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export const createTokenInput = z.strictObject({ name: text(100) });

/** Creates a token for the actor (any signed-in role); the token itself is returned only here. */
export async function createApiToken(options: { db: Db; actor: Actor | null; input: unknown }) {
  const actor = requireRole(options.actor, "READER", "create API tokens");
  const { name } = parseInput(createTokenInput, options.input, "token");
  const token = `${PREFIX}${randomBytes(32).toString("base64url")}`;
  const record = await runTransaction(options.db, async (tx) => {
    const created = await tx.apiToken.create({
      data: { userId: actor.id, name, tokenHash: hashToken(token), prefix: token.slice(0, PREFIX.length + 6) },
      select: { id: true, name: true, prefix: true, createdAt: true },
    });
    await recordAuditEvent(tx, { actorId: actor.id, action: "token.create", entityType: "ApiToken", entityId: created.id, after: created });
    return created;
  });
  return { ...record, token };
}

/** Revokes one of the actor's own tokens; returns its name. */
export async function revokeApiToken(options: { db: Db; actor: Actor | null; tokenId: string }): Promise<{ name: string }> {
  const actor = requireRole(options.actor, "READER", "revoke API tokens");
  return runTransaction(options.db, async (tx) => {
    const token = await tx.apiToken.findFirst({ where: { id: options.tokenId, userId: actor.id } });
    if (!token) throw new AppError(AppErrorCode.NOT_FOUND, "You have no such token.");
    if (token.revokedAt) return { name: token.name };
    const revoked = await tx.apiToken.update({ where: { id: token.id }, data: { revokedAt: new Date() } });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "token.revoke",
      entityType: "ApiToken",
      entityId: token.id,
      before: { name: token.name, revokedAt: null },
      after: { name: revoked.name, revokedAt: revoked.revokedAt },
    });
    return { name: token.name };
  });
}

export async function listApiTokens(options: { db: Db; actor: Actor }) {
  return options.db.apiToken.findMany({
    where: { userId: options.actor.id },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true },
  });
}

/** The actor a bearer token acts as; throws UNAUTHORIZED for an unknown, revoked or disabled one. */
export async function actorForToken(db: Db, token: string): Promise<Actor> {
  const record = await db.apiToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, revokedAt: true, lastUsedAt: true, user: { select: { id: true, role: true, disabledAt: true } } },
  });
  if (!record || record.revokedAt || record.user.disabledAt) {
    throw new AppError(AppErrorCode.UNAUTHORIZED, "The API token is not valid: it is unknown, revoked, or its owner is disabled.");
  }
  // Record use at most once a minute, so that reads do not write on every request.
  if (!record.lastUsedAt || Date.now() - record.lastUsedAt.getTime() > 60_000) {
    await db.apiToken.update({ where: { id: record.id }, data: { lastUsedAt: new Date() } });
  }
  return { id: record.user.id, role: record.user.role };
}
