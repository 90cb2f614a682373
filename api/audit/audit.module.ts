import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { AuditEventRepository } from './audit-event.repository';
import { AuditEventResolver } from './audit-event.resolver';
import { AuditInterceptor } from './audit.interceptor';
import { AuditService } from './audit.service';

/** Global: every feature may record events; the interceptor records every audited write. */
@Global()
@Module({
  providers: [
    AuditEventRepository,
    AuditService,
    AuditEventResolver,
    { provide: APP_INTERCEPTOR, useClass: AuditInterceptor },
  ],
  exports: [AuditService],
})
export class AuditModule {}
