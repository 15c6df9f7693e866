// At a 390-px phone, signed in as an admin (the longest header): nothing is wider than the
// screen, the header is one row, and the list filters wait behind a button.
import { createTestUser } from "./support/database";
import { expect, test } from "./support/fixtures";

const PHONE = { width: 390, height: 844 };
const PAGES = [
  "/",
  "/questions",
  "/questions/q-2023-arms-transfer",
  "/forecasters",
  "/forecasters/kim-dong-yub",
  "/compare?a=jeh-sung-hoon&b=kim-dong-yub",
  "/topics",
  "/topics/arms",
  "/sources",
  "/search?q=kim+dong+yub",
  "/about/scoring",
  "/resolve",
  "/import",
  "/sources/new",
  "/questions/new",
  "/settings",
  "/admin/users",
];

test("no page is wider than a phone, and the signed-in header is one row", async ({ page, signIn }) => {
  test.setTimeout(180_000);
  await page.setViewportSize(PHONE);
  await signIn("ADMIN");
  const tooWide: string[] = [];
  for (const path of PAGES) {
    await page.goto(path);
    const { scrollWidth, viewport } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, viewport: window.innerWidth }));
    if (scrollWidth > viewport) tooWide.push(`${path}: ${scrollWidth} px wide`);
    const header = await page.getByRole("banner").boundingBox();
    // One row: the header is no taller than a row of controls and its padding.
    if (!header || header.height > 64) tooWide.push(`${path}: header ${header?.height} px tall`);
  }
  expect(tooWide).toEqual([]);
});

test("on a phone the menu and the filters open from buttons, and every user's controls are in reach", async ({ page, signIn }) => {
  await page.setViewportSize(PHONE);
  await signIn("ADMIN");
  await page.goto("/questions");
  await expect(page.getByRole("link", { name: "Users" })).toBeHidden();
  await page.getByText("Menu", { exact: true }).click();
  await expect(page.getByRole("link", { name: "Users" })).toBeVisible();
  await page.getByRole("link", { name: "Topics" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Topics" })).toBeVisible();
  // The header stays across pages; its menu closes on the way.
  await expect(page.getByRole("link", { name: "Users" })).toBeHidden();
  await page.goto("/questions");

  const apply = page.getByRole("button", { name: "Apply filters" });
  await expect(apply).toBeHidden();
  await page.getByText(/^Filters/).click();
  await expect(apply).toBeVisible();
  await page.getByLabel("Status").selectOption("resolved");
  await apply.click();
  await expect(page).toHaveURL(/status=resolved/);

  await page.goto("/forecasters");
  await expect(page.getByRole("button", { name: "Apply" })).toBeHidden();
  await page.getByText(/^Options/).click();
  await expect(page.getByRole("button", { name: "Apply" })).toBeVisible();

  const other = await createTestUser("READER");
  await page.goto("/admin/users");
  const viewport = page.viewportSize()!.width;
  await expect(page.getByRole("form", { name: `Disable ${other.email}` }).getByRole("button", { name: "Disable" })).toBeVisible();
  const controls = await page.getByRole("button", { name: /^(Save role|Disable|Enable)$/ }).all();
  expect(controls.length).toBeGreaterThanOrEqual(2);
  for (const control of controls) {
    const box = (await control.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport);
  }
});

test("on a wide screen the filters and the menu are in view without a click", async ({ page, signIn }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn("ADMIN");
  await page.goto("/questions");
  await expect(page.getByRole("button", { name: "Apply filters" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Users" })).toBeVisible();
  await expect(page.getByText("Menu", { exact: true })).toBeHidden();
  await page.goto("/forecasters");
  await expect(page.getByRole("button", { name: "Apply" })).toBeVisible();
});
