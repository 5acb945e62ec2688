import type { ReactNode } from 'react';
import { CHANGELOG_MD } from './embedded';
import './open-data.css';

type Block = { kind: 'p' | 'li' | 'pre'; text: string };

/** `code` spans of a line as <code>; the rest as text. */
function inline(text: string): ReactNode[] {
  return text
    .split(/(`[^`]+`)/g)
    .map((part, i) => (part.startsWith('`') && part.endsWith('`') && part.length > 1 ? <code key={i}>{part.slice(1, -1)}</code> : part));
}

/**
 * The sections of schema/CHANGELOG.md ("## Unreleased", "## Deprecations", each release), as the file says
 * them. The file is ours and plain: headings, paragraphs, "- " lists and indented examples.
 */
export function changelogSections(md = CHANGELOG_MD): { title: string; blocks: Block[] }[] {
  const sections: { title: string; blocks: Block[] }[] = [];
  for (const chunk of md.split(/^## /m).slice(1)) {
    const [title, ...lines] = chunk.split('\n');
    const blocks: Block[] = [];
    for (const line of lines) {
      if (!line.trim()) continue;
      const last = blocks[blocks.length - 1];
      if (/^ {4}/.test(line)) blocks.push({ kind: 'pre', text: line.slice(4) });
      else if (/^[-*] /.test(line)) blocks.push({ kind: 'li', text: line.slice(2) });
      else if (last && last.kind !== 'pre' && /^\s/.test(line)) last.text += ` ${line.trim()}`;
      else if (last?.kind === 'p') last.text += ` ${line.trim()}`;
      else blocks.push({ kind: 'p', text: line.trim() });
    }
    sections.push({ title: title.trim(), blocks });
  }
  return sections;
}

/** /pengembang: the contract's changelog and deprecations, one sub-section each. */
export default function Changelog() {
  return (
    <div className="changelog" data-testid="changelog">
      {changelogSections().map((s) => (
        <section key={s.title} aria-label={s.title}>
          <h3>{s.title}</h3>
          {s.blocks.some((b) => b.kind === 'li') && (
            <ul>
              {s.blocks
                .filter((b) => b.kind === 'li')
                .map((b, i) => (
                  <li key={i}>{inline(b.text)}</li>
                ))}
            </ul>
          )}
          {s.blocks
            .filter((b) => b.kind !== 'li')
            .map((b, i) =>
              b.kind === 'pre' ? (
                <pre key={i} tabIndex={0}>
                  <code>{b.text}</code>
                </pre>
              ) : (
                <p key={i}>{inline(b.text)}</p>
              ),
            )}
        </section>
      ))}
    </div>
  );
}
