// The explanation card and keyboard movement through the reading view.
// Input: the #output element and a getter for the current {text, result}. Output: a card (#card,
// role=tooltip) describing the mark or claim under the pointer or keyboard focus, built from text
// nodes only; J/K or →/← step through the visible marks and claims in text order.

import { el } from './render.js';
import { explainRule } from './rules.js';

const REASONS = {
  has_number: 'it contains a number', has_date: 'it contains a date', superlative: 'it makes a superlative comparison',
  named_actor: 'it names who did something', event_verb: 'it reports a concrete event', named_event: 'it names an event',
};
const FLAGS = { unattributed: 'no source given', anonymous_source: 'anonymous source', hedged: 'hedged wording' };
const NAVIGABLE = 'mark, [data-claim-id]:not([data-claim-cont])';

function row(term, value) {
  return [el('dt', {}, term), el('dd', { dir: 'auto' }, value)];
}

/// "why" in words when the rule is known, and always the rule's own name (to trace it in the core).
function ruleRows(rule) {
  const why = explainRule(rule);
  return [...(why ? row('why', why) : []), ...row('rule', rule)];
}

export function entityCard(result, e) {
  const linked = result.linked[e.linked];
  const rows = [...row('type', e.label), ...row('name', linked.name)];
  if (linked.mentions.length > 1) rows.push(...row('mentions', String(linked.mentions.length)));
  rows.push(...ruleRows(e.rule));
  return rows;
}

export function claimCard(result, c) {
  const rows = [...row('claim', c.kind)];
  rows.push(...row('speaker', c.speaker ?? (c.kind === 'factual' ? 'the article itself' : 'not given')));
  if (c.cue) rows.push(...row('cue', `“${c.cue}”`));
  if (c.flags.length) rows.push(...row('flags', c.flags.map((f) => FLAGS[f] || f).join('; ')));
  if (c.reasons.length) rows.push(...row('checkable because', c.reasons.map((r) => REASONS[r] || r).join('; ')));
  rows.push(...ruleRows(c.rule));
  return rows;
}

/// Whether a mark or claim is currently shown (its type is not switched off in the legend).
function visible(output, node) {
  const hidden = (output.dataset.hide || '').split(' ');
  const type = node.tagName === 'MARK' ? node.dataset.label : node.dataset.claimKind;
  return !hidden.includes(type);
}

export function setupCards(output, card, getState) {
  let shownFor = null;
  let hideTimer = 0;

  // The other mentions of the entity under the card are outlined with it: linked mentions show together.
  let siblings = [];
  function outlineSiblings(e) {
    for (const m of siblings) m.classList.remove('sibling');
    const { result, renderer } = getState();
    siblings = e ? result.linked[e.linked].mentions.map((id) => renderer.markFor(id)).filter(Boolean) : [];
    for (const m of siblings) m.classList.add('sibling');
  }

  function show(target) {
    const { result } = getState();
    if (!result) return;
    clearTimeout(hideTimer);
    const isMark = target.tagName === 'MARK';
    const item = isMark ? result.entities[Number(target.dataset.entityId)] : result.claims[Number(target.dataset.claimId)];
    if (!item) return;
    const dl = el('dl');
    dl.append(...(isMark ? entityCard(result, item) : claimCard(result, item)));
    const around = isMark && target.closest('[data-claim-id]');
    if (around) { // a mention inside a claim: say whose
      const c = result.claims[Number(around.dataset.claimId)];
      if (c) dl.append(...row('in', `${c.kind}${c.speaker ? ` by ${c.speaker}` : ''}`));
    }
    card.replaceChildren(dl);
    // (not for the entity chosen in the index: its mentions are marked already)
    outlineSiblings(isMark && !target.classList.contains('chosen') && result.linked[item.linked]?.mentions.length > 1 ? item : null);
    card.dataset.for = isMark ? `entity-${item.id}` : `claim-${item.id}`;
    card.hidden = false;
    shownFor = target;
    target.setAttribute('aria-describedby', 'card');
    place(target);
  }

  function place(target) {
    const r = target.getClientRects()[0] || target.getBoundingClientRect();
    const w = card.offsetWidth, h = card.offsetHeight;
    const left = Math.max(8, Math.min(r.left, window.innerWidth - w - 8));
    const below = r.bottom + 6;
    const top = below + h > window.innerHeight - 8 && r.top - h - 6 > 8 ? r.top - h - 6 : below;
    card.style.left = `${left}px`;
    card.style.top = `${top}px`;
  }

  function hide() {
    outlineSiblings(null);
    if (shownFor) shownFor.removeAttribute('aria-describedby');
    shownFor = null;
    card.hidden = true;
  }

  const targetOf = (node) => (node instanceof Element ? node.closest('mark, [data-claim-id]') : null);

  output.addEventListener('mouseover', (ev) => {
    const t = targetOf(ev.target);
    if (t && output.contains(t) && t !== shownFor && visible(output, t)) show(t);
  });
  output.addEventListener('mouseleave', () => {
    if (!output.contains(document.activeElement) || document.activeElement === output) hideTimer = setTimeout(hide, 150);
  });
  card.addEventListener('mouseenter', () => clearTimeout(hideTimer));
  card.addEventListener('mouseleave', () => { hideTimer = setTimeout(hide, 150); });
  output.addEventListener('focusin', (ev) => {
    const t = targetOf(ev.target);
    if (t && t !== output) show(t);
  });
  output.addEventListener('focusout', () => { hideTimer = setTimeout(hide, 100); });
  window.addEventListener('scroll', () => { if (shownFor) place(shownFor); }, { passive: true });

  /// The next (dir 1) or previous (dir -1) visible mark or claim after `from`, in text order.
  function step(from, dir) {
    const walker = document.createTreeWalker(output, NodeFilter.SHOW_ELEMENT, {
      acceptNode: (n) => (n.matches(NAVIGABLE) && visible(output, n) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP),
    });
    if (from && from !== output) {
      walker.currentNode = from;
      return dir > 0 ? walker.nextNode() : walker.previousNode();
    }
    if (dir > 0) return walker.nextNode();
    let last = null;
    while (walker.nextNode()) last = walker.currentNode;
    return last;
  }

  output.addEventListener('keydown', (ev) => {
    if (ev.altKey || ev.ctrlKey || ev.metaKey) return;
    const dir = { j: 1, ArrowRight: 1, k: -1, ArrowLeft: -1 }[ev.key];
    if (ev.key === 'Escape') { hide(); return; }
    if (!dir) return;
    const next = step(document.activeElement, dir);
    if (!next) return;
    ev.preventDefault();
    focusInText(next);
  });

  return { show, hide };
}

/// Focuses a mark or claim element and scrolls it into view (it gets tabindex -1 to take focus).
export function focusInText(node, smooth = false) {
  if (!node.hasAttribute('tabindex')) node.tabIndex = -1;
  node.focus({ preventScroll: true });
  node.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
}
