// GET /api/v1/openapi.json: the OpenAPI 3.1 description of every /api/v1 route (lib/api/openapi-document.ts).
import { openApiDocument } from "@/lib/api/openapi-document";
import { handle, json } from "@/lib/http/respond";
import { otherMethods } from "@/lib/http/other-methods";

export const dynamic = "force-dynamic";

let cached: ReturnType<typeof openApiDocument> | undefined;

export const GET = handle(async () => json((cached ??= openApiDocument()), { headers: { "Cache-Control": "public, max-age=300" } }));

export const { POST, PUT, PATCH, DELETE } = otherMethods(["GET"]);
