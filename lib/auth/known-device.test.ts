import { describe, expect, test } from "vitest";
import { issueDeviceToken, KNOWN_DEVICE_MAX_AGE_SECONDS, readDeviceToken } from "./known-device";

const secret = "test secret";
const email = "owner@example.org";

describe("known-device tokens", () => {
  test("name their device for the account they were issued for, and keep the device id when renewed", () => {
    const token = issueDeviceToken({ secret, email });
    const deviceId = readDeviceToken({ secret, email, token });
    expect(deviceId).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(readDeviceToken({ secret, email, token: issueDeviceToken({ secret, email, deviceId: deviceId! }) })).toBe(deviceId);
  });

  test("are worthless for another account, with another secret, altered, or expired", () => {
    const token = issueDeviceToken({ secret, email });
    expect(readDeviceToken({ secret, email: "other@example.org", token })).toBeNull();
    expect(readDeviceToken({ secret: "another secret", email, token })).toBeNull();
    const parts = token.split(".");
    expect(readDeviceToken({ secret, email, token: [parts[0], "someoneElsesDevice0000", ...parts.slice(2)].join(".") })).toBeNull();
    expect(readDeviceToken({ secret, email, token: "garbage" })).toBeNull();
    const later = new Date(Date.now() + (KNOWN_DEVICE_MAX_AGE_SECONDS + 60) * 1000);
    expect(readDeviceToken({ secret, email, token, now: later })).toBeNull();
  });
});
