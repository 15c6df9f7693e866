#!/bin/sh
# Stand-in for Prisma's downloadable schema engine, which `prisma generate` insists on
# locating but never runs. See docs/decisions/0002-migrations-without-the-schema-engine.md.
echo "The Prisma schema engine is not installed; use npm run db:migrate instead." >&2
exit 1
