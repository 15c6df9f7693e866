// GET /api/v1/forecasters: every forecaster with at least `minResolved` (default 1) scored
// forecasts, ranked by `sort` (brier, relative, log, resolved); optional `tag`, `from`, `to`, `page`.
import { db } from "@/lib/db/client.server";
import { leaderboardQuery } from "@/lib/forecasters/leaderboard-query";
import { rankForecasters } from "@/lib/forecasters/rank-forecasters.server";
import { parseRequest } from "@/lib/http/parse-request";
import { handle, json, jsonOf } from "@/lib/http/respond";
import { otherMethods } from "@/lib/http/other-methods";
import { leaderboardResponse } from "@/lib/api/response-schemas";

export const dynamic = "force-dynamic";

export const GET = handle(async (request: Request) => {
  const { query } = await parseRequest(request, { query: leaderboardQuery });
  const { items, hasNextPage } = await rankForecasters({ db: db(), query, minResolved: query.minResolved ?? 1 });
  const ranked = items.filter((i) => i.rank !== null);
  return jsonOf(leaderboardResponse, {
    items: ranked.map((i) => ({
      id: i.id,
      slug: i.slug,
      name: i.name,
      rank: i.rank!,
      resolved: i.stats.resolved,
      brier: i.stats.brier,
      brierInterval: i.stats.brierInterval,
      logScore: i.stats.logScore,
      skill: i.stats.skill,
      relativeBrier: i.stats.relativeBrier,
    })),
    // Ranked forecasters come first, so a page that reached the unranked ones was the last.
    nextPage: hasNextPage && ranked.length === items.length ? query.page + 1 : null,
  });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods(["GET"]);
