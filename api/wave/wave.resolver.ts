import { Args, ArgsType, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CouncilPageArgs } from '../common/dto/council-page.args';
import { Paginated } from '../common/models/paginated';
import { scopeFor } from '../common/request-scope';
import { CreateWaveArgs, UpdateWaveArgs, WaveArgs } from './dto/wave.args';
import { Wave } from './models/wave.model';
import { WaveService } from './wave.service';

export const WavePage = Paginated(Wave, 'Wave');

@ArgsType()
class WaveListArgs extends CouncilPageArgs {}

@Resolver(() => Wave)
export class WaveResolver {
  constructor(private readonly service: WaveService) {}

  @Query(() => WavePage, { description: "A council's waves, by date." })
  waves(@Args() args: WaveListArgs) {
    return this.service.list(scopeFor(args.councilId), args.offset, args.limit);
  }

  @Query(() => Wave, { description: 'One wave of the council.' })
  wave(@Args() args: WaveArgs) {
    return this.service.get(scopeFor(args.councilId), args.id);
  }

  @Mutation(() => Wave, {
    description: 'Creates a wave. CONFLICT when the council already has one with that label.',
  })
  createWave(@Args() args: CreateWaveArgs) {
    return this.service.create(scopeFor(args.councilId), args.input);
  }

  @Mutation(() => Wave, { description: "Changes a wave's label, date, method or response rate." })
  updateWave(@Args() args: UpdateWaveArgs) {
    return this.service.update(scopeFor(args.councilId), args.id, args.input);
  }

  @Mutation(() => Boolean, {
    description: 'Deletes a wave. Refused with CONFLICT while ties recorded in it refer to it.',
  })
  deleteWave(@Args() args: WaveArgs) {
    return this.service.delete(scopeFor(args.councilId), args.id);
  }
}
