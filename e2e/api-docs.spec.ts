// The API reference renders the OpenAPI document under the app's CSP, with no script refused
// (no eval, no inline script). RapiDoc's inline style attributes and its request for a web font
// are refused by the policy (style-src with a nonce, font-src 'self'): the page stays readable,
// a little plainer, and the policy stays as it is.
import { expect, test } from "./support/fixtures";

test("the API reference lists the routes and opens one, with no script refused by the Content-Security-Policy", async ({ page }) => {
  const refused: string[] = [];
  page.on("console", (message) => {
    if (/script-src|eval/i.test(message.text())) refused.push(message.text());
  });
  await page.goto("/api-docs");
  await expect(page.getByRole("heading", { name: "API reference" })).toBeVisible();
  // RapiDoc renders into an open shadow root, which Playwright's locators pierce.
  await expect(page.getByText("/api/v1/questions/{id}/outcome").first()).toBeVisible();
  // RapiDoc wires its handlers after it shows the paths: on a busy machine a first click can come
  // before them, so click again until the operation opens.
  const description = page.getByText("Import the export's JSON or a CSV of forecasts", { exact: false }).filter({ visible: true }).first();
  await expect(async () => {
    await page.getByText("/api/v1/import", { exact: true }).first().click();
    await expect(description).toBeVisible({ timeout: 3000 });
  }).toPass();
  expect(refused).toEqual([]);
});
