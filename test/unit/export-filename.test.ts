import { exportView } from '../../shared/session/export-view.js';
import { describe, expect, it } from 'vitest';
import { buildExportModel } from '../../server/export/export-model.js';
import type { ExportModel } from '../../server/export/export-types.js';
import { contentDisposition } from '../../server/export/filename.js';
import { buildFixtureSession } from './export-fixture.js';

function withTitle(title: string): ExportModel {
  const model = buildExportModel(exportView(buildFixtureSession().state), Date.UTC(2026, 10, 21, 12));
  if (!model) throw new Error('the fixture session should be in results');
  return { ...model, session: { ...model.session, title } };
}

function names(title: string): { ascii: string; unicode: string } {
  const header = contentDisposition(withTitle(title), 'pdf');
  expect(header).toMatch(/^attachment; filename="[^"]*"; filename\*=UTF-8''[A-Za-z0-9%!#$&+.^_`|~-]+$/);
  return {
    ascii: /filename="([^"]*)"/.exec(header)?.[1] ?? '',
    unicode: decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(header)?.[1] ?? ''),
  };
}

describe('export file names', () => {
  it('names the file after the question, the room code and the date', () => {
    expect(names("Quels objectifs pour l'alliance ?")).toEqual({
      ascii: 'roundtable-quels-objectifs-pour-l-alliance-K7M2-Q9XR-2026-11-21.pdf',
      unicode: 'roundtable-Quels-objectifs-pour-l-alliance-K7M2-Q9XR-2026-11-21.pdf',
    });
  });

  it('keeps other scripts in filename* and leaves them out of the ASCII name', () => {
    expect(names('日本の目標 2028')).toEqual({
      ascii: 'roundtable-2028-K7M2-Q9XR-2026-11-21.pdf',
      unicode: 'roundtable-日本の目標-2028-K7M2-Q9XR-2026-11-21.pdf',
    });
    expect(names('עמותת גשר').ascii).toBe('roundtable-K7M2-Q9XR-2026-11-21.pdf');
  });

  it.each(['../../etc/passwd', 'a/b\\c:"x"\n<y>|z*?', 'bidi \u202Eevil\u202C end', 'emoji 🎉 "quoted" \r\n'])(
    'turns %j into a name with no separators, quotes, controls or wildcards',
    (title) => {
      const { ascii, unicode } = names(title);
      for (const name of [ascii, unicode]) {
        expect(name).not.toMatch(/[\\/:*?"<>|\p{Cc}\p{Cf}]|\.\./u);
        expect(name).toMatch(/^roundtable-.*-K7M2-Q9XR-2026-11-21\.pdf$/);
      }
    },
  );

  it('shortens long titles at a word', () => {
    const { ascii } = names('word '.repeat(40));
    expect(ascii.length).toBeLessThan(100);
    expect(ascii).toMatch(/^roundtable-(word-)+K7M2/);
  });
});
