import { Module } from '@nestjs/common';
import { WaveRepository } from './wave.repository';
import { WaveResolver } from './wave.resolver';
import { WaveService } from './wave.service';

@Module({ providers: [WaveRepository, WaveService, WaveResolver] })
export class WaveModule {}
