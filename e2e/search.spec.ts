// One search from the header: names typed loosely and misspelt places still find what they mean.
import { createQuestionWithForecasts } from "./support/factories";
import { unique } from "./support/database";
import { expect, test } from "./support/fixtures";

test("a reader types a name without its hyphen in the header box and reaches the forecaster", async ({ page }) => {
  await page.goto("/");
  const box = page.getByRole("searchbox", { name: "Search Hindsight" });
  await box.fill("kim dong yub");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=kim\+dong\+yub$/);
  const forecasters = page.getByRole("region", { name: /^Forecasters/ });
  await expect(forecasters.getByRole("heading", { name: /Forecasters \(\d+\)/ })).toBeVisible();
  await forecasters.getByRole("link", { name: "Kim Dong-yub" }).click();
  await expect(page).toHaveURL(/\/forecasters\/kim-dong-yub$/);
  await expect(page.getByRole("heading", { level: 1, name: "Kim Dong-yub" })).toBeVisible();
});

test("a misspelt place name finds the questions about it", async ({ page }) => {
  // A place of this test's own, so that the match cannot come from the seed.
  const question = await createQuestionWithForecasts({
    title: `Will the ferry to Zlatogorsk run again by 2031 (${unique("route")})?`,
    deadline: "2031-01-01",
    forecasts: [],
  });
  await page.goto("/questions");
  const box = page.getByRole("searchbox", { name: "Search Hindsight" });
  await box.fill("zlatogorks");
  await page.getByRole("button", { name: "Go" }).first().click();
  const questions = page.getByRole("region", { name: /^Questions/ });
  await expect(questions.getByRole("link", { name: question.title })).toHaveAttribute("href", `/questions/${question.id}`);

  await box.fill("Vladivostock");
  await box.press("Enter");
  await expect(page.getByRole("region", { name: /^Questions/ }).getByRole("link", { name: /held in Vladivostok\?/ })).toBeVisible();
});

test("the results page says when there is nothing to search and when nothing matches", async ({ page }) => {
  await page.goto("/search");
  await expect(page.getByText("Type what you are looking for.")).toBeVisible();
  const box = page.getByRole("searchbox", { name: "Search again" });
  await box.fill("qqxqqzzw");
  await box.press("Enter");
  await expect(page.getByText("Nothing matches “qqxqqzzw”.")).toBeVisible();
  await expect(box).toHaveValue("qqxqqzzw");
});
