import { registerDecorator, ValidationArguments, ValidationOptions } from 'class-validator';
import { isIsoDate } from '../temporal';

/** A real calendar date, YYYY-MM-DD. */
export function IsIsoDate(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isIsoDate',
      target: target.constructor,
      propertyName,
      options: { message: `${propertyName} must be a date in YYYY-MM-DD form`, ...options },
      validator: { validate: (value: unknown) => isIsoDate(value) },
    });
}

/**
 * This date must come after the sibling date property (validTo > validFrom): validTo is the
 * first day a record no longer holds, so validTo == validFrom would be an empty period.
 */
export function IsAfter(other: string, options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isAfter',
      target: target.constructor,
      propertyName,
      constraints: [other],
      options: {
        message: `${propertyName} must be after ${other} (it is the first day the record no longer holds)`,
        ...options,
      },
      validator: {
        validate(value: unknown, args: ValidationArguments) {
          const start = (args.object as Record<string, unknown>)[other];
          if (value == null || start == null) return true;
          return typeof value === 'string' && typeof start === 'string' && value > start;
        },
      },
    });
}

/** This date must not be before the sibling date property (a query's from / to range). */
export function IsNotBefore(other: string, options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isNotBefore',
      target: target.constructor,
      propertyName,
      constraints: [other],
      options: { message: `${propertyName} must not be before ${other}`, ...options },
      validator: {
        validate(value: unknown, args: ValidationArguments) {
          const start = (args.object as Record<string, unknown>)[other];
          if (value == null || start == null) return true;
          return typeof value === 'string' && typeof start === 'string' && value >= start;
        },
      },
    });
}
