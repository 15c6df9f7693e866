// A reader follows the seeded data: home → a question's forecasts → a forecaster's forecasts.
import { expect, test } from "@playwright/test";

test("a reader goes from the home page to a question's forecasts and on to a forecaster's", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveTitle(/Hindsight/);
  await expect(page.getByRole("link", { name: "Hindsight" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Who called it right?" })).toBeVisible();
  // The seed's 42, and any that other tests have logged since.
  const forecasts = page.getByRole("link", { name: /Forecasts\s*\d+/ });
  await expect(forecasts).toBeVisible();
  expect(Number((await forecasts.innerText()).match(/\d+/)![0])).toBeGreaterThanOrEqual(42);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Questions" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Questions" })).toBeVisible();
  await page.getByLabel("Status").selectOption("resolved");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/status=resolved/);
  await page.getByRole("link", { name: "Will Russia and North Korea sign a treaty with a mutual-defence clause by 31 December 2024?" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/mutual-defence clause/);
  const outcome = page.getByRole("region", { name: "Outcome" });
  await expect(outcome.getByText("YES", { exact: true })).toBeVisible();
  await expect(outcome).toContainText("Article 4");
  const forecast = page.getByRole("article", { name: "Forecast by Daily NK columnist (unnamed)" });
  await expect(forecast.getByText("there seems to be little chance that Russia and North Korea will form a military alliance")).toBeVisible();
  await expect(forecast).toContainText("12.5%");
  await expect(forecast).toContainText("band 5–20%");

  await forecast.getByRole("link", { name: "Daily NK columnist (unnamed)" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Daily NK columnist (unnamed)" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Scored forecasts (2)" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Other forecasts (5)" })).toBeVisible();
  await expect(page.getByText("the decisions that will be made at the Kim-Putin summit will almost certainly require China’s approval")).toBeVisible();
});

test("a reader sees a source's forecasts and their quotes marked in the article", async ({ page }) => {
  await page.goto("/sources");
  await page.getByRole("link", { name: "Will international pariahs N. Korea, Russia be willing to risk making a public arms deal?" }).click();
  await expect(page.getByRole("heading", { name: /Forecasts quoted from this source \(8\)/ })).toBeVisible();
  const marked = page.getByRole("region", { name: "Article text" }).locator("mark");
  await expect(marked.filter({ hasText: "will make a secret deal for their benefit" })).toHaveCount(1);
  await expect(page.getByRole("article", { name: "Forecast by Wi Sung-lac" }).first()).toContainText("chances … are high");
});

test("an unknown question shows a helpful not-found page with status 404", async ({ page }) => {
  const response = await page.goto("/questions/does-not-exist");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  await expect(page.getByRole("link", { name: /home page/ })).toBeVisible();
});

test("a page number past the end of a list says so and leads back to the last page", async ({ page }) => {
  await page.goto("/questions/q-2024-mutual-defence-treaty?page=7");
  const pages = page.getByRole("navigation", { name: "Pages of forecasts" });
  await expect(pages).toContainText("There is no page 7: this list has one page.");
  await expect(page.getByRole("article")).toHaveCount(0);
  await pages.getByRole("link", { name: "Go to the last page" }).click();
  await expect(page.getByRole("article", { name: "Forecast by Daily NK columnist (unnamed)" })).toBeVisible();
});
