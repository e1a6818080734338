import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeHref } from '../../../src/lib/model/links';
import { runs } from '../../support/property';
import { httpUrl } from '../../support/arbitraries';

describe('safeHref', () => {
  it.each([
    ['https://example.org/heat-study', 'https://example.org/heat-study'],
    ['http://example.org', 'http://example.org/'],
    ['HTTPS://EXAMPLE.ORG/Path', 'https://example.org/Path'],
    ['https://example.org/a b?q=1 2#frag', 'https://example.org/a%20b?q=1%202#frag'],
    ['  https://example.org/trimmed  ', 'https://example.org/trimmed'],
    ['https://example.org/./x/../y', 'https://example.org/y'],
    ['https://example.org:443/x', 'https://example.org/x'],
    ['http://example.org:8080/x', 'http://example.org:8080/x'],
    ['https://bücher.example/', 'https://xn--bcher-kva.example/'],
    ['https://example.org/é', 'https://example.org/%C3%A9'],
  ])('allows %j as %j', (url, expected) => {
    expect(safeHref(url)).toBe(expected);
  });

  it.each([
    undefined,
    '',
    ' ',
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    '  javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'javascript://example.org/%0aalert(1)',
    'data:text/html,<script>alert(1)</script>',
    'DATA:text/html;base64,PHNjcmlwdD4=',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'blob:https://example.org/1234',
    'ftp://example.org/file',
    'mailto:someone@example.org',
    'tel:+15551234',
    '//evil.com',
    '//evil.com/path',
    '/relative/path',
    'relative/path',
    './x',
    '../x',
    '#fragment',
    '?query',
    'example.org',
    'www.example.org/page',
    'https://',
    'http://',
    'https://exa mple.org',
    'not a url at all',
    'https//example.org',
  ])('rejects %j', (url) => {
    expect(safeHref(url)).toBeNull();
  });

  it('only ever returns an http(s) address, and returns it unchanged when already normal', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const href = safeHref(text);
        if (href !== null) expect(href).toMatch(/^https?:\/\//);
      }),
      runs(500),
    );
    fc.assert(
      fc.property(httpUrl(), (url) => {
        const href = safeHref(url);
        expect(href).not.toBeNull();
        expect(safeHref(href!)).toBe(href);
      }),
    );
  });
});
