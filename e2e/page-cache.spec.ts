// The page cache (ADR 0016) from outside: an anonymous reader is served a kept page, each
// answer with a script nonce of its own; a change to the data is seen by the very next request;
// a signed-in reader always gets a page rendered for them.
import { commandLineActor } from "../lib/users/system-actor.server";
import { setOutcome } from "../lib/outcomes/set-outcome.server";
import { testDb } from "./support/database";
import { createQuestionWithForecasts } from "./support/factories";
import { expect, test } from "./support/fixtures";

const CACHE_HEADER = "x-hindsight-page-cache";

/** The nonce the answer's Content-Security-Policy allows, and every nonce its scripts carry. */
function nonces(policy: string | undefined, body: string) {
  const allowed = /'nonce-([^']+)'/.exec(policy ?? "")?.[1];
  const carried = new Set([...body.matchAll(/nonce="([^"]+)"/g)].map((m) => m[1]));
  return { allowed, carried: [...carried] };
}

test("an anonymous reader gets a kept page with its own nonce, and sees a change at once", async ({ request }) => {
  const question = await createQuestionWithForecasts({
    deadline: "2031-06-30",
    forecasts: [{ forecaster: "Page Cache Tester", quote: "It will very likely happen, says the tester.", probability: 0.8, madeAt: "2026-01-05" }],
  });
  const address = `/questions/${question.id}`;

  // Other tests write meanwhile (each write renders pages afresh), so ask until one answer is a kept page.
  let kept: { policy?: string; body: string } | undefined;
  await expect
    .poll(async () => {
      const answer = await request.get(address);
      expect(answer.status()).toBe(200);
      if (answer.headers()[CACHE_HEADER] === "hit") kept = { policy: answer.headers()["content-security-policy"], body: await answer.text() };
      return answer.headers()[CACHE_HEADER];
    })
    .toBe("hit");
  expect(kept!.body).toContain("Page Cache Tester");
  const first = nonces(kept!.policy, kept!.body);
  expect(first.carried).toEqual([first.allowed]);

  const again = await request.get(address);
  const second = nonces(again.headers()["content-security-policy"], await again.text());
  expect(second.carried).toEqual([second.allowed]);
  expect(second.allowed).not.toBe(first.allowed);

  const db = testDb();
  await setOutcome({
    db,
    actor: await commandLineActor(db),
    questionId: question.id,
    input: { value: "YES", resolvedAt: "2026-02-01", note: "Settled for the page cache test." },
  });
  const afterChange = await request.get(address);
  expect(afterChange.headers()[CACHE_HEADER]).not.toBe("hit");
  expect(await afterChange.text()).toContain("Resolved YES");
});

test("a signed-in reader's pages are rendered for them, never kept", async ({ page, signIn }) => {
  await signIn("ANALYST");
  for (const address of ["/", "/questions"]) {
    const answer = await page.request.get(address);
    expect(answer.status()).toBe(200);
    expect(answer.headers()[CACHE_HEADER]).toBeUndefined();
    expect(await answer.text()).toContain("Sign out");
  }
});

test("readers who ask for the same page at once wait for one render", async ({ request }) => {
  // A search nobody has made yet: a page no earlier request kept. Another test's write in the
  // middle of a batch starts a new version (and a second render): then try a fresh search.
  await expect
    .poll(async () => {
      const address = `/questions?q=${encodeURIComponent(`herd ${Date.now()} ${Math.random()}`)}`;
      const answers = await Promise.all(Array.from({ length: 8 }, () => request.get(address)));
      for (const answer of answers) expect(answer.status()).toBe(200);
      return answers.map((a) => a.headers()[CACHE_HEADER]).sort();
    })
    .toEqual(["hit", "hit", "hit", "hit", "hit", "hit", "hit", "miss"]);
});
