import { Module } from '@nestjs/common';
import { MembershipModule } from '../membership/membership.module';
import { OrganisationRepository } from './organisation.repository';
import { OrganisationResolver } from './organisation.resolver';
import { OrganisationService } from './organisation.service';

@Module({
  imports: [MembershipModule],
  providers: [OrganisationRepository, OrganisationService, OrganisationResolver],
})
export class OrganisationModule {}
