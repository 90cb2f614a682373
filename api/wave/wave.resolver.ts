import { Access, Allow } from '../auth/access';
import { Scope } from '../auth/caller.decorator';
import { Label } from '../../graph/labels';
import { Args, ArgsType, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CouncilPageArgs } from '../common/dto/council-page.args';
import { Paginated } from '../common/models/paginated';
import { RequestScope } from '../common/request-scope';
import { CreateWaveArgs, UpdateWaveArgs, WaveArgs } from './dto/wave.args';
import { Wave } from './models/wave.model';
import { WaveService } from './wave.service';

export const WavePage = Paginated(Wave, 'Wave');

@ArgsType()
class WaveListArgs extends CouncilPageArgs {}

@Resolver(() => Wave)
export class WaveResolver {
  constructor(private readonly service: WaveService) {}

  @Allow(Access.CouncilRead)
  @Query(() => WavePage, { description: "A council's waves, by date." })
  waves(@Args() args: WaveListArgs, @Scope() scope: RequestScope) {
    return this.service.list(scope, args.offset, args.limit);
  }

  @Allow(Access.CouncilRead)
  @Query(() => Wave, { description: 'One wave of the council.' })
  wave(@Args() args: WaveArgs, @Scope() scope: RequestScope) {
    return this.service.get(scope, args.id);
  }

  @Allow(Access.CouncilWrite, { audit: { label: Label.Wave } })
  @Mutation(() => Wave, {
    description: 'Creates a wave. CONFLICT when the council already has one with that label.',
  })
  createWave(@Args() args: CreateWaveArgs, @Scope() scope: RequestScope) {
    return this.service.create(scope, args.input);
  }

  @Allow(Access.CouncilWrite, { audit: { label: Label.Wave } })
  @Mutation(() => Wave, { description: "Changes a wave's label, date, method or response rate." })
  updateWave(@Args() args: UpdateWaveArgs, @Scope() scope: RequestScope) {
    return this.service.update(scope, args.id, args.input);
  }

  @Allow(Access.CouncilWrite, { audit: { label: Label.Wave } })
  @Mutation(() => Boolean, {
    description: 'Deletes a wave. Refused with CONFLICT while ties recorded in it refer to it.',
  })
  deleteWave(@Args() args: WaveArgs, @Scope() scope: RequestScope) {
    return this.service.delete(scope, args.id);
  }
}
