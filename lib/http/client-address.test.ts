import { describe, expect, test } from "vitest";
import { clientAddress } from "./client-address";

const of = (xff?: string) => clientAddress({ headers: new Headers(xff === undefined ? {} : { "x-forwarded-for": xff }) });

describe("clientAddress", () => {
  test("the connection's address as Next.js sets it, IPv4 without its IPv6 wrapping", () => {
    expect(of("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(of("2001:DB8::1")).toBe("2001:db8::1");
  });

  test("the last entry, the one our own proxy appended, not what the client claimed before it", () => {
    expect(of("203.0.113.9, 198.51.100.2")).toBe("198.51.100.2");
  });

  test("unknown when there is none", () => {
    expect(of()).toBe("unknown");
    expect(of(" , ")).toBe("unknown");
  });
});
