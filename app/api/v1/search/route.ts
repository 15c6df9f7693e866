// GET /api/v1/search?q=… — questions, forecasters, sources (and outlets and quotes) that match,
// tolerant of typos, each group with its count.
import { db } from "@/lib/db/client.server";
import { parseRequest } from "@/lib/http/parse-request";
import { handle, json, jsonOf } from "@/lib/http/respond";
import { otherMethods } from "@/lib/http/other-methods";
import { searchEverythingQuery } from "@/lib/search/search-everything-query";
import { searchEverything } from "@/lib/search/search-everything.server";
import { searchEverythingResult } from "@/lib/search/search-everything-query";

export const dynamic = "force-dynamic";

export const GET = handle(async (request: Request) => {
  const { query } = await parseRequest(request, { query: searchEverythingQuery });
  return jsonOf(searchEverythingResult, await searchEverything({ db: db(), q: query.q, limit: query.limit }));
});

export const { POST, PUT, PATCH, DELETE } = otherMethods(["GET"]);
