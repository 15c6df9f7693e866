// PostgreSQL crashes (every process killed at once) while analysts are writing, and comes
// back: meanwhile pages and API answer 503 with a readable message, never 500; afterwards the
// same app process answers 200 without a restart; every acknowledged write is stored, and
// nothing unacknowledged is half-stored.
import { expect, test } from "@playwright/test";
import { startOwnApp } from "../scripts/lib/own-app";

async function eventually(check: () => Promise<boolean>, what: string): Promise<void> {
  await expect.poll(() => check().catch(() => false), { message: what, timeout: 120_000, intervals: [100, 250, 500] }).toBe(true);
}

test("a database crash during writes: 503 meanwhile, 200 afterwards without a restart, no acknowledged write lost", async () => {
  test.setTimeout(6 * 60_000);
  const app = await startOwnApp();
  try {
    const token = await app.adminToken();
    const acknowledged: string[] = [];
    const refusals: Array<{ status: number; code: string }> = [];
    let running = true;
    let n = 0;
    const writer = async () => {
      while (running) {
        n += 1;
        const title = `Will fault event ${n} happen by 2027-12-31?`;
        const response = await fetch(`${app.baseURL}/api/v1/questions`, {
          method: "POST",
          headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
          body: JSON.stringify({ title, criteria: "YES if it happens.", deadline: "2027-12-31" }),
        });
        const body = await response.json();
        if (response.status === 201) acknowledged.push(title);
        else {
          refusals.push({ status: response.status, code: body.error?.code });
          await new Promise((resolve) => setTimeout(resolve, 50)); // a client backing off, not a wait for state
        }
      }
    };
    const writers = Promise.all([writer(), writer(), writer(), writer()]);

    await eventually(async () => acknowledged.length >= 20, "writes before the crash");
    await app.crashDatabase();
    await eventually(async () => (await fetch(`${app.baseURL}/questions`)).status === 503, "pages to answer 503");
    const page = await fetch(`${app.baseURL}/questions`);
    expect(page.status).toBe(503);
    expect(await page.text()).toContain("cannot reach its database");
    const api = await fetch(`${app.baseURL}/api/v1/questions`);
    expect(api.status).toBe(503);
    expect((await api.json()).error.code).toBe("UNAVAILABLE");
    expect((await fetch(`${app.baseURL}/api/health`)).status).toBe(503);

    await app.restartDatabase();
    const atRestart = acknowledged.length;
    await eventually(async () => acknowledged.length >= atRestart + 20, "writes after the restart");
    running = false;
    await writers;

    expect((await fetch(`${app.baseURL}/api/health`)).status).toBe(200);
    expect((await fetch(`${app.baseURL}/`)).status).toBe(200);
    expect((await fetch(`${app.baseURL}/questions`)).status).toBe(200);
    expect(refusals.length).toBeGreaterThan(0);
    expect(
      refusals.filter((r) => r.status !== 503 || r.code !== "UNAVAILABLE"),
      app.serverOutput(),
    ).toEqual([]);

    const stored = await app.db.question.findMany({ select: { id: true, title: true } });
    const storedTitles = new Set(stored.map((q) => q.title));
    expect(acknowledged.filter((title) => !storedTitles.has(title))).toEqual([]);
    // Each question and its audit event are written in one transaction: never one without the other.
    const audited = new Set((await app.db.auditEvent.findMany({ where: { action: "question.create" }, select: { entityId: true } })).map((e) => e.entityId));
    expect(stored.filter((q) => !audited.has(q.id))).toEqual([]);
  } finally {
    await app.stop();
  }
});
