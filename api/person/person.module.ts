import { Module } from '@nestjs/common';
import { MembershipModule } from '../membership/membership.module';
import { PersonRules } from './person-rules';
import { PersonRepository } from './person.repository';
import { PersonResolver } from './person.resolver';
import { PersonService } from './person.service';

@Module({
  imports: [MembershipModule],
  providers: [PersonRepository, PersonRules, PersonService, PersonResolver],
})
export class PersonModule {}
