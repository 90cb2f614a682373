import { LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AppModule } from '../app.module';
import cookieParser from 'cookie-parser';
import { AppConfig, loadConfig, Neo4jConnectionConfig } from '../config/app-config';

const LEVELS: LogLevel[] = ['error', 'warn', 'log', 'debug'];

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
 */
export async function createApp(
  connection: Neo4jConnectionConfig,
  logLevel: LogLevel = 'log',
  config: AppConfig = loadConfig({}),
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(connection, config),
    { logger: LEVELS.slice(0, LEVELS.indexOf(logLevel) + 1) },
  );
  // Client addresses and HTTPS detection come from X-Forwarded-* only behind a known proxy.
  app.set('trust proxy', config.auth.trustProxy);
  app.use(cookieParser());
  // Batch mutations (up to 20,000 ties with notes) exceed express's 100 kB default.
  app.useBodyParser('json', { limit: '64mb' });
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
