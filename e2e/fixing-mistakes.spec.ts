// Fixing structural mistakes (issue 12): a forecast logged on the wrong question is moved.
import { unique } from "./support/database";
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
