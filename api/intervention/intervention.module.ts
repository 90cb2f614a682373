import { Module } from '@nestjs/common';
import { InterventionRepository } from './intervention.repository';
import { InterventionResolver } from './intervention.resolver';
import { InterventionService } from './intervention.service';

@Module({ providers: [InterventionRepository, InterventionService, InterventionResolver] })
export class InterventionModule {}
