// The three daily journeys, and what a signed-out visitor can and cannot reach.
import { createTestUser, unique } from "./support/database";
import { createQuestionWithForecasts } from "./support/factories";
import { expect, test } from "./support/fixtures";

test("an analyst creates a question and logs forecasts from two forecasters, one of them new", async ({ page: analyst, signIn }) => {
  const title = `Will the ${unique("test")} summit be held by 2026-06-30?`;
  await signIn("ANALYST");
  await analyst.goto("/");

  await analyst.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "New question" }).click();
  await expect(analyst).toHaveURL(/\/questions\/new$/);
  // Required fields are marked: the question, its criteria and its deadline; the topics are not.
  const marked = await analyst
    .locator("form label")
    .evaluateAll((labels) => labels.filter((l) => l.nextElementSibling?.hasAttribute("data-required-mark")).map((l) => l.textContent));
  expect(marked).toEqual(["Question", "Resolution criteria", "Deadline"]);
  await analyst.getByLabel("Question", { exact: true }).fill(title);
  await analyst.getByLabel("Resolution criteria").fill("YES if the two leaders meet in person on or before 2026-06-30.");
  await analyst.getByLabel("Deadline").fill("2026-06-30");
  await analyst.getByLabel("Topics").fill("summit-test, diplomacy");
  await analyst.getByRole("button", { name: "Create question" }).click();
  await expect(analyst.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(analyst.getByText("Question created.")).toBeVisible();

  const form = analyst.getByRole("form", { name: "Log a forecast" });
  // The first forecaster is on record already: typing finds her.
  await form.getByLabel("Forecaster", { exact: true }).fill("Wi Sung");
  await expect(analyst.locator("#forecaster-suggestions option[value='Wi Sung-lac']")).toHaveCount(1);
  await form.getByLabel("Forecaster", { exact: true }).fill("Wi Sung-lac");
  await form.getByLabel("Outlet", { exact: true }).fill("The Test Herald");
  await form.getByLabel("Published on", { exact: true }).fill("2026-03-01");
  await form.getByLabel("Title", { exact: true }).fill("Summit talk");
  await form.getByLabel("Quote, word for word").fill("The summit will very likely happen before summer.");
  await form.getByLabel("Probability words as written").fill("very likely");
  await expect(form.getByText("Reads as very likely")).toBeVisible();
  await expect(form.getByText("87.5% YES")).toBeVisible();
  await form.getByRole("button", { name: "Log forecast" }).click();
  await expect(form.getByText("Forecast logged for Wi Sung-lac.")).toBeVisible();
  await expect(analyst.getByRole("article", { name: "Forecast by Wi Sung-lac" })).toContainText("87.5%");

  // The second is new, with a number of the analyst's own.
  await form.getByLabel("Forecaster", { exact: true }).fill("Test Pundit");
  await form.getByLabel("Outlet", { exact: true }).fill("The Test Herald");
  await form.getByLabel("Published on", { exact: true }).fill("2026-03-02");
  await form.getByLabel("Title", { exact: true }).fill("Doubts about the summit");
  await form.getByLabel("Quote, word for word").fill("I doubt the summit will happen at all.");
  await form.getByLabel("Probability words as written").fill("doubt");
  await form.getByLabel("Probability of YES, % (optional)").fill("150");
  await form.getByRole("button", { name: "Log forecast" }).click();
  await expect(form.getByText("Probability of YES, % (optional): must be a percentage between 0 and 100")).toBeVisible();
  await form.getByLabel("Probability of YES, % (optional)").fill("20");
  await form.getByRole("button", { name: "Log forecast" }).click();
  await expect(form.getByText("Forecast logged for Test Pundit.")).toBeVisible();
  await expect(analyst.getByRole("article", { name: "Forecast by Test Pundit" })).toContainText("20%");
  await expect(analyst.getByRole("article", { name: "Forecast by Test Pundit" })).toContainText("analyst's judgement");
});

test("an editor resolves a question from the queue and its forecasters' scores change", async ({ page: editor, signIn }) => {
  const bold = `Bold ${unique("pundit")}`;
  const timid = `Timid ${unique("pundit")}`;
  const question = await createQuestionWithForecasts({
    deadline: "2026-06-30",
    forecasts: [
      { forecaster: bold, quote: "The summit will very likely happen before summer.", probability: 0.875, madeAt: "2026-03-01" },
      { forecaster: timid, quote: "I doubt the summit will happen at all.", probability: 0.2, madeAt: "2026-03-02" },
    ],
  });
  await signIn("EDITOR");
  await editor.goto("/");

  await editor.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Resolve" }).click();
  await editor.getByRole("list", { name: "Resolution queue" }).getByRole("link", { name: question.title }).click();
  const outcome = editor.getByRole("form", { name: "Set the outcome" });
  await outcome.getByLabel("YES").check();
  await outcome.getByLabel("Known on").fill("2026-03-05");
  await outcome.getByLabel("Evidence note").fill("Both governments announced the meeting.");
  await outcome.getByRole("button", { name: "Set outcome" }).click();
  await expect(editor.getByText("Outcome saved; scores are updated.")).toBeVisible();
  await expect(editor.getByRole("article", { name: `Forecast by ${bold}` })).toContainText(/Called it · outcome YES.*Brier 0\.016/);
  await expect(editor.getByRole("article", { name: `Forecast by ${timid}` })).toContainText(/Missed · outcome YES.*Brier 0\.640/);

  await editor
    .getByRole("article", { name: `Forecast by ${timid}` })
    .getByRole("link", { name: timid })
    .first()
    .click();
  await expect(editor.getByRole("heading", { level: 1, name: timid })).toBeVisible();
  await expect(editor.getByRole("term").filter({ hasText: "Brier" }).first().locator("..")).toContainText("0.640");
});

test("a reader filters open predictions by forecaster and words, and opens one", async ({ page, signIn }) => {
  await signIn("READER");
  await page.goto("/");
  await expect(page.getByRole("link", { name: "New question" })).toHaveCount(0);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Questions" }).click();
  const filters = page.getByRole("form", { name: "Filter questions" });
  await filters.getByLabel("Status").selectOption("open");
  await filters.getByLabel("Forecaster").fill("Kim Dong-yub");
  await filters.getByLabel("Words in questions and quotes").fill("military drills");
  await filters.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/status=open/);
  await expect(page).toHaveURL(/forecaster=Kim\+Dong-yub/);
  const results = page.getByRole("list", { name: "Questions" });
  await expect(results.locator(":scope > li")).toHaveCount(1);
  await expect(results).toContainText("Kim Dong-yub 50%");
  await results.getByRole("link", { name: "Will North Korea, China and Russia hold joint military drills by 31 December 2024?" }).click();
  await expect(page.getByText("joint military drills among North Korea, China and Russia may take place")).toBeVisible();
  await expect(page.getByRole("form", { name: "Log a forecast" })).toHaveCount(0);
  await expect(page.getByRole("form", { name: "Set the outcome" })).toHaveCount(0);

  await page.goto("/questions?q=zebra+giraffe");
  await expect(page.getByText("No question matches these filters.")).toBeVisible();
});

test("a signed-out visitor can read but cannot reach any form that writes", async ({ page }) => {
  await page.goto("/questions/q-2023-summit-held");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("form")).toHaveCount(0);
  await expect(page.getByRole("link", { name: /Edit or delete/ })).toHaveCount(0);

  for (const path of ["/questions/new", "/resolve", "/settings", "/admin/users", "/forecasts/any/edit"]) {
    await page.goto(path);
    await expect(page, path).toHaveURL(new RegExp(`/sign-in\\?next=${encodeURIComponent(path).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
    await expect(page.getByRole("form", { name: "Sign in" })).toBeVisible();
  }
});

test("signing in through the form: a wrong password says so without saying which part was wrong; the right one opens the account", async ({ page }) => {
  const user = await createTestUser("ANALYST");
  await page.goto("/sign-in?next=%2Fquestions%2Fnew");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("form", { name: "Sign in" }).getByRole("alert")).toHaveText("The email or password is not right.");
  await expect(page.getByLabel("Email")).toHaveValue(user.email);
  await expect(page.getByLabel("Password")).toHaveValue("");

  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/questions\/new$/);
  await expect(page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "New question" })).toBeVisible();
});
