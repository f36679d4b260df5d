# onex-bot: compiled, production dependencies only, running as the unprivileged `node` user.
#   docker build -t onex-bot .
#   docker run -d --env-file .env -v onex-data:/data onex-bot
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    DATA_DIR=/data \
    KNOWLEDGE_DIR=/app/knowledge \
    TELEGRAM_WEBHOOK_HOST=0.0.0.0
WORKDIR /app
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/bin ./bin
COPY --from=build /app/knowledge ./knowledge
# The database, its backups and exported files live in a volume, owned by the user that writes them.
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
# Only used in Telegram webhook mode (TELEGRAM_WEBHOOK_URL); put a TLS proxy in front of it.
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["node", "bin/healthcheck.js"]
# SIGTERM (docker stop) stops the adapters and closes the database cleanly.
STOPSIGNAL SIGTERM
CMD ["node", "bin/start.js"]
