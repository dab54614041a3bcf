// buildApp(config, database): plugins, modules, the access hook and the one error handler. Tests build this same app.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fastifyStatic from '@fastify/static';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Config } from './config.ts';
import type { Database } from './db/kysely.ts';
import { AppError, errorMessage, errorStatus, type ErrorCode } from './errors.ts';
import { authorize, declaredPermission } from './platform/access.ts';
import { ErrorReply } from './platform/http.ts';
import { JobRunner } from './platform/jobs.ts';
import { loggerOptions } from './platform/logging.ts';
import { CSRF_HEADER, SESSION_COOKIE, SessionCache, resolveSession } from './platform/sessions.ts';
import { safeEqual } from './platform/tokens.ts';
import { RequestValidationError, validatorCompiler } from './platform/validation.ts';
import { modules, registerJobs } from './modules/index.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface BuildOptions {
  config: Config;
  database: Database;
  /** Where log lines go (tests collect them to check redaction); stdout by default. */
  logStream?: { write(line: string): void };
  /** No logs at all (most tests). */
  quiet?: boolean;
}

export async function buildApp({ config, database, logStream, quiet }: BuildOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: quiet ? false : { ...loggerOptions(config.logLevel), ...(logStream ? { stream: logStream } : {}) },
    trustProxy: config.trustProxy,
    bodyLimit: config.bodyLimitBytes,
    genReqId: () => crypto.randomUUID(),
    requestIdHeader: false,
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.decorate('db', database.db);
  app.decorate('config', config);
  app.decorate('jobs', new JobRunner({ db: database.db, config, log: app.log }));
  app.decorate('routeTable', []);
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionExpired', false);
  app.addSchema(ErrorReply);

  app.addHook('onRoute', (route) => {
    const permission = declaredPermission(route);
    if (permission === undefined) return;
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (method === 'HEAD') continue;
      app.routeTable.push({ method, url: route.url, permission });
    }
    // One error reply schema for every route, instead of repeating it on each.
    const schema = (route.schema ??= {});
    const response = (schema.response ??= {}) as Record<string, unknown>;
    response['4xx'] ??= { $ref: 'ErrorReply#' };
    response['5xx'] ??= { $ref: 'ErrorReply#' };
  });

  await app.register(cookie);
  // Parts are read only by routes that call readUpload (platform/uploads.ts), which sets its own limits.
  await app.register(multipart, { limits: { files: 1, fileSize: config.bodyLimitBytes } });
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // Ant Design injects its styles at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
      },
    },
    // The platform is served over plain HTTP on loopback by default; HSTS is for the TLS proxy in front of it.
    hsts: false,
  });

  const sessionCache = new SessionCache(config.sessionCacheMs);
  // Any write may have ended a session or changed an account: reads after it look sessions up afresh. onSend runs after
  // the write's transaction committed and before its answer leaves, so no later read of the same client sees old state.
  app.addHook('onSend', async (request, _reply, payload) => {
    if (!SAFE_METHODS.has(request.method)) sessionCache.clear();
    return payload;
  });

  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      const lookup = () => resolveSession(app.db, config, token);
      const found = SAFE_METHODS.has(request.method) ? await sessionCache.resolve(token, lookup) : await lookup();
      if (found && 'actor' in found) request.actor = found.actor;
      else if (found) request.sessionExpired = true;
    }
    if (!SAFE_METHODS.has(request.method)) {
      // Cookie-authenticated writes must carry the session's CSRF token; any write from a foreign origin is refused.
      const origin = request.headers.origin;
      if (origin && origin !== 'null') {
        let host: string | undefined;
        try {
          host = new URL(origin).host;
        } catch {
          host = undefined;
        }
        if (host !== request.headers.host) throw new AppError('CSRF_FAILED');
      }
      if (request.actor) {
        const sent = request.headers[CSRF_HEADER];
        if (typeof sent !== 'string' || !safeEqual(sent, request.actor.csrfToken)) throw new AppError('CSRF_FAILED');
      }
    }
    const permission = request.routeOptions.config.permission;
    if (permission === undefined) return; // not-found handler
    if (!request.actor && request.sessionExpired && permission !== 'public') throw new AppError('SESSION_EXPIRED');
    authorize(request.actor, permission);
  });

  app.setErrorHandler((error: FastifyError | AppError | RequestValidationError, request, reply) => {
    const send = (code: ErrorCode, extra: { fields?: unknown; message?: string } = {}) =>
      reply.status(errorStatus(code)).send({ code, message: extra.message ?? errorMessage(code), ...extra, requestId: request.id });
    if (error instanceof AppError) {
      if (error.headers) void reply.headers(error.headers);
      return send(error.code, { message: error.message, ...(error.fields ? { fields: error.fields } : {}) });
    }
    if (error instanceof RequestValidationError) return send('VALIDATION_FAILED', { fields: error.fields });
    const fe = error;
    switch (fe.code) {
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return send('UNSUPPORTED_MEDIA_TYPE');
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return send('BODY_TOO_LARGE');
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
        return send('MALFORMED_JSON');
      default:
        break;
    }
    if (fe instanceof SyntaxError || (fe.statusCode === 400 && /JSON/i.test(fe.message))) return send('MALFORMED_JSON');
    if (fe.statusCode === 429) return send('RATE_LIMITED');
    if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
      return send('VALIDATION_FAILED', { fields: [{ field: '(请求)', message: '请求格式不正确' }] });
    }
    request.log.error({ err: error }, 'unhandled error');
    return send('INTERNAL');
  });

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Bangfu 帮扶 API',
        description: '社会组织参与乡村振兴（脱贫攻坚）服务平台接口。写操作需携带登录返回的 x-csrf-token 请求头。',
        version: '0.1.0',
      },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE } },
      },
    },
    refResolver: { buildLocalReference: (json, _base, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`) },
  });
  await app.register(swaggerUi, { routePrefix: '/docs', staticCSP: true, uiConfig: { docExpansion: 'list' } });

  for (const mod of modules) await app.register(mod, { prefix: '/api' });
  registerJobs(app.jobs);

  const indexHtml = path.join(config.webDistDir, 'index.html');
  const hasWeb = fs.existsSync(indexHtml);
  if (hasWeb) {
    await app.register(fastifyStatic, { root: config.webDistDir, wildcard: false, index: false, maxAge: '1h' });
  }
  app.setNotFoundHandler(async (request, reply) => {
    if (request.url.startsWith('/api/') || request.method !== 'GET' || !hasWeb) {
      return reply.status(404).send({ code: 'ROUTE_NOT_FOUND', message: errorMessage('ROUTE_NOT_FOUND'), requestId: request.id });
    }
    // Client-side routes of the single-page app.
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });

  return app;
}
