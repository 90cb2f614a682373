import { ArgsType, Field, ID } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { Matches, ValidateNested } from 'class-validator';
import { ID_MESSAGE, ID_PATTERN } from '../../common/ids';
import { CouncilIdArgs } from '../../council/dto/council.args';
import { CreateWaveInput, UpdateWaveInput } from './wave.input';

@ArgsType()
export class WaveArgs extends CouncilIdArgs {
  @Field(() => ID, { description: 'The wave.' })
  @Matches(ID_PATTERN, { message: `id ${ID_MESSAGE}` })
  id!: string;
}

@ArgsType()
export class CreateWaveArgs extends CouncilIdArgs {
  @Field(() => CreateWaveInput, { description: 'The wave to create.' })
  @ValidateNested()
  @Type(() => CreateWaveInput)
  input!: CreateWaveInput;
}

@ArgsType()
export class UpdateWaveArgs extends WaveArgs {
  @Field(() => UpdateWaveInput, { description: 'The changes.' })
  @ValidateNested()
  @Type(() => UpdateWaveInput)
  input!: UpdateWaveInput;
}
