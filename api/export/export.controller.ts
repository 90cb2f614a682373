import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Access, Allow } from '../auth/access';
import { Caller, CurrentCaller, Scope } from '../auth/caller.decorator';
import { RequestScope } from '../common/request-scope';
import { ExportQuery, JsonFlavour, JsonExportQuery } from './dto/export-query';
import { ExportCut, ExportService } from './export.service';
import { metricsCsv, nodesCsv, tiesCsv } from './formats/csv';
import { toGexf } from './formats/gexf';
import { toGraphml } from './formats/graphml';
import { toCytoscape, toGraphology } from './formats/json';

/**
 * Headers of a download: `attachment; filename="<council>-<level>-<date>[-<part>].<ext>"`
 * (council ids and levels are filename-safe by their validation).
 */
function sendFile(
  res: Response,
  scope: RequestScope,
  file: { level: string; date: string; part?: string; ext: string; type: string },
  body: string,
): string {
  const part = file.part ? `-${file.part}` : '';
  res.setHeader('Content-Type', file.type);
  res.setHeader(
    'Content-Disposition',
    `attachment; filename="${scope.councilId}-${file.level.toLowerCase()}-${file.date}${part}.${file.ext}"`,
  );
  return body;
}

const XML = (ext: string) => `application/${ext}+xml; charset=utf-8`;
const CSV = 'text/csv; charset=utf-8';
const file = (cut: ExportCut) => ({ level: cut.level, date: cut.asOf });

/**
 * Research exports of a council's network for Gephi, R and Python, as files. Thin: the
 * query is validated by the global pipe (ExportQuery), access by the @Allow rule (the
 * council from `:councilId`), and ExportService builds the network the analytics use.
 */
@Controller('api/councils/:councilId')
export class ExportController {
  constructor(private readonly exports: ExportService) {}

  /**
   * Records the read once the file is built, as AuditInterceptor does for GraphQL reads after
   * the resolver returned (a refused or failed export records nothing).
   */
  private async audited<T>(
    caller: Caller,
    scope: RequestScope,
    operation: string,
    cut: ExportCut,
    body: T,
  ): Promise<T> {
    const token = caller.principal?.tokenId ?? null;
    await this.exports.recordRead(caller.who, token, scope, operation, cut.level);
    return body;
  }

  @Get('export.gexf')
  @Allow(Access.CouncilRead)
  async gexf(
    @Scope() scope: RequestScope,
    @CurrentCaller() caller: Caller,
    @Query() query: ExportQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const cut = await this.exports.cut(scope, query);
    const operation = 'export.gexf';
    const graph = await this.exports.dynamicGraph(scope, cut);
    return sendFile(
      res,
      scope,
      { ...file(cut), ext: 'gexf', type: XML('gexf') },
      await this.audited(caller, scope, operation, cut, toGexf(graph)),
    );
  }

  @Get('export.graphml')
  @Allow(Access.CouncilRead)
  async graphml(
    @Scope() scope: RequestScope,
    @CurrentCaller() caller: Caller,
    @Query() query: ExportQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const cut = await this.exports.cut(scope, query);
    const operation = 'export.graphml';
    const graph = await this.exports.graph(scope, cut);
    return sendFile(
      res,
      scope,
      { ...file(cut), ext: 'graphml', type: XML('graphml') },
      await this.audited(caller, scope, operation, cut, toGraphml(graph)),
    );
  }

  @Get('export.json')
  @Allow(Access.CouncilRead)
  async json(
    @Scope() scope: RequestScope,
    @CurrentCaller() caller: Caller,
    @Query() query: JsonExportQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const cut = await this.exports.cut(scope, query);
    const operation = 'export.json';
    const graph = await this.exports.graph(scope, cut);
    const body = query.format === JsonFlavour.CYTOSCAPE ? toCytoscape(graph) : toGraphology(graph);
    const part = query.format === JsonFlavour.CYTOSCAPE ? 'cytoscape' : undefined;
    const type = 'application/json; charset=utf-8';
    return sendFile(
      res,
      scope,
      { ...file(cut), part, ext: 'json', type },
      await this.audited(caller, scope, operation, cut, JSON.stringify(body)),
    );
  }

  @Get('export/nodes.csv')
  @Allow(Access.CouncilRead)
  async nodes(
    @Scope() scope: RequestScope,
    @CurrentCaller() caller: Caller,
    @Query() query: ExportQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const cut = await this.exports.cut(scope, query);
    const operation = 'export/nodes.csv';
    const graph = await this.exports.graph(scope, cut);
    return sendFile(
      res,
      scope,
      { ...file(cut), part: 'nodes', ext: 'csv', type: CSV },
      await this.audited(caller, scope, operation, cut, nodesCsv(graph)),
    );
  }

  @Get('export/ties.csv')
  @Allow(Access.CouncilRead)
  async ties(
    @Scope() scope: RequestScope,
    @CurrentCaller() caller: Caller,
    @Query() query: ExportQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const cut = await this.exports.cut(scope, query);
    const operation = 'export/ties.csv';
    const graph = await this.exports.graph(scope, cut);
    return sendFile(
      res,
      scope,
      { ...file(cut), part: 'ties', ext: 'csv', type: CSV },
      await this.audited(caller, scope, operation, cut, tiesCsv(graph)),
    );
  }

  @Get('export/metrics.csv')
  @Allow(Access.CouncilRead)
  async metrics(
    @Scope() scope: RequestScope,
    @CurrentCaller() caller: Caller,
    @Query() query: ExportQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const cut = await this.exports.cut(scope, query);
    const operation = 'export/metrics.csv';
    const { meta, notes, rows, dates } = await this.exports.metrics(scope, cut);
    // One moment, or every wave: the file is named for its span.
    const date = dates.length === 1 ? dates[0] : `${dates[0]}_${dates[dates.length - 1]}`;
    const target = { level: cut.level, date, part: 'metrics', ext: 'csv', type: CSV };
    return sendFile(
      res,
      scope,
      target,
      await this.audited(caller, scope, operation, cut, metricsCsv(meta, notes, rows)),
    );
  }
}
