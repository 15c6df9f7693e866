// The journey: from the home page's verdicts to a topic's leaderboard and a head-to-head.
import { expect, test } from "./support/fixtures";

test("a reader sees verdicts and a top forecaster, follows a tag to its topic and leaderboard, and compares two forecasters", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("region", { name: "Latest verdicts" })).toContainText(/Called it|Missed|Coin-flip/);
  await expect(page.getByRole("list", { name: "Most accurate" }).getByRole("link").first()).toBeVisible();

  await page.goto("/questions/q-2023-arms-transfer");
  await page.getByRole("link", { name: "arms", exact: true }).click();
  await expect(page).toHaveURL(/\/topics\/arms$/);
  await expect(page.getByRole("heading", { level: 1, name: "Topic: arms" })).toBeVisible();
  await expect(page.getByRole("region", { name: /Resolved questions/ }).getByRole("link", { name: /supply weapons or munitions to Russia/ })).toBeVisible();
  const board = page.getByRole("list", { name: "Leaderboard: arms" });
  await expect(board.getByRole("link", { name: "Jeh Sung-hoon" })).toBeVisible();
  // Ranked best first: the Brier scores shown never go down.
  const briers = (await board.getByRole("listitem").allInnerTexts()).map((t) => Number(/Brier (\d\.\d{3})/.exec(t)![1]));
  expect(briers).toEqual([...briers].sort((x, y) => x - y));

  await board.getByRole("link", { name: "Jeh Sung-hoon" }).click();
  await page.getByRole("navigation", { name: "Compare with" }).getByRole("link", { name: "Kim Dong-yub", exact: true }).click();
  await expect(page).toHaveURL(/\/compare\?a=jeh-sung-hoon&b=kim-dong-yub/);
  await expect(page.getByRole("heading", { level: 1, name: "Jeh Sung-hoon vs Kim Dong-yub" })).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: "supply weapons or munitions to Russia" });
  const cells = await row.getByRole("cell").allInnerTexts();
  const [jeh, kim, outcome, closer] = cells.map((c) => c.trim());
  expect(outcome).toBe("YES");
  // On a YES, the higher probability was the closer one.
  const pct = (s: string) => Number.parseFloat(s);
  expect(closer).toBe(pct(jeh) > pct(kim) ? "Jeh Sung-hoon" : pct(kim) > pct(jeh) ? "Kim Dong-yub" : "Equally close");
  await expect(page.getByRole("region", { name: "In all" })).toContainText(/Jeh Sung-hoon was closer on \d+, Kim Dong-yub on \d+/);
});

test("/topics lists every topic with its counts, and an unknown topic is not found", async ({ page }) => {
  await page.goto("/topics");
  const arms = page
    .getByRole("list", { name: "Topics" })
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: "arms", exact: true }) });
  await expect(arms).toContainText(/\d+ questions? · \d+ open · \d+ resolved/);
  const response = await page.goto("/topics/no-such-topic-at-all");
  expect(response?.status()).toBe(404);
});
