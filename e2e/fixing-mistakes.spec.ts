// Fixing structural mistakes (issue 12): a forecast logged on the wrong question is moved.
import { setOutcome } from "../lib/outcomes/set-outcome.server";
import { commandLineActor } from "../lib/users/system-actor.server";
import { testDb, unique } from "./support/database";
import { createQuestionWithForecasts } from "./support/factories";
import { expect, test } from "./support/fixtures";

test("an analyst moves a forecast to another question and both questions' timelines change", async ({ page: analyst, signIn }) => {
  const strayer = `Stray ${unique("pundit")}`;
  const stayer = `Stayer ${unique("pundit")}`;
  const wrong = await createQuestionWithForecasts({
    title: `Will the ${unique("wrong")} bridge open by 2026-09-30?`,
    deadline: "2026-09-30",
    forecasts: [
      { forecaster: strayer, quote: "The tunnel is 70 percent likely to open.", probability: 0.7, madeAt: "2026-03-01" },
      { forecaster: stayer, quote: "The bridge is 40 percent likely to open.", probability: 0.4, madeAt: "2026-03-02" },
    ],
  });
  const tunnel = unique("tunnel");
  const right = await createQuestionWithForecasts({ title: `Will the ${tunnel} tunnel open by 2026-09-30?`, deadline: "2026-09-30", forecasts: [] });
  await signIn("ANALYST");

  await analyst.goto(`/questions/${wrong.id}`);
  const timeline = analyst.getByRole("img", { name: /probability of YES over time/ });
  await expect(timeline).toHaveAccessibleName(new RegExp(strayer));
  await analyst
    .getByRole("article", { name: `Forecast by ${strayer}` })
    .getByRole("link", { name: "Edit or delete this forecast" })
    .click();

  const form = analyst.getByRole("form", { name: "Edit the forecast" });
  await form.getByText("Move it: another question, forecaster or source").click();
  await form.getByLabel("Find another question").fill(tunnel);
  await form.getByRole("radiogroup", { name: "Question" }).getByRole("radio", { name: right.title }).check();
  await form.getByRole("button", { name: "Save changes" }).click();

  await expect(analyst).toHaveURL(new RegExp(`/questions/${right.id}`));
  await expect(analyst.getByRole("status")).toContainText(`Forecast by ${strayer} saved and moved here from ${wrong.title}`);
  await expect(analyst.getByRole("img", { name: /probability of YES over time/ })).toHaveAccessibleName(new RegExp(`${strayer}: 70%`));

  await analyst.getByRole("status").getByRole("link", { name: wrong.title }).click();
  await expect(analyst).toHaveURL(new RegExp(`/questions/${wrong.id}$`));
  const left = analyst.getByRole("img", { name: /probability of YES over time/ });
  await expect(left).toHaveAccessibleName(new RegExp(stayer));
  await expect(left).not.toHaveAccessibleName(new RegExp(strayer));
  await expect(analyst.getByRole("heading", { name: "Forecasts (1)" })).toBeVisible();
});

test("an editor archives a test question, which leaves the list, and restores it", async ({ page: editor, signIn }) => {
  const marker = unique("archivable");
  const question = await createQuestionWithForecasts({
    title: `Will the ${marker} test event happen by 2026-10-31?`,
    deadline: "2026-10-31",
    forecasts: [{ forecaster: `Tester ${unique("pundit")}`, quote: "It is 50 percent likely.", probability: 0.5, madeAt: "2026-03-01" }],
  });
  await signIn("EDITOR");
  await editor.goto(`/questions/${question.id}`);
  const archive = editor.getByRole("form", { name: "Archive the question" });
  await archive.getByRole("button", { name: "Archive question" }).click();
  await expect(archive.getByRole("alert")).toHaveText("Tick the box to confirm that the question should be archived.");
  await archive.getByLabel("Yes, archive this question").check();
  await archive.getByRole("button", { name: "Archive question" }).click();
  await expect(editor.getByRole("status")).toHaveText("Question archived. It no longer appears in lists or scores.");
  await expect(editor.getByRole("note")).toContainText("this question is not listed");

  await editor.goto(`/questions?q=${marker}`);
  await expect(editor.getByRole("link", { name: question.title })).toHaveCount(0);

  await editor.goto(`/questions/${question.id}`);
  const restore = editor.getByRole("form", { name: "Restore the question" });
  await restore.getByLabel("Yes, restore this question").check();
  await restore.getByRole("button", { name: "Restore question" }).click();
  await expect(editor.getByRole("status")).toHaveText("Question restored. It is listed and scored again.");
  await editor.goto(`/questions?q=${marker}`);
  await expect(editor.getByRole("link", { name: question.title })).toBeVisible();
});

test("an editor merges two forecasters and the old address leads to the one kept", async ({ page: editor, signIn, request }) => {
  const marker = unique("officials");
  const kept = `Senior ${marker}`;
  const twin = `Unnamed ${marker}`;
  await createQuestionWithForecasts({
    deadline: "2026-11-30",
    forecasts: [
      { forecaster: kept, quote: "A deal is 60 percent likely.", probability: 0.6, madeAt: "2026-03-01" },
      { forecaster: twin, quote: "A deal is 80 percent likely.", probability: 0.8, madeAt: "2026-03-02" },
    ],
  });
  await signIn("EDITOR");
  const slugOf = async (name: string) => {
    const response = await request.get(`/api/v1/search/forecasters?q=${encodeURIComponent(name)}`);
    return ((await response.json()) as { items: Array<{ slug: string }> }).items[0]!.slug;
  };
  const [keptSlug, twinSlug] = [await slugOf(kept), await slugOf(twin)];

  await editor.goto(`/forecasters/${keptSlug}`);
  await editor.getByRole("link", { name: "Merge a duplicate into this one" }).click();
  const form = editor.getByRole("form", { name: "Merge a forecaster" });
  await expect(form).toContainText("Merging is final: there is no undo.");
  await form.getByLabel("Find another forecaster to merge").fill(twin);
  await form.getByRole("radio", { name: twin }).check();
  await form.getByLabel(`Yes, merge it into ${kept} for good`).check();
  await form.getByRole("button", { name: "Merge" }).click();

  await expect(editor).toHaveURL(new RegExp(`/forecasters/${keptSlug}\\?`));
  await expect(editor.getByRole("status")).toHaveText(`Merged “${twin}” into ${kept}: 1 forecast moved. Its old address leads here.`);
  await expect(editor.getByRole("article", { name: `Forecast by ${kept}` })).toHaveCount(2);

  await editor.goto(`/forecasters/${twinSlug}`);
  await expect(editor).toHaveURL(new RegExp(`/forecasters/${keptSlug}$`));
  await expect(editor.getByRole("heading", { level: 1, name: kept })).toBeVisible();
  const api = await request.get(`/api/v1/forecasters/${twinSlug}`);
  expect(api.status()).toBe(200);
  expect(((await api.json()) as { forecaster: { slug: string } }).forecaster.slug).toBe(keptSlug);
});

test("an analyst types “60 per cent”, sees how it was read, and the forecast records 0.6", async ({ page: analyst, signIn }) => {
  const pundit = `${unique("ministry")} officials`;
  const question = await createQuestionWithForecasts({ deadline: "2026-12-31", forecasts: [] });
  await signIn("ANALYST");
  await analyst.goto(`/questions/${question.id}`);
  const form = analyst.getByRole("form", { name: "Log a forecast" });
  await form.getByLabel("Forecaster", { exact: true }).fill(pundit);
  // A new forecaster's kind is proposed from the name, not defaulted silently.
  await expect(form.getByLabel("Kind, if new")).toHaveValue("UNNAMED_GROUP");
  await expect(form.getByText("Suggested from the name: unnamed.")).toBeVisible();
  await form.getByLabel("Outlet", { exact: true }).fill("The Test Herald");
  await form.getByLabel("Published on", { exact: true }).fill("2026-03-01");
  await form.getByLabel("Title", { exact: true }).fill(unique("percent report"));
  await form.getByLabel("Quote, word for word").fill("I would put it at 60 per cent.");
  await form.getByLabel("Probability of YES, % (optional)").fill("60 per cent");
  await expect(form.getByText("Read “60 per cent” as 60%. That number will be recorded.")).toBeVisible();
  await form.getByLabel("That number is").selectOption("STATED");
  await form.getByRole("button", { name: "Log forecast" }).click();
  await expect(form.getByText(`Forecast logged for ${pundit}.`)).toBeVisible();
  await expect(analyst.getByRole("article", { name: `Forecast by ${pundit}` })).toContainText("60%");
  const stored = await testDb().forecast.findFirstOrThrow({ where: { questionId: question.id } });
  expect(stored).toMatchObject({ probability: 0.6, probabilitySource: "STATED" });
  expect(await testDb().forecaster.findUniqueOrThrow({ where: { id: stored.forecasterId } })).toMatchObject({ kind: "UNNAMED_GROUP" });
});

test("an editor undoes an outcome after a failed change and sees only the success message", async ({ page: editor, signIn }) => {
  const question = await createQuestionWithForecasts({
    deadline: "2026-04-30",
    forecasts: [{ forecaster: `Undo ${unique("pundit")}`, quote: "It is 70 percent likely.", probability: 0.7, madeAt: "2026-03-01" }],
  });
  const db = testDb();
  await setOutcome({ db, actor: await commandLineActor(db), questionId: question.id, input: { value: "YES", resolvedAt: "2026-04-02", note: "It happened." } });
  await signIn("EDITOR");
  await editor.goto(`/questions/${question.id}`);

  const change = editor.getByRole("form", { name: "Change the outcome" });
  // The change starts from the current outcome's evidence.
  await expect(change.getByLabel("Evidence note")).toHaveValue("It happened.");
  await expect(change.getByRole("radio", { name: "YES", exact: true })).toBeChecked();
  await change.getByRole("radio", { name: "NO", exact: true }).check();
  await change.getByLabel("Evidence note").fill("");
  await change.getByLabel("Why change it").fill("Misread the report.");
  await change.getByRole("button", { name: "Change outcome" }).click();
  await expect(change.getByRole("alert")).toBeVisible();
  await expect(change.getByLabel("Why change it")).toHaveValue("Misread the report.");

  const undo = editor.getByRole("form", { name: "Undo the outcome" });
  await undo.getByLabel("Why undo it").fill("Set too early.");
  await undo.getByLabel("Yes, undo this outcome (the question opens again)").check();
  await undo.getByRole("button", { name: "Undo outcome" }).click();

  // Next.js's route announcer is an alert region of its own: look in the outcome section.
  const outcome = editor.getByRole("region", { name: "Outcome", exact: true });
  await expect(outcome.getByRole("status")).toHaveText("Outcome undone; the question is open again.");
  await expect(outcome.getByRole("alert")).toHaveCount(0);
  await expect(outcome.getByText("give the evidence")).toHaveCount(0);
  await expect(editor.getByRole("form", { name: "Set the outcome" })).toBeVisible();
});

test("revoking an API token asks first, then the token leaves the list", async ({ page, signIn }) => {
  await signIn("READER");
  await page.goto("/settings");
  const name = unique("script token");
  await page.getByLabel("Token name").fill(name);
  await page.getByRole("button", { name: "Create token" }).click();
  const row = page.getByRole("row").filter({ hasText: name });
  await expect(row).toContainText("never");

  page.once("dialog", (dialog) => dialog.dismiss());
  await row.getByRole("button", { name: "Revoke" }).click();
  await expect(row).toBeVisible();

  page.once("dialog", (dialog) => dialog.accept());
  await row.getByRole("button", { name: "Revoke" }).click();
  await expect(page.getByRole("status").filter({ hasText: "revoked" })).toHaveText(`Token “${name}” revoked: it no longer works.`);
  await expect(page.getByRole("row").filter({ hasText: name })).toHaveCount(0);
});

test("an analyst edits a forecaster and the page says the change was saved", async ({ page: analyst, signIn, request }) => {
  const name = `Edited ${unique("pundit")}`;
  await createQuestionWithForecasts({
    deadline: "2026-12-31",
    forecasts: [{ forecaster: name, quote: "It is 30 percent likely.", probability: 0.3, madeAt: "2026-03-01" }],
  });
  const search = await request.get(`/api/v1/search/forecasters?q=${encodeURIComponent(name)}`);
  const slug = ((await search.json()) as { items: Array<{ slug: string }> }).items[0]!.slug;
  await signIn("ANALYST");
  await analyst.goto(`/forecasters/${slug}/edit`);
  const form = analyst.getByRole("form", { name: "Edit the forecaster" });
  await form.getByLabel("Affiliation").fill("Test Institute");
  await form.getByRole("button", { name: "Save forecaster" }).click();
  await expect(analyst.getByRole("status")).toHaveText(`Changes to ${name} saved.`);
  await expect(analyst.getByText("Test Institute")).toBeVisible();
});
