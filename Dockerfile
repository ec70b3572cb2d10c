# The Kota Kembar API. Built and run by docker-compose.yml next to Neo4j; on its own it
# serves the embedded store (no NEO4J_URI).
# Node 20.19+ (package.json engines); the image tag follows the version the project is tested on.
FROM node:20.20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY tools/schema.ts tools/build-explorer.ts ./tools/
RUN npx tsc -p tsconfig.build.json && npx tsx tools/build-explorer.ts && npm prune --omit=dev

FROM node:20.20-bookworm-slim
# The embedded store (no NEO4J_URI) keeps its snapshot in /app/.data, a folder the
# non-root `node` user owns (it cannot create folders in /app, which root owns).
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000 EMBEDDED_SNAPSHOT=/app/.data/kota-kembar.json
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY seed ./seed
COPY schema ./schema
RUN mkdir -p /app/.data && chown node:node /app/.data
VOLUME /app/.data
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s CMD node -e "fetch('http://127.0.0.1:4000/readyz').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
# Seeds the store once (only when it is empty), then serves.
CMD ["node", "dist/src/app/main.js"]
