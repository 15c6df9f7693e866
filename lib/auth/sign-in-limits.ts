// Which limits a sign-in attempt counts against (ADR 0007, README "Sign-in limits"). Chosen so
// that guessing is slow from anywhere, yet nobody can lock the owner out of their account:
// - per address and account: the usual guessing from one place; a short cool-down;
// - per address, across accounts: one password sprayed over many accounts;
// - per account, from all addresses: guessing spread over many addresses;
// - for everyone together: a ceiling on the work (password hashing) sign-in can cause.
// A browser that signed in to the account before (a signed "known device" cookie) counts
// against its own device limit instead of the account-wide and global ones, so that the
// owner gets in while others' failed attempts fill those.

export type SignInLimit = {
  key: string;
  max: number;
  windowSeconds: number;
  refusal: string;
  /** After a successful sign-in: forget the attempts, take this one back, or keep counting. */
  onSuccess: "clear" | "refund" | "keep";
};

export const SIGN_IN_LIMITS = {
  accountAddress: { max: 8, windowSeconds: 15 * 60 },
  device: { max: 8, windowSeconds: 15 * 60 },
  address: { max: 30, windowSeconds: 15 * 60 },
  account: { max: 50, windowSeconds: 60 * 60 },
  global: { max: 120, windowSeconds: 60 },
} as const;

const FOR_ACCOUNT = "Too many sign-in attempts for this account.";
// Only the account-wide and global limits are passed by a known device: say so, for the owner.
const FOR_ACCOUNT_EVERYWHERE = "Too many sign-in attempts for this account; a browser that has signed in to it before can still sign in.";
const FROM_ADDRESS = "Too many sign-in attempts from your network.";
const EVERYONE = "Too many sign-in attempts on this Hindsight right now.";

/** The limits to consume, in order; one that refuses stops the rest from being counted. */
export function signInLimits(options: { email: string; address: string; deviceId: string | null }): SignInLimit[] {
  const { email, address, deviceId } = options;
  const L = SIGN_IN_LIMITS;
  const perAddress: SignInLimit = { key: `address:${address}`, ...L.address, refusal: FROM_ADDRESS, onSuccess: "refund" };
  if (deviceId) return [perAddress, { key: `device:${deviceId}`, ...L.device, refusal: FOR_ACCOUNT, onSuccess: "clear" }];
  return [
    perAddress,
    { key: `account-address:${email}|${address}`, ...L.accountAddress, refusal: FOR_ACCOUNT, onSuccess: "clear" },
    // Kept, not cleared, on success: the owner signing in must not reset others' guessing.
    { key: `account:${email}`, ...L.account, refusal: FOR_ACCOUNT_EVERYWHERE, onSuccess: "refund" },
    { key: "global", ...L.global, refusal: EVERYONE, onSuccess: "keep" },
  ];
}
