# Builds the API and the UI into one image; docker-compose.yml runs it next to Neo4j.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production PORT=3000
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/ui/dist ./ui/dist
COPY --from=build /app/graph/migrations ./graph/migrations
COPY --from=build /app/graph/pom.xml ./graph/pom.xml
COPY package.json ./
EXPOSE 3000
USER node
CMD ["node", "dist/api/main.js"]
