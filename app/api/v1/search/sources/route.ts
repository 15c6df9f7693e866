// GET /api/v1/search/sources?q=… — sources by title, outlet or URL, for search-as-you-type.
import { z } from "zod";
import { db } from "@/lib/db/client.server";
import { parseRequest } from "@/lib/http/parse-request";
import { handle, json } from "@/lib/http/respond";
import { searchSources } from "@/lib/sources/search-sources.server";

export const dynamic = "force-dynamic";

const searchQuery = z.strictObject({
  q: z.string().max(200).default(""),
  limit: z.coerce.number().int().min(1, "must be at least 1").max(50, "must be at most 50").default(10),
});

export const GET = handle(async (request: Request) => {
  const { query } = await parseRequest(request, { query: searchQuery });
  return json({ items: await searchSources({ db: db(), q: query.q, limit: query.limit }) });
});
