import { ValidateIf, ValidationOptions } from 'class-validator';

/**
 * For update inputs: an omitted field is left alone, but an explicit null is still
 * validated (and so refused), because a required property must not be cleared.
 * Use IsOptional only where null really means "clear this value".
 */
export function IsOmittable(options?: ValidationOptions): PropertyDecorator {
  return ValidateIf((_object: object, value: unknown) => value !== undefined, options);
}
