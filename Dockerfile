# whosaid: GraphQL service over Neo4j. Two stages so the runtime image carries neither TypeScript
# nor the other dev dependencies. The image never runs Neo4j itself: give it NEO4J_URI (see
# docker-compose.yml), otherwise the service would try to start an embedded server it cannot run.

# ---- build: compile src/ to dist/src/, the dashboard to dist/dashboard/ ------------------------------
FROM node:20-bookworm-slim AS build
WORKDIR /app

# Dependencies first, so the npm ci layer stays cached while only sources change.
COPY package.json package-lock.json ./
RUN npm ci

COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY schema ./schema
COPY cypher ./cypher
RUN npm run build
# The dashboard, built into dist/dashboard, which the service serves at /dashboard.
COPY dashboard ./dashboard
RUN npm run build:dashboard

# ---- runtime ---------------------------------------------------------------------------------------
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
WORKDIR /app

COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force

# Files stay owned by root: the service only reads them, and the user `node` (shipped with the
# official image) cannot rewrite its own code.
COPY --from=build /app/dist ./dist
COPY schema ./schema
COPY cypher ./cypher
COPY data ./data

USER node
EXPOSE 4000

# Slim images have no curl or wget; Node 20's built-in fetch does the probe.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/healthz', { signal: AbortSignal.timeout(4000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]

CMD ["node", "dist/src/cli/start.js"]
