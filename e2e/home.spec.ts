// The home page answers "who called it right?" on its own.
import { expect, test } from "./support/fixtures";

test("a reader sees the latest verdicts with quotes, who is most accurate, what is due and what awaits an editor", async ({ page }) => {
  await page.goto("/");
  const verdicts = page.getByRole("region", { name: "Latest verdicts" });
  // Other tests resolve questions of their own, so the seeded verdict is found by its question, if still among the latest.
  await expect(verdicts.getByRole("listitem").first()).toBeVisible();
  await expect(verdicts).toContainText(/Called it|Missed|Coin-flip/);
  await expect(verdicts.locator("q").first()).not.toBeEmpty();
  const accuracy = page.getByRole("region", { name: "Who is most accurate" });
  const best = accuracy.getByRole("list", { name: "Most accurate" }).getByRole("link");
  await expect(best.first()).toBeVisible();
  await expect(page.getByRole("region", { name: "Open questions due soonest" })).toBeVisible();
  await expect(page.getByRole("region", { name: /Awaiting an editor \(\d+\)/ })).toBeVisible();
  const top = (await best.first().innerText()).trim();
  await best.first().click();
  await expect(page.getByRole("heading", { level: 1, name: top })).toBeVisible();
});
