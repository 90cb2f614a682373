import { ArgsType, Field, Float, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { TimeArgs } from '../../common/dto/time.args';
import { ID_MESSAGE, ID_PATTERN } from '../../common/ids';
import { GroupingEnum, NetworkLevelEnum } from '../models/enums';

@InputType({
  description: 'Which ties and actors a snapshot keeps; every list empty or absent means all.',
})
export class SnapshotFilterInput {
  @Field(() => [ID], { nullable: true, description: 'Keep only ties of these types.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @Matches(ID_PATTERN, { each: true, message: `each tieTypeId ${ID_MESSAGE}` })
  tieTypeIds?: string[];

  @Field(() => [ID], {
    nullable: true,
    description: 'Keep only actors in organisations of these sectors.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @Matches(ID_PATTERN, { each: true, message: `each sectorId ${ID_MESSAGE}` })
  sectorIds?: string[];

  @Field(() => [ID], {
    nullable: true,
    description: 'Keep only people of these professions (teams and organisations drop out).',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @Matches(ID_PATTERN, { each: true, message: `each professionId ${ID_MESSAGE}` })
  professionIds?: string[];

  @Field(() => [ID], {
    nullable: true,
    description: 'Keep only actors whose team is in these neighbourhoods.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @Matches(ID_PATTERN, { each: true, message: `each neighbourhoodId ${ID_MESSAGE}` })
  neighbourhoodIds?: string[];

  @Field(() => Float, { nullable: true, description: 'Keep only ties at least this strong (1–5).' })
  @IsOptional()
  @Min(1)
  @Max(5)
  minStrength?: number;
}

@ArgsType()
export class SnapshotArgs extends TimeArgs {
  @Field(() => ID, { description: 'The council.' })
  @Matches(ID_PATTERN, { message: `councilId ${ID_MESSAGE}` })
  councilId!: string;

  @Field(() => NetworkLevelEnum, {
    defaultValue: NetworkLevelEnum.PEOPLE,
    description: 'Level of the nodes.',
  })
  @IsEnum(NetworkLevelEnum)
  level: NetworkLevelEnum = NetworkLevelEnum.PEOPLE;

  @Field(() => SnapshotFilterInput, { nullable: true, description: 'Filters.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => SnapshotFilterInput)
  filter?: SnapshotFilterInput;
}

@ArgsType()
export class AnalysisArgs extends SnapshotArgs {
  @Field(() => GroupingEnum, {
    defaultValue: GroupingEnum.TEAM_TYPE,
    description: 'Grouping for boundary metrics.',
  })
  @IsEnum(GroupingEnum)
  grouping: GroupingEnum = GroupingEnum.TEAM_TYPE;

  @Field(() => [String], {
    defaultValue: [],
    description:
      'Only these groups count for group metrics (e.g. ["home-care-branch", "district-nursing"]); empty: all.',
  })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(120, { each: true })
  focusGroups: string[] = [];

  @Field({
    defaultValue: false,
    description: 'Analyse tie direction (default: undirected, as networkx Graph).',
  })
  @IsBoolean()
  directed: boolean = false;

  @Field({
    defaultValue: true,
    description: 'Compute path metrics (betweenness, closeness, diameter); off for a quick answer.',
  })
  @IsBoolean()
  pathMetrics: boolean = true;
}
