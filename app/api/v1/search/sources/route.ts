// GET /api/v1/search/sources?q=… — sources by title, outlet or URL, for search-as-you-type.
import { db } from "@/lib/db/client.server";
import { parseRequest } from "@/lib/http/parse-request";
import { handle, json, jsonOf } from "@/lib/http/respond";
import { searchQuery } from "@/lib/http/search-query";
import { searchSources } from "@/lib/sources/search-sources.server";
import { otherMethods } from "@/lib/http/other-methods";
import { sourceSearchResponse } from "@/lib/api/response-schemas";

export const dynamic = "force-dynamic";

export const GET = handle(async (request: Request) => {
  const { query } = await parseRequest(request, { query: searchQuery });
  return jsonOf(sourceSearchResponse, { items: await searchSources({ db: db(), q: query.q, limit: query.limit }) });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods(["GET"]);
