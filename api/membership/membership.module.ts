import { Module } from '@nestjs/common';
import { ActorLifecycleService } from './actor-lifecycle.service';
import { ActorRepository } from './actor.repository';
import { MembershipRepository } from './membership.repository';
import { MembershipResolver } from './membership.resolver';
import { MembershipService } from './membership.service';

/** Memberships, plus the end / delete lifecycle organisations, teams and people share. */
@Module({
  providers: [
    ActorRepository,
    ActorLifecycleService,
    MembershipRepository,
    MembershipService,
    MembershipResolver,
  ],
  exports: [ActorLifecycleService],
})
export class MembershipModule {}
