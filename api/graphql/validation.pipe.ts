import { ValidationError, ValidationPipe } from '@nestjs/common';
import { DomainError, FieldProblem } from '../common/domain-error';

function flatten(errors: ValidationError[], prefix: string): FieldProblem[] {
  return errors.flatMap((error) => {
    const path = /^\d+$/.test(error.property)
      ? `${prefix}[${error.property}]`
      : prefix
        ? `${prefix}.${error.property}`
        : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field: path, message }));
    return [...own, ...flatten(error.children ?? [], path)];
  });
}

/**
 * class-validator on every input. Unknown properties are rejected, values are
 * transformed to their declared classes, and failures become BAD_USER_INPUT naming
 * each field (e.g. `input.strength`).
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => DomainError.badInput(flatten(errors, '')),
  });
}
