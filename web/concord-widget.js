/*
 * concord-widget.js: an embeddable search box for a concord server.
 *
 * Include with
 *   <link rel="stylesheet" href="/concord-widget.css"><script src="/concord-widget.js" defer></script>
 * and mark a container:
 *   <div data-concord-search data-endpoint="/api" data-facets="author,year,entity"></div>
 * Optional attributes: data-placeholder, data-limit, data-facet-limit, data-lang (fixed
 * language filter), data-query (initial query), data-hash (keep the state in the URL hash).
 * Every marked container is mounted on load; window.Concord.mount(element, options) mounts
 * one by hand with the same options in camelCase.
 *
 * Contract: GET {endpoint}/search answers the JSON result model of docs/design overview.
 * Only the snippet carries markup, and only <b>…</b>: it is rebuilt as DOM nodes, never
 * assigned to innerHTML. Every other server string is set as text.
 */
(function () {
  'use strict';

  const FACET_LABELS = { author: 'Author', year: 'Year', entity: 'People, places, organisations' };
  const NAMED_ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
  const instances = new WeakMap();
  let counter = 0;

  // Builds an element. props: text, className, on<event> handlers, other keys as attributes
  // (null/undefined/false are skipped). children: nodes or strings (inserted as text).
  function el(tag, props, children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === 'text') node.textContent = value;
      else if (key === 'className') node.className = value;
      else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? '' : String(value));
    }
    for (const child of children || []) {
      if (child !== null && child !== undefined && child !== false) node.append(child);
    }
    return node;
  }

  function decodeEntities(text) {
    return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name) => {
      if (name[0] !== '#') return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
      const code = /^#x/i.test(name) ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
      return valid ? String.fromCodePoint(code) : whole;
    });
  }

  // Snippet HTML → fragment. <b> and </b> become elements; all else is text, so a stray
  // "<script>" is shown as the characters it is.
  function snippetFragment(html) {
    const fragment = document.createDocumentFragment();
    let target = fragment;
    for (const part of String(html || '').split(/(<\/?b>)/i)) {
      const tag = part.toLowerCase();
      if (tag === '<b>') target = fragment.appendChild(el('b'));
      else if (tag === '</b>') target = fragment;
      else if (part) target.append(decodeEntities(part));
    }
    return fragment;
  }

  // Only http(s) links (absolute or relative to the page) are followed: no javascript: URLs.
  function safeUrl(url) {
    if (!url) return null;
    try {
      const parsed = new URL(url, document.baseURI);
      return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
    } catch (e) {
      return null;
    }
  }

  function formatDate(iso) {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso || '');
    if (!m) return iso;
    const date = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
    return date.toLocaleDateString(document.documentElement.lang || undefined,
      { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
  }

  function formatNumber(n) {
    return Number(n).toLocaleString(document.documentElement.lang || undefined);
  }

  function readOptions(node, given) {
    const d = node.dataset;
    const options = Object.assign({
      endpoint: d.endpoint || '/api',
      facets: d.facets ?? 'author,year,entity',
      placeholder: d.placeholder || 'Search articles, people, places…',
      limit: parseInt(d.limit, 10) || 10,
      facetLimit: parseInt(d.facetLimit, 10) || 0,
      lang: d.lang || '',
      query: d.query || '',
      hash: d.hash === '' || d.hash === 'true',
      debounce: 200,
    }, given || {});
    if (typeof options.facets === 'string') {
      options.facets = options.facets.split(',').map((s) => s.trim()).filter(Boolean);
    }
    options.endpoint = String(options.endpoint).replace(/\/+$/, '');
    return options;
  }

  function mount(root, given) {
    if (instances.has(root)) return instances.get(root);
    const opts = readOptions(root, given);
    const id = 'concord-' + (++counter);
    const filterNames = Array.from(new Set(['author', 'entity'].concat(opts.facets)));
    const state = { q: opts.query, sort: 'relevance', offset: 0, filters: {}, labels: {} };
    filterNames.forEach((name) => { state.filters[name] = []; });
    let timer = 0, seq = 0, controller = null, lastUrl = '';

    // ---- DOM skeleton --------------------------------------------------------------------
    const input = el('input', {
      type: 'search', id: id + '-q', className: 'concord-input', name: 'q', autocomplete: 'off',
      spellcheck: 'false', placeholder: opts.placeholder, oninput: onInput,
    });
    const sortSelect = el('select', { className: 'concord-sort', 'aria-label': 'Sort results', onchange: onSort }, [
      el('option', { value: 'relevance', text: 'Most relevant' }),
      el('option', { value: 'date', text: 'Newest first' }),
    ]);
    const form = el('form', {
      className: 'concord-form', role: 'search', 'aria-label': 'Search articles', onsubmit: onSubmit,
    }, [
      el('label', { className: 'concord-sr', for: input.id, text: 'Search' }),
      input,
      sortSelect,
      el('button', { type: 'submit', className: 'concord-submit', text: 'Search' }),
    ]);
    const total = el('p', { className: 'concord-total', role: 'status', 'aria-live': 'polite' });
    const spelling = el('p', { className: 'concord-spelling', hidden: true });
    const error = el('p', { className: 'concord-error', role: 'alert', hidden: true });
    const selected = el('div', {
      className: 'concord-selected', role: 'group', 'aria-label': 'Active filters', hidden: true,
    });
    const facets = el('aside', { className: 'concord-facets', 'aria-label': 'Filter results', hidden: true });
    const results = el('ol', { className: 'concord-results', 'aria-label': 'Search results', start: 1 });
    const empty = el('p', { className: 'concord-empty', hidden: true });
    const pager = el('nav', { className: 'concord-pager', 'aria-label': 'Result pages', hidden: true });

    root.textContent = '';  // replaces any no-script fallback form inside the container
    root.classList.add('concord-widget');
    root.append(
      form,
      el('div', { className: 'concord-status' }, [total, spelling, error]),
      selected,
      el('div', { className: 'concord-body' }, [
        facets,
        el('div', { className: 'concord-main' }, [results, empty, pager]),
      ]),
    );

    // ---- state ↔ request / hash --------------------------------------------------------
    function hasFilters() {
      return filterNames.some((name) => state.filters[name].length > 0);
    }

    // The state as URL parameters; the year filter stays "year" here and becomes from/to
    // in the request.
    function stateParams() {
      const p = new URLSearchParams();
      if (state.q) p.set('q', state.q);
      filterNames.forEach((name) => state.filters[name].forEach((v) => p.append(name, v)));
      if (state.sort !== 'relevance') p.set('sort', state.sort);
      if (state.offset) p.set('offset', state.offset);
      return p;
    }

    function requestUrl() {
      const p = new URLSearchParams();
      p.set('q', state.q);
      filterNames.forEach((name) => {
        if (name !== 'year') state.filters[name].forEach((v) => p.append(name, v));
      });
      const year = (state.filters.year || [])[0];
      if (year) { p.set('from', year); p.set('to', year); }
      if (opts.lang) p.set('lang', opts.lang);
      if (opts.facets.length) p.set('facets', opts.facets.join(','));
      if (opts.facetLimit) p.set('facet_limit', opts.facetLimit);
      p.set('limit', opts.limit);
      p.set('offset', state.offset);
      p.set('sort', state.sort);
      return opts.endpoint + '/search?' + p.toString().replace(/\+/g, '%20');
    }

    function writeHash() {
      if (!opts.hash) return;
      const hash = stateParams().toString();
      if (location.hash.slice(1) === hash) return;
      history.replaceState(history.state, '', hash ? '#' + hash : location.pathname + location.search);
    }

    function readHash() {
      const p = new URLSearchParams(location.hash.slice(1));
      state.q = p.get('q') || '';
      state.sort = p.get('sort') === 'date' ? 'date' : 'relevance';
      state.offset = Math.max(0, parseInt(p.get('offset'), 10) || 0);
      filterNames.forEach((name) => { state.filters[name] = p.getAll(name).filter(Boolean); });
      input.value = state.q;
      sortSelect.value = state.sort;
    }

    // ---- events ----------------------------------------------------------------------------
    function onInput() {
      clearTimeout(timer);
      timer = setTimeout(() => {
        state.q = input.value.trim();
        state.offset = 0;
        search(false);
      }, opts.debounce);
    }

    function onSubmit(event) {
      event.preventDefault();
      state.q = input.value.trim();
      state.offset = 0;
      search(true);
    }

    function onSort() {
      state.sort = sortSelect.value;
      state.offset = 0;
      search(false);
    }

    function toggleFilter(name, key, label) {
      const list = state.filters[name] || (state.filters[name] = []);
      const at = list.indexOf(key);
      if (at >= 0) list.splice(at, 1);
      else if (name === 'year') list.splice(0, list.length, key);  // one year: from=to=YYYY
      else list.push(key);
      if (label) state.labels[name + '\u0000' + key] = label;
      state.offset = 0;
      search(false);
    }

    function clearFilters() {
      filterNames.forEach((name) => { state.filters[name] = []; });
      state.offset = 0;
      search(false);
    }

    function goToPage(page) {
      state.offset = (page - 1) * opts.limit;
      search(false);
      if (root.getBoundingClientRect().top < 0) root.scrollIntoView({ block: 'start' });
    }

    // ---- requests --------------------------------------------------------------------------
    // force: send even if the URL equals the last one sent (explicit submit, retry).
    function search(force) {
      clearTimeout(timer);
      writeHash();
      if (!state.q && !hasFilters()) {
        if (controller) controller.abort();
        seq++;
        lastUrl = '';
        root.removeAttribute('aria-busy');
        renderIdle();
        return;
      }
      const url = requestUrl();
      if (!force && url === lastUrl) return;
      lastUrl = url;
      if (controller) controller.abort();
      controller = new AbortController();
      const mine = ++seq;
      root.setAttribute('aria-busy', 'true');
      fetch(url, { signal: controller.signal, headers: { Accept: 'application/json' } })
        .catch((err) => {
          throw err.name === 'AbortError' ? err : new Error('The search service could not be reached.');
        })
        .then((response) => response.json().catch(() => null)
          .then((body) => ({ response, body: body || {} })))
        .then(({ response, body }) => {
          if (mine !== seq) return;  // a newer request was sent meanwhile
          if (!response.ok || body.error) {
            throw new Error(body.error || 'The search service answered ' + response.status + '.');
          }
          render(body);
        })
        .catch((err) => {
          if (mine !== seq || err.name === 'AbortError') return;
          lastUrl = '';
          renderError(err.message);
        })
        .finally(() => { if (mine === seq) root.removeAttribute('aria-busy'); });
    }

    // ---- rendering -------------------------------------------------------------------------
    // Keeps keyboard focus on the "same" control when a region is rebuilt.
    function rebuild(region, build) {
      const active = document.activeElement;
      const key = active && region.contains(active) ? active.getAttribute('data-k') : null;
      region.textContent = '';
      build();
      if (key === null) return;
      const again = region.querySelector('[data-k="' + CSS.escape(key) + '"]');
      const fallback = region.querySelector('[aria-current="page"]') || input;
      (again && !again.disabled ? again : fallback).focus();
    }

    function renderIdle() {
      total.textContent = '';
      spelling.hidden = error.hidden = empty.hidden = true;
      results.textContent = '';
      facets.hidden = pager.hidden = true;
      rebuild(selected, () => renderSelected());
    }

    function renderError(message) {
      renderIdle();
      error.textContent = message || 'Search failed.';
      error.hidden = false;
    }

    function summary(count, offset, shown, limit, tookMs) {
      const took = typeof tookMs === 'number' ? ' (' + tookMs.toFixed(tookMs < 10 ? 1 : 0) + ' ms)' : '';
      if (count === 0) return 'No results' + took;
      if (count <= limit && offset === 0) return formatNumber(count) + (count === 1 ? ' result' : ' results') + took;
      const range = formatNumber(offset + 1) + '–' + formatNumber(offset + shown);
      return range + ' of ' + formatNumber(count) + ' results' + took;
    }

    function render(data) {
      const count = Number(data.total) || 0;
      const items = Array.isArray(data.results) ? data.results : [];
      const offset = Number(data.offset) || 0;
      const limit = Number(data.limit) || opts.limit;
      error.hidden = true;
      total.textContent = summary(count, offset, items.length, limit, data.took_ms);
      renderSpelling(data.spelling);

      results.textContent = '';
      results.setAttribute('start', offset + 1);
      items.forEach((r) => results.append(renderResult(r)));
      empty.hidden = items.length > 0;
      empty.textContent = !state.q ? 'Nothing matches these filters.'
        : 'Nothing matches “' + state.q + '”' + (hasFilters() ? ' with these filters.' : '.');
      rebuild(facets, () => renderFacets(data.facets || {}));  // first: it learns the labels
      rebuild(selected, () => renderSelected());
      rebuild(pager, () => renderPager(count, limit, offset));
    }

    function renderSpelling(suggestion) {
      spelling.textContent = '';
      spelling.hidden = !suggestion || suggestion === state.q;
      if (spelling.hidden) return;
      const link = el('a', { href: '#', className: 'concord-spelling-link', text: String(suggestion) });
      link.addEventListener('click', (event) => {
        event.preventDefault();
        input.value = state.q = String(suggestion);
        state.offset = 0;
        search(true);
        input.focus();
      });
      spelling.append('Did you mean ', link, '?');
    }

    function renderResult(r) {
      const href = safeUrl(r.url);
      const title = r.title || r.id || 'Untitled';
      const authors = Array.isArray(r.authors) ? r.authors.filter(Boolean) : [];
      const entities = Array.isArray(r.entities) ? r.entities.filter((e) => e && e.id) : [];
      const entityButton = (e) => el('button', {
        type: 'button', className: 'concord-entity', 'data-value': e.id, 'data-type': e.type || null,
        title: 'Filter by ' + (e.name || e.id), text: e.name || e.id,
        onclick: () => { if (!state.filters.entity.includes(e.id)) toggleFilter('entity', e.id, e.name); },
      });
      return el('li', { className: 'concord-result', 'data-id': r.id, lang: r.lang || null }, [
        el('h3', { className: 'concord-result-title' }, [el(href ? 'a' : 'span', { href, text: title })]),
        el('p', { className: 'concord-result-meta' }, [
          authors.length ? el('span', { className: 'concord-result-authors', text: authors.join(', ') }) : null,
          r.date ? el('time', { className: 'concord-result-date', datetime: r.date, text: formatDate(r.date) }) : null,
        ]),
        r.snippet ? el('p', { className: 'concord-snippet' }, [snippetFragment(r.snippet)]) : null,
        entities.length ? el('ul', { className: 'concord-result-entities', 'aria-label': 'Mentioned' },
          entities.map((e) => el('li', {}, [entityButton(e)]))) : null,
      ]);
    }

    function labelFor(name, key) {
      return state.labels[name + '\u0000' + key] || key;
    }

    function renderSelected() {
      const chips = [];
      filterNames.forEach((name) => state.filters[name].forEach((key) => {
        const facetLabel = FACET_LABELS[name] || name;
        chips.push(el('button', {
          type: 'button', className: 'concord-chip', 'data-facet': name, 'data-value': key,
          'data-k': 'x:' + name + ':' + key, 'aria-label': 'Remove filter ' + facetLabel + ': ' + labelFor(name, key),
          onclick: () => toggleFilter(name, key),
        }, [
          el('span', { className: 'concord-chip-facet', text: facetLabel + ': ' }),
          labelFor(name, key),
          el('span', { className: 'concord-chip-x', 'aria-hidden': 'true', text: '×' }),
        ]));
      }));
      if (chips.length > 1) {
        chips.push(el('button', {
          type: 'button', className: 'concord-clear', 'data-k': 'clear', text: 'Clear all', onclick: clearFilters,
        }));
      }
      selected.append(...chips);
      selected.hidden = chips.length === 0;
    }

    // data: {name: [{value, key, count}]}. author/entity filter by key; year by value (from=to=YYYY).
    function renderFacets(data) {
      let any = false;
      opts.facets.forEach((name) => {
        const chosen = state.filters[name] || [];
        const values = (Array.isArray(data[name]) ? data[name] : []).filter((f) => f && f.value !== undefined)
          .map((f) => ({ value: String(f.value), key: String(f.key ?? f.value), count: f.count }));
        values.forEach((f) => { state.labels[name + '\u0000' + f.key] = f.value; });
        // A chosen value the server no longer lists stays visible so it can be unticked.
        chosen.filter((key) => !values.some((f) => f.key === key))
          .forEach((key) => values.unshift({ value: labelFor(name, key), key, count: null }));
        if (name === 'year') values.sort((a, b) => b.key.localeCompare(a.key));
        if (!values.length) return;
        any = true;
        const buttons = values.map((f) => el('li', {}, [el('button', {
          type: 'button', className: 'concord-facet', 'data-facet': name, 'data-value': f.key,
          'data-k': 'f:' + name + ':' + f.key, 'aria-pressed': chosen.includes(f.key) ? 'true' : 'false',
          onclick: () => toggleFilter(name, f.key, f.value),
        }, [
          el('span', { className: 'concord-facet-value', text: f.value }),
          typeof f.count === 'number'
            ? el('span', { className: 'concord-facet-count', text: formatNumber(f.count) }) : null,
        ])]));
        const headingId = id + '-facet-' + name;
        facets.append(el('section', {
          className: 'concord-facet-group', 'data-facet': name, 'aria-labelledby': headingId,
        }, [
          el('h3', { className: 'concord-facet-heading', id: headingId, text: FACET_LABELS[name] || name }),
          el('ul', { className: 'concord-facet-list' }, buttons),
        ]));
      });
      facets.hidden = !any;
    }

    function renderPager(count, limit, offset) {
      const pages = Math.ceil(count / limit);
      pager.hidden = pages <= 1;
      if (pages <= 1) return;
      const current = Math.floor(offset / limit) + 1;
      const button = (text, page, kind, label) => el('button', {
        type: 'button', className: 'concord-page' + (kind ? ' concord-' + kind : ''), 'data-page': page,
        'data-k': kind || 'p' + page, 'aria-label': label || 'Page ' + page,
        'aria-current': !kind && page === current ? 'page' : null,
        disabled: page < 1 || page > pages, onclick: () => { if (page !== current) goToPage(page); },
      }, [text]);
      // First, last, and two either side of the current page; "…" marks a gap.
      const shown = new Set([1, pages]);
      for (let p = Math.max(1, current - 2); p <= Math.min(pages, current + 2); p++) shown.add(p);
      pager.append(button('‹ Previous', current - 1, 'prev', 'Previous page'));
      let previous = 0;
      Array.from(shown).sort((a, b) => a - b).forEach((p) => {
        if (p > previous + 1) {
          pager.append(el('span', { className: 'concord-gap', 'aria-hidden': 'true', text: '…' }));
        }
        pager.append(button(formatNumber(p), p));
        previous = p;
      });
      pager.append(button('Next ›', current + 1, 'next', 'Next page'));
    }

    // ---- start ------------------------------------------------------------------------------
    // Only a hash of key=value pairs is widget state; "#main" and the like are page anchors.
    const stateInHash = () => location.hash === '' || location.hash.includes('=');
    if (opts.hash && location.hash.length > 1 && stateInHash()) readHash();
    else input.value = state.q;
    if (opts.hash) {
      window.addEventListener('hashchange', () => {
        if (!stateInHash()) return;
        readHash();
        search(false);
      });
    }
    if (state.q || hasFilters()) search(true);

    const api = {
      element: root,
      search(q) { input.value = state.q = String(q || '').trim(); state.offset = 0; search(true); },
      get state() { return JSON.parse(JSON.stringify(state)); },
    };
    instances.set(root, api);
    return api;
  }

  function mountAll() {
    document.querySelectorAll('[data-concord-search]').forEach((node) => mount(node));
  }

  window.Concord = { mount, mountAll };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountAll);
  else mountAll();
})();
