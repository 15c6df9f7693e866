// An analyst pastes an article the app has never seen, accepts three of its proposed
// forecasts (one onto an existing question), turns one down, and finds them on the source.
import type { Page } from "@playwright/test";
import { unique } from "./support/database";
import { expect, test } from "./support/fixtures";

/** Fills the article form on /sources/new as an analyst would, and sends it. */
async function pasteArticle(page: Page, article: { outlet: string; title: string; text: string }) {
  const form = page.getByRole("form", { name: "Add an article" });
  await form.getByLabel("Outlet").fill(article.outlet);
  await form.getByLabel("Published on").fill("2026-03-02");
  await form.getByLabel("Title", { exact: true }).fill(article.title);
  await form.getByLabel("Article text").fill(article.text);
  await form.getByRole("button", { name: "Add and find forecasts" }).click();
}

test("an analyst pastes an article, accepts three candidates, turns one down, and sees the forecasts on the source", async ({ page, signIn }) => {
  await signIn("ANALYST");
  await page.goto("/");
  const title = `Talks resume in Geneva ${unique("article")}`;
  const article = [
    "Ceasefire talks resume",
    "By Maria Lopez, diplomatic correspondent",
    `Negotiators returned to Geneva on Monday for a third round of talks (${title}).`,
    "“A signed text by Friday is highly likely,” said Ahmed Karimi, the chief mediator.",
    "Elena Novak, a senior fellow at the Baltic Policy Institute, said there is little chance that Russia and North Korea will form a military alliance this year.",
    "She added that sanctions relief might follow if the ceasefire holds.",
    "According to Interfax, a prisoner exchange could take place as early as next week.",
    "Related stories",
  ].join("\n");

  await page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Add article" }).click();
  await pasteArticle(page, { outlet: "The Geneva Test", title, text: article });

  await expect(page.getByRole("heading", { name: "Review proposed forecasts" })).toBeVisible();
  await expect(page.getByText("4 proposed, 4 still to decide.")).toBeVisible();
  const card = (n: number) => page.getByRole("article", { name: `Candidate ${n}`, exact: true });
  await expect(card(1)).toContainText("Ahmed Karimi");
  await expect(card(2)).toContainText("Elena Novak");
  await expect(page.locator("mark#candidate-1")).toContainText("A signed text by Friday is highly likely");

  // 1: onto a new question.
  await card(1).getByLabel("New question", { exact: true }).fill("Will a ceasefire text be signed in Geneva by 6 March 2026?");
  await card(1).getByLabel("Resolution criteria").fill("YES if the parties sign a ceasefire text by 2026-03-06.");
  await card(1).getByLabel("Deadline").fill("2026-12-06");
  await card(1).getByRole("button", { name: "Accept" }).click();
  await expect(card(1)).toContainText("Logged ✓");
  // The card says what was saved, with links to it.
  await expect(card(1).getByRole("link", { name: "Will a ceasefire text be signed in Geneva by 6 March 2026?" })).toBeVisible();

  // 2: onto an existing question, found by searching.
  await card(2).getByLabel("An existing question").check();
  await card(2).getByLabel("Find a question").fill("military alliance");
  await card(2)
    .getByLabel(/Will Russia and North Korea sign a treaty with a mutual-defence clause/)
    .check();
  await card(2).getByLabel("Made on").fill("2024-06-01");
  await card(2).getByRole("button", { name: "Accept" }).click();
  await expect(card(2)).toContainText("Logged ✓");

  // 3: turned down.
  await card(3).getByRole("button", { name: "Turn down" }).click();
  await expect(card(3)).toContainText("Turned down ✗");

  // 4: a new question, with the analyst's own number.
  await card(4).getByLabel("New question", { exact: true }).fill("Will a prisoner exchange take place by 13 March 2026?");
  await card(4).getByLabel("Resolution criteria").fill("YES if an exchange of prisoners happens by 2026-03-13.");
  await card(4).getByLabel("Deadline").fill("2026-12-13");
  await card(4).getByLabel("Probability of YES, % (optional)").fill("40");
  await card(4).getByRole("button", { name: "Accept" }).click();
  await expect(card(4)).toContainText("Logged ✓");

  await page.getByRole("link", { name: title }).first().click();
  await expect(page.getByRole("heading", { name: "Forecasts quoted from this source (3)" })).toBeVisible();
  const marks = page.getByRole("region", { name: "Article text" }).locator("mark");
  await expect(marks).toHaveCount(3);
  await expect(marks.nth(0)).toHaveText("A signed text by Friday is highly likely");
  await expect(page.getByRole("article", { name: "Forecast by Interfax" })).toContainText("40%");
  await expect(page.getByRole("article", { name: "Forecast by Elena Novak" })).toContainText(
    "Will Russia and North Korea sign a treaty with a mutual-defence clause",
  );

  // The review remembers every decision.
  await page.goto(page.url() + "/review");
  await expect(page.getByText("4 proposed, 0 still to decide.")).toBeVisible();
});

test("a number the article states is shown on its card and accepted as stated", async ({ page, signIn }) => {
  await signIn("ANALYST");
  const title = `Rates outlook ${unique("article")}`;
  const article = [
    "Rates outlook",
    `Markets expect another cut this autumn (${title}).`,
    "Economists at the Test Bank give a 70 percent chance of a rate cut in June, said Ines Alvarado, its chief economist.",
  ].join("\n");
  await page.goto("/sources/new");
  await pasteArticle(page, { outlet: "The Rates Test", title, text: article });

  await expect(page.getByRole("heading", { name: "Review proposed forecasts" })).toBeVisible();
  const card = page.getByRole("article", { name: "Candidate 2", exact: true });
  await expect(card.getByLabel("Forecaster")).toHaveValue("Ines Alvarado");
  await expect(card).toContainText("Number stated: 70%");
  await expect(card.getByLabel("Probability of YES, % (optional)")).toHaveValue("70");
  await expect(card.getByLabel("That number is")).toHaveValue("STATED");
  await card.getByLabel("New question", { exact: true }).fill(`Will the Test Bank cut rates in June 2026 (${title})?`);
  await card.getByLabel("Resolution criteria").fill("YES if the Test Bank cuts its policy rate by 2026-06-30.");
  await card.getByLabel("Deadline").fill("2026-06-30");
  await card.getByRole("button", { name: "Accept" }).click();
  await expect(card).toContainText("Logged ✓");

  await page.getByRole("link", { name: title }).first().click();
  await expect(page.getByRole("article", { name: "Forecast by Ines Alvarado" })).toContainText("70%");
});
