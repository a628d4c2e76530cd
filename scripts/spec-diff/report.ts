// The spec diff as Markdown: breaking and other changes, and the effect on the client.
import type { RedoclyDiff } from './redocly-diff.js';
import { locateChange, type Side, type Surface } from './surface.js';

export interface DiffReport {
  breaking: string[];
  nonBreaking: string[];
  surface: Surface;
}

export function buildReport(diff: RedoclyDiff, base: Side, revision: Side, surface: Surface): DiffReport {
  const line = (c: RedoclyDiff['changes'][number]) => {
    const { methods, field, via } = locateChange(c.kind === 'removed' ? base : revision, c.path);
    const what =
      c.verdicts.length > 0
        ? c.verdicts.map((v) => `${v.message} (${v.ruleId})`).join(' ')
        : `${c.kind}${c.property ? ` \`${c.property}\`` : ''}`;
    const where = `${field}${via ? ` (via \`${via}\`)` : ''}`;
    return methods.length > 0
      ? `${methods.map((m) => `\`${m}\``).join(', ')}${where ? ` ${where}` : ''}: ${what}`
      : `${where}: ${what}`;
  };
  const breaking = diff.changes.filter((c) => c.impact === 'major').map(line);
  // Removed methods and newly required fields are breaking even if a rule missed them.
  breaking.push(...surface.methodsRemoved.map((m) => `\`${m}\`: method removed`));
  breaking.push(
    ...surface.newlyRequired.map((r) => `\`${r.split(':')[0]}\`:${r.slice(r.indexOf(':') + 1)} is now required`),
  );
  return {
    breaking: [...new Set(breaking)],
    nonBreaking: [...new Set(diff.changes.filter((c) => c.impact !== 'major').map(line))],
    surface,
  };
}

const list = (items: string[], empty: string) =>
  items.length > 0 ? items.map((i) => `- ${i}`).join('\n') : `_${empty}_`;

export function renderMarkdown(report: DiffReport, title: string): string {
  const { surface } = report;
  return [
    `## ${title}`,
    '',
    `### Breaking changes (${report.breaking.length})`,
    '',
    list(report.breaking, 'None.'),
    '',
    `### Non-breaking changes (${report.nonBreaking.length})`,
    '',
    list(report.nonBreaking, 'None.'),
    '',
    '### Effect on the client',
    '',
    `- Methods added: ${surface.methodsAdded.map((m) => `\`${m}\``).join(', ') || 'none'}`,
    `- Methods removed: ${surface.methodsRemoved.map((m) => `\`${m}\``).join(', ') || 'none'}`,
    `- Now required: ${surface.newlyRequired.map((m) => `\`${m}\``).join(', ') || 'none'}`,
    `- Narrowed types: ${surface.narrowed.length > 0 ? '\n' + surface.narrowed.map((n) => `  - ${n}`).join('\n') : 'none'}`,
    '',
  ].join('\n');
}
