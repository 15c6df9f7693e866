// GET /api/v1/search/sources?q=… — sources by title, outlet or URL, for search-as-you-type.
import { z } from "zod";
import { db } from "@/lib/db/client.server";
import { parseRequest } from "@/lib/http/parse-request";
import { handle, json } from "@/lib/http/respond";
import { searchSources } from "@/lib/sources/search-sources.server";

export const dynamic = "force-dynamic";

export const GET = handle(async (request: Request) => {
  const { query } = await parseRequest(request, { query: z.strictObject({ q: z.string().max(200).default("") }) });
  return json({ items: await searchSources({ db: db(), q: query.q }) });
});
