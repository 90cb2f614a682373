import { readFileSync } from 'node:fs';
import { Browser, Download, Page } from 'playwright-core';
import { launchBrowser, signedInPage } from '../support/browser';
import { startTestApp, TestApp } from '../support/test-app';
import { seedDemoCouncils, waitForMap } from './map-helpers';

/** The saved file's text, once the download has finished. */
async function text(download: Promise<Download>): Promise<{ name: string; body: string }> {
  const d = await download;
  const path = await d.path();
  return { name: d.suggestedFilename(), body: readFileSync(path, 'utf8') };
}

/** CSV lines (this CSV never has line breaks inside cells for these views' values). */
function lines(csv: string): string[] {
  return csv.split('\r\n').filter((l) => l !== '');
}

async function exportHrefs(page: Page): Promise<Record<string, string>> {
  await page.getByTestId('export-links').locator('summary').click();
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('[data-testid="export-links"] a')].map((a) => [
        a.getAttribute('data-testid')!,
        a.getAttribute('href')!,
      ]),
    ),
  );
}

describe('exports from the views in Chromium', () => {
  let api: TestApp;
  let browser: Browser;
  beforeAll(async () => {
    await seedDemoCouncils();
    api = await startTestApp();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  it('the map and the table link every export with the current level, moment and filters', async () => {
    const page = await signedInPage(browser, api);
    await page.goto(
      `${api.url}/?council=tamebridge&wave=tamebridge-wave-review&level=TEAMS&tieTypes=training,referral&minStrength=2`,
    );
    await waitForMap(page);
    const scoped =
      'level=TEAMS&wave=tamebridge-wave-review&tieTypeIds=training%2Creferral&minStrength=2';
    const hrefs = await exportHrefs(page);
    expect(hrefs).toEqual({
      'export-export.gexf': `/api/councils/tamebridge/export.gexf?${scoped}`,
      'export-export.graphml': `/api/councils/tamebridge/export.graphml?${scoped}`,
      'export-export.json': `/api/councils/tamebridge/export.json?${scoped}`,
      'export-export/nodes.csv': `/api/councils/tamebridge/export/nodes.csv?${scoped}`,
      'export-export/ties.csv': `/api/councils/tamebridge/export/ties.csv?${scoped}`,
      'export-export/metrics.csv': `/api/councils/tamebridge/export/metrics.csv?${scoped}`,
      'export-export.xlsx': '/api/councils/tamebridge/export.xlsx',
    });

    // The table at another moment and level: the links follow the view.
    await page.goto(`${api.url}/?council=tamebridge&view=table&asOf=2025-06-30&level=SECTORS`);
    await page.getByTestId('nodes-table').waitFor({ timeout: 30_000 });
    const table = await exportHrefs(page);
    expect(table['export-export.gexf']).toBe(
      '/api/councils/tamebridge/export.gexf?level=SECTORS&asOf=2025-06-30',
    );
    // Each link answers a file with the page's own session (the export routes' contract).
    for (const [key, href] of Object.entries(hrefs)) {
      const res = await page.request.get(`${api.url}${href}`);
      expect([key, res.status()]).toEqual([key, 200]);
      expect(res.headers()['content-disposition']).toMatch(/attachment/);
    }
    await page.close();
  });

  it('Changes and Missing connections download what their lists show as CSV', async () => {
    const page = await signedInPage(browser, api);
    await page.goto(
      `${api.url}/?council=tamebridge&view=changes&fromWave=tamebridge-wave-baseline&wave=tamebridge-wave-review`,
    );
    await waitForMap(page);
    const list = page.getByTestId('diff-list');
    await list.locator('tbody tr').first().waitFor({ timeout: 30_000 });
    const shown = await list.locator('tbody tr').count();
    const diff = await text(
      Promise.all([page.waitForEvent('download'), page.getByTestId('diff-csv').click()]).then(
        ([d]) => d,
      ),
    );
    const diffLines = lines(diff.body);
    expect(diffLines[0]).toBe('change,from_id,from,to_id,to,what');
    expect(diffLines).toHaveLength(shown + 1);
    const firstRow = await list.locator('tbody tr').first().locator('td').first().textContent();
    expect(diffLines[1].startsWith(`${firstRow},`)).toBe(true);
    expect(diff.name).toMatch(/^tamebridge-changes-.*\.csv$/);

    await page.goto(`${api.url}/?council=tamebridge&view=missing&wave=tamebridge-wave-baseline`);
    const items = page.getByTestId('missing-item');
    await items.first().waitFor({ timeout: 30_000 });
    const count = await items.count();
    const missing = await text(
      Promise.all([page.waitForEvent('download'), page.getByTestId('missing-csv').click()]).then(
        ([d]) => d,
      ),
    );
    const missingLines = lines(missing.body);
    expect(missingLines[0]).toBe(
      'rank,kind,from_id,from,to_id,to,tie_type,neighbourhood,score,reason',
    );
    expect(missingLines).toHaveLength(count + 1);
    expect(missingLines[1].startsWith('1,')).toBe(true);
    await page.close();
  });
});
