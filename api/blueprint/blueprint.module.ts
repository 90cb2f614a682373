import { Module } from '@nestjs/common';
import { BlueprintRepository } from './blueprint.repository';
import { BlueprintResolver } from './blueprint.resolver';
import { BlueprintService } from './blueprint.service';

@Module({ providers: [BlueprintRepository, BlueprintService, BlueprintResolver] })
export class BlueprintModule {}
