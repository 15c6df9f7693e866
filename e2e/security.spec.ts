// Nobody gets in from another site: security headers and a nonce-based CSP that breaks no page
// or form, cross-site writes refused, sign-in's `next` kept on this site, client addresses
// taken from the connection.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Page } from "@playwright/test";
import { signInWithForm, testDb, unique } from "./support/database";
import { expect, test } from "./support/fixtures";

/** Records every CSP violation the page reports, as an event and in the console. */
async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load|apply|connect|frame)/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction("reportCspViolation", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { reportCspViolation: (t: string) => void }).reportCspViolation(`${event.violatedDirective}: ${event.blockedURI}`);
    });
  });
  return violations;
}

test("pages, API answers and static files carry the security headers", async ({ request }) => {
  const page = await request.get("/questions");
  const headers = page.headers();
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(headers["content-security-policy"]).not.toContain("unsafe-eval");
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["strict-transport-security"]).toBeUndefined(); // plain HTTP here

  const api = (await request.get("/api/v1/questions?limit=1")).headers();
  expect(api["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
  expect(api["x-content-type-options"]).toBe("nosniff");

  const script = /src="(\/_next\/static\/[^"]+\.js)"/.exec(await page.text())?.[1];
  expect(script).toBeTruthy();
  const stat = (await request.get(script!)).headers();
  expect(stat["x-content-type-options"]).toBe("nosniff");
  expect(stat["referrer-policy"]).toBe("strict-origin-when-cross-origin");
});

test("no CSP violation while reading the main pages, searching, signing in and submitting a form", async ({ page }) => {
  test.slow(); // eight pages, a sign-in and a form: too long for the default timeout on a busy machine
  const violations = await watchCsp(page);
  for (const path of [
    "/",
    "/questions",
    "/questions/q-2023-summit-held",
    "/forecasters",
    "/forecasters/jeh-sung-hoon",
    "/sources",
    "/about/scoring",
    "/sign-in",
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
  }
  // Client-side navigation and hydration work: a link click and the forecaster search (a fetch).
  await page.goto("/");
  await page.getByRole("link", { name: "Questions", exact: true }).first().click();
  await expect(page).toHaveURL(/\/questions$/);
  await page.getByPlaceholder("Any forecaster").fill("Wi Sung");
  await expect(page.locator("#forecaster-names option[value='Wi Sung-lac']")).toHaveCount(1);

  await signInWithForm(page, "ANALYST");
  await page.goto("/questions/new");
  const title = `Will the ${unique("csp")} check pass by 2030-01-01?`;
  await page.getByLabel("Question", { exact: true }).fill(title);
  await page.getByLabel("Resolution criteria").fill("YES if it passes.");
  await page.getByLabel("Deadline").fill("2030-01-01");
  await page.getByRole("button", { name: "Create question" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  expect(violations).toEqual([]);
});

test("the signed-in browser's own JSON writes pass; a page on another port cannot write with its cookie", async ({ page, signIn }) => {
  await signIn("ANALYST");
  await page.goto("/");
  const own = await page.evaluate(async () => {
    const response = await fetch("/api/v1/questions", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ title: `Will same-origin ${Math.random()} work by 2030?`, criteria: "YES if it does.", deadline: "2030-01-01" }),
    });
    return response.status;
  });
  expect(own).toBe(201);

  // The outside tester's attack: a form on another port of the same host posting text/plain.
  const title = `Will ${unique("forged")} be created by 2030?`;
  const body = JSON.stringify({ title, criteria: "x", deadline: "2030-01-01" }).slice(0, -1);
  const base = new URL(page.url()).origin;
  const evil: Server = createServer((_request, response) => {
    response.setHeader("content-type", "text/html");
    response.end(
      `<form method="post" enctype="text/plain" action="${base}/api/v1/questions"><input name='${body},"x":"' value='"}'></form><script>document.forms[0].submit()</script>`,
    );
  });
  await new Promise<void>((resolve) => evil.listen(0, "127.0.0.1", resolve));
  try {
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith("/api/v1/questions") && r.request().method() === "POST"),
      page.goto(`http://127.0.0.1:${(evil.address() as AddressInfo).port}/`),
    ]);
    expect(response.status()).toBe(403);
    expect((await response.json()).error.code).toBe("FORBIDDEN");
  } finally {
    evil.close();
  }
  expect(await testDb().question.count({ where: { title } })).toBe(0);
});

test("a server action sent from another origin is refused with 403, not a server error", async ({ request }) => {
  const response = await request.post("/sign-in", {
    headers: { "Next-Action": "0000000000000000000000000000000000000000", Origin: "http://127.0.0.1:1", "Content-Type": "text/plain;charset=UTF-8" },
    data: "[]",
  });
  expect(response.status()).toBe(403);
  expect((await response.json()).error.code).toBe("FORBIDDEN");
});

test("sign-in's next cannot lead to another site, however it is encoded", async ({ page }) => {
  await page.goto(`/sign-in?next=${encodeURIComponent("/%5Cevil.example")}`);
  expect(await page.locator("input[name=next]").inputValue()).toBe("/");
  await page.goto("/sign-in?next=/%09/evil.example");
  expect(await page.locator("input[name=next]").inputValue()).toBe("/");
});

test("sign-in limits see the connection's address, not an X-Forwarded-For the client made up", async ({ page }) => {
  const made_up = "203.0.113.77";
  await page.setExtraHTTPHeaders({ "x-forwarded-for": made_up });
  await signInWithForm(page, "READER");
  const keys = (await testDb().signInThrottle.findMany({ select: { key: true } })).map((row) => row.key);
  expect(keys.some((key) => key.includes(made_up))).toBe(false);
  expect(keys).toContain("address:127.0.0.1");
  const cookies = await page.context().cookies();
  expect(cookies.find((c) => c.name === "hindsight.known_device")).toMatchObject({ httpOnly: true, sameSite: "Lax" });
});
