/**
 * The summary's last sections: what the publishing steps did (commit, pull request, pull request
 * comment, artifact), each with its warnings.
 */
import type { RunState } from '../run-state.js';
import { escapeMarkdown as md, inlineCode } from '../shared/sanitize.js';
import { plural } from '../shared/text.js';

/** The artifact's name, a link when its URL is one (parentheses escaped for Markdown). */
export function artifactLink(a: NonNullable<RunState['artifact']>): string {
  return /^https?:\/\//.test(a.url)
    ? `[${md(a.name)}](${encodeURI(a.url).replace(/\(/g, '%28').replace(/\)/g, '%29')})`
    : inlineCode(a.name);
}

export function publishSections(state: RunState): string[] {
  const out: string[] = [];
  const c = state.commit;
  if (c) {
    let text = '### Commit\n\n';
    if (c.error) text += `❌ ${md(c.error)}\n\n`;
    else if (c.committed)
      text += `✅ Committed ${inlineCode(c.sha)} on ${inlineCode(c.branch)}${c.pushed ? ' and pushed' : ' (not pushed)'}.\n\n`;
    else text += `Nothing committed${c.skippedReason ? `: ${md(c.skippedReason)}` : ''}.\n\n`;
    if (c.warnings.length > 0) text += `${c.warnings.map((w) => `- ⚠️ ${md(w)}`).join('\n')}\n\n`;
    out.push(text);
  }
  const pr = state.pullRequest;
  if (pr) {
    let text = '### Pull request\n\n';
    const link =
      pr.number !== null && /^https?:\/\//.test(pr.url)
        ? `[#${pr.number}](${encodeURI(pr.url).replace(/\(/g, '%28').replace(/\)/g, '%29')})`
        : pr.number !== null
          ? `#${pr.number}`
          : '';
    if (pr.error) text += `❌ ${md(pr.error)}\n\n`;
    else if (pr.operation === 'created')
      text += `✅ Opened ${link}${pr.draft ? ' (draft)' : ''} from ${inlineCode(pr.branch)} into ${inlineCode(pr.base)}.\n\n`;
    else if (pr.operation === 'updated') text += `✅ Updated ${link} (${inlineCode(pr.branch)} into ${inlineCode(pr.base)}).\n\n`;
    else if (pr.operation === 'closed') text += `✅ Closed ${link}: ${inlineCode(pr.base)} already has these outputs.\n\n`;
    else text += `Nothing to do${link ? ` (${link} is up to date)` : pr.skippedReason ? `: ${md(pr.skippedReason)}` : ''}.\n\n`;
    if (pr.warnings.length > 0) text += `${pr.warnings.map((w) => `- ⚠️ ${md(w)}`).join('\n')}\n\n`;
    out.push(text);
  }
  const cm = state.comment;
  if (cm) {
    const icon = cm.operation === 'failed' ? '❌ ' : cm.operation === 'not-permitted' ? '⚠️ ' : '';
    const link = /^https?:\/\/[^\s()<>]+$/.test(cm.url) && cm.operation !== 'skipped' ? ` [View the comment](${cm.url}).` : '';
    const said = link && cm.message.endsWith(`: ${cm.url}`) ? `${cm.message.slice(0, -cm.url.length - 2)}.` : cm.message;
    out.push(`### Pull request comment\n\n${icon}${md(said)}${link}\n\n`);
  }
  const a = state.artifact;
  if (a) {
    let text = '### Artifact\n\n';
    if (a.error) text += `❌ ${md(a.error)}\n\n`;
    else if (a.uploaded) {
      text += `✅ Uploaded ${artifactLink(a)}: ${plural(a.files, 'file')}, id ${inlineCode(a.id)}, digest ${inlineCode(a.digest)}.\n\n`;
    } else text += 'Nothing uploaded.\n\n';
    if (a.warnings.length > 0) text += `${a.warnings.map((w) => `- ⚠️ ${md(w)}`).join('\n')}\n\n`;
    out.push(text);
  }
  return out;
}
