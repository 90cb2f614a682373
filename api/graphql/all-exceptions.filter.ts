import { ArgumentsHost, Catch, ExceptionFilter, HttpException } from '@nestjs/common';
import type { GqlContextType } from '@nestjs/graphql';
import type { Response } from 'express';
import {
  GENERIC_MESSAGE,
  HTTP_STATUS,
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
    const res = host.switchToHttp().getResponse<Response>();
    if (exception instanceof HttpException && exception.getStatus() !== 400) {
      res
        .status(exception.getStatus())
        .json({ statusCode: exception.getStatus(), message: exception.message });
      return;
    }
    const known = toDomainError(exception);
    if (known) {
      res
        .status(HTTP_STATUS[known.code])
        .json({ code: known.code, message: known.message, fields: known.fields });
      return;
    }
    toGraphQLError(exception); // logs it
    res.status(500).json({ code: 'INTERNAL_SERVER_ERROR', message: GENERIC_MESSAGE });
  }
}
