// A "known device": a browser that signed in to an account before carries a signed cookie
// naming that account (by a hash of its email) and a random device id. It lets the owner past
// the account-wide limits that strangers' failed attempts fill (sign-in-limits.ts). It proves
// nothing else: the password is still checked, and the device has a limit of its own.
import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";

export const KNOWN_DEVICE_COOKIE = "hindsight.known_device";
export const KNOWN_DEVICE_MAX_AGE_SECONDS = 180 * 24 * 3600;

const accountTag = (email: string) => createHash("sha256").update(email).digest("base64url").slice(0, 22);
const sign = (secret: string, payload: string) => createHmac("sha256", secret).update(`known-device:${payload}`).digest("base64url");

/** A fresh token for this account (keeping the device id of the browser's previous one). */
export function issueDeviceToken(options: { secret: string; email: string; deviceId?: string; now?: Date }): string {
  const deviceId = options.deviceId ?? randomBytes(16).toString("base64url");
  const expires = Math.floor((options.now ?? new Date()).getTime() / 1000) + KNOWN_DEVICE_MAX_AGE_SECONDS;
  const payload = `v1.${deviceId}.${accountTag(options.email)}.${expires}`;
  return `${payload}.${sign(options.secret, payload)}`;
}

/** The device id when the token is ours, unexpired and for this account; else null. */
export function readDeviceToken(options: { secret: string; email: string; token: string; now?: Date }): string | null {
  const parts = options.token.split(".");
  if (parts.length !== 5 || parts[0] !== "v1") return null;
  const [, deviceId, tag, expires, mac] = parts;
  const expected = Buffer.from(sign(options.secret, parts.slice(0, 4).join(".")));
  const given = Buffer.from(mac);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  if (tag !== accountTag(options.email)) return null;
  if (Number(expires) * 1000 <= (options.now ?? new Date()).getTime()) return null;
  return deviceId;
}
