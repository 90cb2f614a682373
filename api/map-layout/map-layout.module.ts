import { Module } from '@nestjs/common';
import { MapLayoutRepository } from './map-layout.repository';
import { MapLayoutResolver } from './map-layout.resolver';
import { MapLayoutService } from './map-layout.service';

@Module({ providers: [MapLayoutRepository, MapLayoutService, MapLayoutResolver] })
export class MapLayoutModule {}
