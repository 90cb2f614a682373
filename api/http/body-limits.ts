import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { GENERIC_MESSAGE, logInternalError } from '../graphql/graphql-error.mapper';
import './request-id';

/** What body-parser attaches to the errors it raises. */
interface BodyParserError {
  status: number;
  type: string;
}

function isBodyParserError(error: unknown): error is BodyParserError {
  const e = error as Partial<BodyParserError> | null;
  return typeof e?.status === 'number' && typeof e.type === 'string';
}

/**
 * JSON and form bodies up to `maxBytes` (MAX_BODY_BYTES). A bigger one is refused with 413
 * once its Content-Length (or the bytes counted so far) passes the limit; the rest is read
 * and discarded, never buffered or parsed.
 */
export function useBodyLimits(app: NestExpressApplication, maxBytes: number): void {
  app.useBodyParser('json', { limit: maxBytes });
  app.useBodyParser('urlencoded', { limit: maxBytes, extended: true });
  app.use(bodyErrorHandler(maxBytes));
}

/**
 * Errors raised by the body parsers (before Nest or Apollo see the request) answered as
 * JSON, like the API's other errors, instead of Express's HTML page.
 */
function bodyErrorHandler(maxBytes: number) {
  return (error: unknown, req: Request, res: Response, next: NextFunction): void => {
    if (res.headersSent) {
      next(error);
      return;
    }
    if (!isBodyParserError(error)) {
      logInternalError(error, req.requestId);
      res.status(500).json({
        code: 'INTERNAL_SERVER_ERROR',
        message: GENERIC_MESSAGE,
        requestId: req.requestId,
      });
      return;
    }
    if (error.status === 413) {
      res.status(413).json({
        code: 'PAYLOAD_TOO_LARGE',
        message: `The request body is larger than ${maxBytes} bytes. Send large batches in several requests.`,
      });
    } else if (error.status === 415) {
      res.status(415).json({
        code: 'UNSUPPORTED_MEDIA_TYPE',
        message: 'The request body uses an unsupported encoding or character set.',
      });
    } else {
      res.status(400).json({
        code: 'BAD_REQUEST',
        message:
          error.type === 'entity.parse.failed'
            ? 'The request body is not valid JSON.'
            : 'The request body could not be read.',
      });
    }
  };
}
