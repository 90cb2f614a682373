import { Controller, Get, Logger, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { OidcService } from './oidc.service';

/** The two browser legs of single sign-on; outside GraphQL because they are redirects. */
@Controller('auth/oidc')
export class OidcController {
  private readonly logger = new Logger(OidcController.name);

  constructor(private readonly oidc: OidcService) {}

  @Get('start')
  async start(@Req() req: Request, @Res() res: Response): Promise<void> {
    if (!this.oidc.enabled) return res.redirect('/signin?sso=off');
    try {
      await this.oidc.start(req, res);
    } catch (error) {
      this.logger.error(`Identity provider unreachable: ${(error as Error).message}`);
      res.redirect('/signin?sso=unavailable');
    }
  }

  @Get('callback')
  async callback(@Req() req: Request, @Res() res: Response): Promise<void> {
    if (!this.oidc.enabled) return res.redirect('/signin?sso=off');
    try {
      await this.oidc.callback(req, res);
    } catch (error) {
      this.logger.error(`Single sign-on failed: ${(error as Error).message}`);
      res.redirect('/signin?sso=unavailable');
    }
  }
}
