import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { textProblems } from './text-rules';
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
  return new InputPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => DomainError.badInput(flatten(errors, '')),
  });
}

/** class-validator first, then the text rules every string argument obeys (text-rules.ts). */
class InputPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const validated: unknown = await super.transform(value, metadata);
    if (metadata.type === 'custom') return validated;
    const problems = textProblems(validated, metadata.data ?? '');
    if (problems.length > 0) throw DomainError.badInput(problems);
    return validated;
  }
}
