// A reader reviews forecaster accuracy: the leaderboard, a sort, a forecaster's scores.
import { expect, test } from "@playwright/test";

test("a reader sorts the leaderboard and opens a forecaster's calibration chart and scored forecasts", async ({ page }) => {
  await page.goto("/forecasters");
  const ranked = page.getByRole("region", { name: /Ranked/ }).getByRole("table");
  await expect(ranked).toBeVisible();
  // Best Brier first: Wi Sung-lac, whose "secret deal" came true.
  await expect(ranked.getByRole("row").nth(1)).toContainText("Wi Sung-lac");
  await expect(ranked.getByRole("row").nth(1)).toContainText("0.061");

  await ranked.getByRole("link", { name: /Scored/ }).click();
  await expect(page).toHaveURL(/sort=resolved/);
  const reordered = page.getByRole("region", { name: /Ranked/ }).getByRole("table");
  await expect(reordered.getByRole("columnheader", { name: /Scored/ })).toHaveAttribute("aria-sort", "descending");
  const counts = await reordered.getByRole("row").locator("td:nth-child(3)").allInnerTexts();
  expect(counts.map(Number)).toEqual([...counts.map(Number)].sort((a, b) => b - a));

  await page.getByLabel("Topic").selectOption("summit-2024");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/tag=summit-2024/);
  await page.getByRole("link", { name: "Daily NK columnist (unnamed)" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Daily NK columnist (unnamed)" })).toBeVisible();
  const chart = page.getByRole("img", { name: /Calibration: forecast probability against observed frequency of YES/ });
  await expect(chart).toBeVisible();
  await expect(chart.locator("circle")).toHaveCount(2);
  await expect(page.getByText("Only 2 scored questions")).toBeVisible();

  const scored = page.getByRole("region", { name: "Scored forecasts (2)" });
  const alliance = scored.getByRole("article").filter({ hasText: "little chance that Russia and North Korea will form a military alliance" });
  await expect(alliance).toContainText("Counts · Brier 0.766");
  await expect(page.getByRole("region", { name: "What the Brier score is made of" })).toContainText("between 0.421 and 0.603");
});

test("a question's timeline shows every forecaster and marks the outcome", async ({ page }) => {
  await page.goto("/questions/q-2023-summit-held");
  const timeline = page.getByRole("img", { name: /probability of YES over time/ });
  await expect(timeline).toBeVisible();
  await expect(timeline).toContainText("YES known");
  await expect(timeline).toContainText("Deadline");
  for (const name of ["Lee Jong-sup", "John Everard", "Park Byung-hwan"]) await expect(timeline).toContainText(name);
  await expect(page.getByRole("article", { name: "Forecast by John Everard" })).toContainText("Counts · Brier 0.456");
});

test("the seed's settled calls count for and against their authors, on their pages", async ({ page }) => {
  await page.goto("/forecasters/jeh-sung-hoon");
  const seemsLow = page.getByRole("article").filter({ hasText: "risking an arms deal with North Korea seems low" });
  await expect(seemsLow).toContainText("Counts · Brier 0.456");
  await expect(page.getByRole("term").filter({ hasText: "Skill vs 50%" }).locator("..")).toContainText("−0.82");

  await page.goto("/forecasters/wi-sung-lac");
  const secretDeal = page.getByRole("article").filter({ hasText: "will make a secret deal for their benefit" });
  await expect(secretDeal).toContainText("Counts · Brier 0.016");
  await expect(secretDeal).toContainText("outcome YES");
});
