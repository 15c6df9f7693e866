// PATCH /api/v1/sources/[id] (analysts and up): { outlet?, title?, url?, publishedAt?, byline?, note? }.
import { requireRole } from "@/lib/auth/require-role";
import { db } from "@/lib/db/client.server";
import { formatIsoDate } from "@/lib/dates";
import { readBody } from "@/lib/http/parse-request";
import { requestActor } from "@/lib/http/request-actor.server";
import { handle, json, jsonOf } from "@/lib/http/respond";
import { sourceMetadata } from "@/lib/sources/source-metadata";
import { updateSource } from "@/lib/sources/update-source.server";
import { otherMethods } from "@/lib/http/other-methods";
import { oneSourceResponse } from "@/lib/api/response-schemas";

export const dynamic = "force-dynamic";

export const PATCH = handle(async (request: Request, context: { params: Promise<{ id: string }> }) => {
  const { id } = await context.params;
  const actor = requireRole(await requestActor(request), "ANALYST", "edit sources");
  const source = sourceMetadata(await updateSource({ db: db(), actor, sourceId: id, input: await readBody(request) }));
  return jsonOf(oneSourceResponse, {
    source: {
      id: source.id,
      url: source.url,
      outlet: source.outlet,
      title: source.title,
      publishedAt: formatIsoDate(source.publishedAt),
      byline: source.byline,
      textHash: source.textHash,
      note: source.note,
      createdAt: source.createdAt.toISOString(),
      updatedAt: source.updatedAt.toISOString(),
    },
  });
});

export const { GET, POST, PUT, DELETE } = otherMethods(["PATCH"]);
