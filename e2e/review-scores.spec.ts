// A reader reviews forecaster accuracy: the leaderboard, a sort, a forecaster's scores.
import { expect, test } from "@playwright/test";

test("a reader sorts the leaderboard and opens a forecaster's calibration chart and scored forecasts", async ({ page }) => {
  await page.goto("/forecasters");
  const ranked = page.getByRole("region", { name: /Ranked/ }).getByRole("table");
  await expect(ranked).toBeVisible();
  // Best Brier first. Other tests resolve questions of their own while this runs, so the order
  // is checked as a rule, and Wi Sung-lac ("secret deal", which came true) by his row.
  await expect(ranked.getByRole("row").filter({ hasText: "Wi Sung-lac" })).toContainText("0.061");
  const briers = (await ranked.getByRole("row").locator("td:nth-child(4)").allInnerTexts()).map(Number);
  expect(briers.length).toBeGreaterThan(5);
  expect(briers).toEqual([...briers].sort((a, b) => a - b));

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
  await expect(alliance).toContainText(/Missed · outcome \w+.*Brier 0\.766/);
  await expect(page.getByRole("region", { name: "What the Brier score is made of" })).toContainText("between 0.421 and 0.603");
});

test("a question's timeline shows every forecaster and marks the outcome", async ({ page }) => {
  await page.goto("/questions/q-2023-summit-held");
  const timeline = page.getByRole("img", { name: /probability of YES over time/ });
  await expect(timeline).toBeVisible();
  await expect(timeline).toContainText("YES known");
  await expect(timeline).toContainText("Deadline");
  for (const name of ["Lee Jong-sup", "John Everard", "Park Byung-hwan"]) await expect(timeline).toContainText(name);
  await expect(page.getByRole("article", { name: "Forecast by John Everard" })).toContainText(/Missed · outcome \w+.*Brier 0\.456/);
});

test("the seed's settled calls count for and against their authors, on their pages", async ({ page }) => {
  await page.goto("/forecasters/jeh-sung-hoon");
  const seemsLow = page.getByRole("article").filter({ hasText: "risking an arms deal with North Korea seems low" });
  await expect(seemsLow).toContainText(/Missed · outcome \w+.*Brier 0\.456/);
  await expect(page.getByRole("term").filter({ hasText: "Skill vs 50%" }).locator("..")).toContainText("−0.82");

  await page.goto("/forecasters/wi-sung-lac");
  const secretDeal = page.getByRole("article").filter({ hasText: "will make a secret deal for their benefit" });
  await expect(secretDeal).toContainText(/Called it · outcome YES.*Brier 0\.016/);
  await expect(secretDeal).toContainText("outcome YES");
});

test("a forecaster's record reads in plain words, with each score explained where it stands", async ({ page }) => {
  await page.goto("/forecasters/jeh-sung-hoon");
  const plain = page.getByRole("region", { name: "Their record in plain words" });
  await expect(plain).toContainText(/On the right side of 50% on \d+ of \d+ resolved questions?/);
  await expect(plain).toContainText("saying 50% every time would score 0.25");
  await expect(plain).toContainText(/better than the crowd on \d+ of \d+ shared questions?/);
  const brier = page.getByRole("term").filter({ hasText: "Brier" }).first().locator("..");
  await expect(brier).toContainText("0 is perfect; 0.25 is always saying 50%");
  await expect(brier).toContainText(/90% interval: (too few to tell|0\.\d{3}–0\.\d{3})/);
  await page.getByRole("link", { name: "Skill vs 50%" }).click();
  await expect(page).toHaveURL(/\/about\/scoring#skill$/);
  await expect(page.getByRole("heading", { level: 2, name: "An example first" })).toBeVisible();
  await expect(page.getByRole("region", { name: "An example first" })).toContainText("called it");
});
