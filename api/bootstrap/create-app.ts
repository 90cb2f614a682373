import { LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AppModule } from '../app.module';
import { credentialsMiddleware } from '../auth/auth.middleware';
import { CredentialService } from '../auth/credential.service';
import cookieParser from 'cookie-parser';
import {
  AppConfig,
  AuthConfig,
  GraphqlLimitsConfig,
  HttpConfig,
  loadConfig,
  Neo4jConnectionConfig,
} from '../config/app-config';
import { useBodyLimits } from '../http/body-limits';
import { fileRateLimits, graphqlRateLimits } from '../http/rate-limits';
import { assignRequestId, enterRequestContext } from '../http/request-id';
import { hstsOverHttps, securityHeaders } from '../http/security-headers';

const LEVELS: LogLevel[] = ['error', 'warn', 'log', 'debug'];

/** What createApp takes from the configuration; anything left out keeps its default. */
export interface AppOptions {
  logLevel?: LogLevel;
  nodeEnv?: AppConfig['nodeEnv'];
  http?: Partial<HttpConfig>;
  graphqlLimits?: Partial<GraphqlLimitsConfig>;
  auth?: Partial<AuthConfig>;
}

/** The built UI: ui/dist at the repo root, from sources or from dist/. */
export function uiDistDir(): string {
  const candidates = [
    resolve(__dirname, '..', '..', 'ui', 'dist'),
    resolve(__dirname, '..', '..', '..', 'ui', 'dist'),
  ];
  return candidates.find((dir) => existsSync(join(dir, 'index.html'))) ?? candidates[0];
}

/**
 * Builds the Nest application: GraphQL at /graphql, GET /health, and the built UI at /
 * (any other GET that wants HTML gets index.html, so client-side routes survive reload).
 * Defaults are the production-safe ones of loadConfig; `options` may be a log level alone.
 */
export async function createApp(
  connection: Neo4jConnectionConfig,
  options: AppOptions | LogLevel = {},
): Promise<NestExpressApplication> {
  const given = typeof options === 'string' ? { logLevel: options } : options;
  const defaults = loadConfig({});
  const nodeEnv = given.nodeEnv ?? defaults.nodeEnv;
  const http = { ...defaults.http, ...given.http };
  const limits = { ...defaults.graphqlLimits, ...given.graphqlLimits };
  const logLevel = given.logLevel ?? 'log';
  const auth = { ...defaults.auth, ...given.auth };

  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(connection, auth, { nodeEnv, limits }),
    { logger: LEVELS.slice(0, LEVELS.indexOf(logLevel) + 1), bodyParser: false },
  );
  app.disable('x-powered-by');
  if (http.trustProxyHops > 0) app.set('trust proxy', http.trustProxyHops);
  app.use(assignRequestId);
  app.use(securityHeaders());
  app.use(hstsOverHttps);
  useBodyLimits(app, http.maxBodyBytes);
  // From here on, the request id and the per-request Neo4j limit follow every await.
  app.use(enterRequestContext);
  app.use(cookieParser());
  // Resolves the session cookie or bearer token into req.principal / req.auth before the
  // rate limiter, which counts a signed-in caller per user. /health is never limited.
  app.use(credentialsMiddleware(app.get(CredentialService)));
  app.use('/graphql', ...graphqlRateLimits(http));
  app.use('/api', fileRateLimits(http));
  const ui = uiDistDir();
  if (existsSync(join(ui, 'index.html'))) {
    app.useStaticAssets(ui, { index: 'index.html' });
    app.use((req: Request, res: Response, next: NextFunction) => {
      const isApi = /^\/(graphql|health|auth\/|api\/)/.test(req.path);
      if (req.method === 'GET' && !isApi && req.accepts('html')) {
        res.sendFile(join(ui, 'index.html'));
        return;
      }
      next();
    });
  }
  return app;
}
