// The OpenAPI document validates (a validator library, not our own reading) and describes every
// route file under app/api/v1 with every method it takes.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, test } from "vitest";
import { openApiDocument } from "./openapi-document";

const ROOT = join(import.meta.dirname, "../../app/api/v1");

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(path);
    return entry.name === "route.ts" ? [path] : [];
  });
}

/** app/api/v1/questions/[id]/outcome/route.ts → /api/v1/questions/{id}/outcome and the methods it handles. */
function routesOnDisk() {
  return routeFiles(ROOT).map((file) => {
    const path = `/api/v1/${relative(ROOT, file).replace(/\/?route\.ts$/, "")}`.replace(/\[([^\]]+)\]/g, "{$1}").replace(/\/$/, "");
    const source = readFileSync(file, "utf8");
    const methods = [...source.matchAll(/export const (GET|POST|PUT|PATCH|DELETE) = (?:behindRequestChecks\(\s*)?handle\(/g)]
      .map((m) => m[1]!.toLowerCase())
      .sort();
    return { path, methods };
  });
}

describe("GET /api/v1/openapi.json", () => {
  test("is a valid OpenAPI 3.1 document", async () => {
    const document = openApiDocument();
    expect(document.openapi).toBe("3.1.0");
    const result = await new Validator().validate(JSON.parse(JSON.stringify(document)));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  test("lists every route file under app/api/v1 with every method it takes, and nothing else", () => {
    const document = openApiDocument();
    const onDisk = routesOnDisk();
    expect(onDisk.length).toBeGreaterThanOrEqual(15);
    for (const { path, methods } of onDisk) {
      expect(document.paths?.[path], `${path} is missing from the OpenAPI document`).toBeDefined();
      expect(Object.keys(document.paths![path]!).sort(), path).toEqual(methods);
    }
    expect(Object.keys(document.paths!).sort()).toEqual(onDisk.map((r) => r.path).sort());
  });

  test("request shapes come from the routes' own zod schemas, error codes included", () => {
    const document = JSON.parse(JSON.stringify(openApiDocument()));
    const post = document.paths["/api/v1/forecasts"].post;
    const body = post.requestBody.content["application/json"].schema;
    expect(body.properties.quote).toMatchObject({ type: "string", maxLength: 5000 });
    expect(Object.keys(post.responses).sort()).toEqual(["201", "400", "401", "403", "409", "413", "422", "503"]);
    const browse = document.paths["/api/v1/questions"].get.parameters.map((p: { name: string }) => p.name);
    expect(browse).toEqual(expect.arrayContaining(["status", "forecaster", "cursor", "limit"]));
    expect(Object.keys(document.paths["/api/v1/import"].post.requestBody.content).sort()).toEqual(["application/json", "text/csv"]);
  });
});
