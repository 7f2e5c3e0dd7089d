/** Runs axe-core inside any page or frame, extension pages included, and logs every finding with its impact. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, ImpactValue } from 'axe-core';
import type { Frame, Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeFinding {
  rule: string;
  impact: ImpactValue | null;
  help: string;
  /** Selectors of the offending nodes. */
  nodes: string[];
}

/** The impacts that fail a test; minor and moderate ones are logged for the record only. */
const BLOCKING_IMPACTS: readonly (ImpactValue | null)[] = ['serious', 'critical'];

/**
 * Every axe violation in `target`'s document, printed under `view`, and the serious or critical ones returned.
 *
 * @example
 * expect(await blockingAxeViolations('popup', popup)).toEqual([]);
 */
export async function blockingAxeViolations(view: string, target: Page | Frame): Promise<AxeFinding[]> {
  // Extension pages' CSP refuses an injected <script>; DevTools evaluation is not subject to it.
  await target.evaluate(AXE_SOURCE);
  const findings = await target.evaluate(async () => {
    const { axe } = window as unknown as { axe: { run(context: Document): Promise<AxeResults> } };
    const { violations } = await axe.run(document);
    return violations.map((violation) => ({
      rule: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      nodes: violation.nodes.map((node) => node.target.join(' ')),
    }));
  });
  console.log(
    findings.length === 0
      ? `axe, ${view}: no violations`
      : `axe, ${view}:\n${findings.map(({ rule, impact, help, nodes }) => `  [${impact}] ${rule}: ${help} (${nodes.join(', ')})`).join('\n')}`,
  );
  return findings.filter((finding) => BLOCKING_IMPACTS.includes(finding.impact));
}
