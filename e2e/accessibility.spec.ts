// Every page, signed out and signed in as each role, checked by axe-core: zero violations.
// The number of violations per page is printed, so a failure says where and what.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { ROLES, type Role } from "../lib/auth/require-role";
import { expect, test } from "./support/fixtures";

const PUBLIC = [
  "/",
  "/questions",
  "/questions/q-2023-summit-held",
  "/forecasters",
  "/forecasters/jeh-sung-hoon",
  "/about/scoring",
  "/sources",
  "/sign-in",
  "/topics",
  "/topics/arms",
  "/compare?a=jeh-sung-hoon&b=kim-dong-yub",
  "/search",
  "/search?q=kim+dong+yub",
  "/search?q=Vladivostock",
];
const ANALYST = ["/questions/new", "/sources/new", "/questions/q-2023-summit-held/edit", "/forecasters/jeh-sung-hoon/edit", "/settings"];
const EDITOR = ["/resolve"];
const ADMIN = ["/admin/users"];

function pagesFor(role: Role | null): string[] {
  const at = role ? ROLES.indexOf(role) : -1;
  return [
    ...PUBLIC,
    ...(role ? ["/settings"] : []),
    ...(at >= ROLES.indexOf("ANALYST") ? ANALYST : []),
    ...(at >= ROLES.indexOf("EDITOR") ? EDITOR : []),
    ...(at >= ROLES.indexOf("ADMIN") ? ADMIN : []),
  ].filter((p, i, all) => all.indexOf(p) === i);
}

/** A seeded source's page (with its review and edit pages, and a forecast's edit page for analysts), found by following links. */
async function sourcePages(page: Page, role: Role | null): Promise<string[]> {
  await page.goto("/sources");
  const href = await page.locator('main a[href^="/sources/"]:not([href="/sources/new"])').first().getAttribute("href");
  if (!href) return [];
  if (!role || ROLES.indexOf(role) < ROLES.indexOf("ANALYST")) return [href];
  await page.goto("/questions/q-2023-summit-held");
  const forecastEdit = await page.getByRole("link", { name: "Edit or delete this forecast" }).first().getAttribute("href");
  return [href, `${href}/review`, `${href}/edit`, ...(forecastEdit ? [forecastEdit] : [])];
}

async function violationsOn(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBeLessThan(400);
  const { violations } = await new AxeBuilder({ page }).analyze();
  console.log(`axe ${path}: ${violations.length} violations`);
  return violations.map(
    (v) =>
      `${path}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 3)
        .join(", ")}`,
  );
}

for (const role of [null, ...ROLES] as const) {
  test(`axe finds no violations on any page ${role ? `signed in as ${role}` : "signed out"}`, async ({ page, signIn }) => {
    // Fifteen-odd pages, each loaded and scanned: minutes on a loaded machine, and no limit is the point here.
    test.setTimeout(600_000);
    if (role) await signIn(role);
    const paths = [...pagesFor(role), ...(await sourcePages(page, role))];
    const found: string[] = [];
    for (const path of paths) found.push(...(await violationsOn(page, path)));
    console.log(`axe ${role ?? "signed out"}: ${paths.length} pages, ${found.length} violations in all`);
    expect(found).toEqual([]);
  });
}
