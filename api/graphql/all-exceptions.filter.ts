import { ArgumentsHost, Catch, ExceptionFilter, HttpException } from '@nestjs/common';
import type { GqlContextType } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import {
  GENERIC_MESSAGE,
  HTTP_STATUS,
  logInternalError,
  toDomainError,
  toGraphQLError,
} from './graphql-error.mapper';

/** Global filter: every error leaving a resolver or controller passes through here. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<GqlContextType>() === 'graphql') {
      // Returning (not throwing) hands the GraphQLError to Apollo as the field's error.
      return toGraphQLError(exception);
    }
    const http = host.switchToHttp();
    const res = http.getResponse<Response>();
    const requestId = http.getRequest<Request>().requestId;
    if (exception instanceof HttpException && exception.getStatus() !== 400) {
      res
        .status(exception.getStatus())
        .json({ statusCode: exception.getStatus(), message: exception.message, requestId });
      return;
    }
    const known = toDomainError(exception);
    if (known) {
      res
        .status(HTTP_STATUS[known.code])
        .json({ code: known.code, message: known.message, fields: known.fields, requestId });
      return;
    }
    logInternalError(exception, requestId);
    res.status(500).json({ code: 'INTERNAL_SERVER_ERROR', message: GENERIC_MESSAGE, requestId });
  }
}
