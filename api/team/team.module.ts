import { Module } from '@nestjs/common';
import { MembershipModule } from '../membership/membership.module';
import { TeamRepository } from './team.repository';
import { TeamResolver } from './team.resolver';
import { TeamService } from './team.service';

@Module({
  imports: [MembershipModule],
  providers: [TeamRepository, TeamService, TeamResolver],
})
export class TeamModule {}
