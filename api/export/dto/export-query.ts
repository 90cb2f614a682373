import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsIn,
  IsNumber,
  IsOptional,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { TimeArgs } from '../../common/dto/time.args';
import { ID_MESSAGE, ID_PATTERN } from '../../common/ids';
import { NetworkLevelEnum } from '../../analytics/models/enums';

/** `a,b` or `?x=a&x=b` into a trimmed list; anything else is left for the validators to refuse. */
function commaList({ value }: { value: unknown }): unknown {
  const parts = Array.isArray(value) ? value : [value];
  if (!parts.every((part) => typeof part === 'string')) return value;
  return parts
    .flatMap((part) => part.split(','))
    .map((id) => id.trim())
    .filter((id) => id !== '');
}

/** A number written plainly (`3`, `2.5`); `abc`, `3x` or an empty value stay invalid. */
function strictNumber({ value }: { value: unknown }): unknown {
  if (typeof value !== 'string' || !/^\s*-?\d+(\.\d+)?\s*$/.test(value)) return value;
  return Number(value);
}

const LEVELS = Object.values(NetworkLevelEnum).join(', ');

/**
 * The query string of every export: the moment (`asOf` or `wave`, from TimeArgs), the level
 * and the snapshot filters of the GraphQL `networkSnapshot`, as comma-separated lists. The
 * global validation pipe refuses anything else (unknown parameters too) with BAD_USER_INPUT.
 */
export class ExportQuery extends TimeArgs {
  @IsOptional()
  @IsEnum(NetworkLevelEnum, { message: `level must be one of ${LEVELS}` })
  level: NetworkLevelEnum = NetworkLevelEnum.PEOPLE;

  @IsOptional()
  @Transform(commaList)
  @IsArray({ message: 'tieTypeIds must be a comma-separated list of ids' })
  @ArrayMaxSize(50)
  @Matches(ID_PATTERN, { each: true, message: `each tieTypeId ${ID_MESSAGE}` })
  tieTypeIds?: string[];

  @IsOptional()
  @Transform(commaList)
  @IsArray({ message: 'sectorIds must be a comma-separated list of ids' })
  @ArrayMaxSize(50)
  @Matches(ID_PATTERN, { each: true, message: `each sectorId ${ID_MESSAGE}` })
  sectorIds?: string[];

  @IsOptional()
  @Transform(commaList)
  @IsArray({ message: 'professionIds must be a comma-separated list of ids' })
  @ArrayMaxSize(50)
  @Matches(ID_PATTERN, { each: true, message: `each professionId ${ID_MESSAGE}` })
  professionIds?: string[];

  @IsOptional()
  @Transform(commaList)
  @IsArray({ message: 'neighbourhoodIds must be a comma-separated list of ids' })
  @ArrayMaxSize(200)
  @Matches(ID_PATTERN, { each: true, message: `each neighbourhoodId ${ID_MESSAGE}` })
  neighbourhoodIds?: string[];

  @IsOptional()
  @Transform(strictNumber)
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'minStrength must be a number' })
  @Min(1)
  @Max(5)
  minStrength?: number;
}

export enum JsonFlavour {
  GRAPHOLOGY = 'graphology',
  CYTOSCAPE = 'cytoscape',
}

/** export.json also takes `format`: graphology's serialisation (default) or Cytoscape.js elements. */
export class JsonExportQuery extends ExportQuery {
  @IsOptional()
  @IsIn(Object.values(JsonFlavour), { message: 'format must be graphology or cytoscape' })
  format: JsonFlavour = JsonFlavour.GRAPHOLOGY;
}
