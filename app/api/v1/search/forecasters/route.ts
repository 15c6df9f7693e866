// GET /api/v1/search/forecasters?q=… — forecasters by name, for search-as-you-type.
import { db } from "@/lib/db/client.server";
import { searchForecasters } from "@/lib/forecasters/search-forecasters.server";
import { parseRequest } from "@/lib/http/parse-request";
import { handle, json, jsonOf } from "@/lib/http/respond";
import { searchQuery } from "@/lib/http/search-query";
import { otherMethods } from "@/lib/http/other-methods";
import { forecasterSearchResponse } from "@/lib/api/response-schemas";

export const dynamic = "force-dynamic";

export const GET = handle(async (request: Request) => {
  const { query } = await parseRequest(request, { query: searchQuery });
  return jsonOf(forecasterSearchResponse, { items: await searchForecasters({ db: db(), q: query.q, limit: query.limit }) });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods(["GET"]);
