import { describe, expect, it } from 'vitest';
import { cardFrameEvent, cardHostEvent, newCardToken } from '../../../lib/card/protocol';
import { cardContent, cardFrameShow, cardHello, cardNoteOf, cardShowRequest } from '../../../lib/card/request-protocol';

const entry = { id: 'authority:cac', type: 'authority', name: 'CAC', kind: 'regulator', summary: '', hub: { level: 'national', issued: 3 } };

describe('the hover card’s messages', () => {
  it('pair a port only by a 128-bit hex token', () => {
    const token = newCardToken((bytes) => bytes.fill(171));
    expect(token).toBe('ab'.repeat(16));
    expect(cardHello.safeParse({ hello: token }).success).toBe(true);
    expect(cardHello.safeParse({ hello: 'ab' }).success).toBe(false);
    expect(cardHello.safeParse({ hello: 'AB'.repeat(16) }).success).toBe(false);
  });

  it('ask for a card by entry id, with page text held to a length', () => {
    const show = { seq: 1, id: 'document:data-security-law', written: 'DSL', via: 'defined', maxWidth: 360 };
    expect(cardShowRequest.parse({ show })).toEqual({ show });
    expect(cardShowRequest.safeParse({ show: { ...show, id: 'javascript:alert(1)' } }).success).toBe(false);
    expect(cardShowRequest.safeParse({ show: { ...show, written: 'x'.repeat(501) } }).success).toBe(false);
    expect(cardShowRequest.safeParse({ show: { ...show, via: 'guess' } }).success).toBe(false);
    expect(cardShowRequest.safeParse({ show: { ...show, seq: -1 } }).success).toBe(false);
  });

  it('give the frame a card, an imported entry without its text, or an error; nothing else', () => {
    expect(cardContent.parse({ entry: { ...entry, extra: 'dropped' }, canOpen: true })).toEqual({ entry, canOpen: true });
    expect(cardContent.parse({ imported: { id: 'document:x', summary: 'private' } })).toEqual({ imported: { id: 'document:x' } });
    expect(cardContent.safeParse({ html: '<b>x</b>' }).success).toBe(false);
    expect(cardFrameShow.safeParse({ show: { seq: 2, content: { error: 'noSuchEntry' }, maxWidth: 360 } }).success).toBe(true);
    expect(cardFrameShow.safeParse({ show: { seq: 2, content: { error: 'noSuchEntry' }, maxWidth: 1e9 } }).success).toBe(false);
  });

  it('send the graph’s enumerations as codes for the frame to word, never as text', () => {
    expect(cardContent.safeParse({ error: 'No such entry.' }).success).toBe(false);
    expect(cardContent.safeParse({ entry: { ...entry, kind: 'Regulator' }, canOpen: true }).success).toBe(false);
    expect(cardContent.safeParse({ entry: { ...entry, status: 'Final' }, canOpen: true }).success).toBe(false);
    expect(cardContent.safeParse({ entry: { ...entry, date: { kind: 'issued', iso: '6 Jan 2023' } }, canOpen: true }).success).toBe(false);
    expect(cardContent.safeParse({ entry: { ...entry, date: { kind: 'issued', iso: '2023-01' } }, canOpen: true }).success).toBe(true);
    expect(cardContent.safeParse({ entry: { ...entry, hub: { level: 'national', issued: -1 } }, canOpen: true }).success).toBe(false);
    expect(cardContent.safeParse({ entry, note: { via: 'guess', written: 'x' }, canOpen: true }).success).toBe(false);
  });

  it('tell the content script only a size, holding, close, or that the frame is ready or gone', () => {
    expect(cardFrameEvent.parse({ shown: { seq: 1, width: 300, height: 140 } })).toEqual({ shown: { seq: 1, width: 300, height: 140 } });
    expect(cardFrameEvent.parse({ shown: { seq: 1, width: 300, height: 140, text: 'CAC' } })).toEqual({ shown: { seq: 1, width: 300, height: 140 } });
    expect(cardFrameEvent.safeParse({ holding: 'yes' }).success).toBe(false);
    expect(cardFrameEvent.safeParse({ frameGone: true }).success).toBe(false);
    expect(cardHostEvent.safeParse({ frameGone: true }).success).toBe(true);
    expect(cardHostEvent.safeParse({ frameReady: true }).success).toBe(true);
    expect(cardHostEvent.safeParse({ card: entry }).success).toBe(false);
  });
});

describe('cardNoteOf', () => {
  it('notes how the page wrote a name a recogniser found, for the frame to word', () => {
    expect(cardNoteOf('defined', 'Certification Guidelines')).toEqual({ via: 'defined', written: 'Certification Guidelines' });
    expect(cardNoteOf('typo', 'Cyberspace Adminstration')).toEqual({ via: 'typo', written: 'Cyberspace Adminstration' });
    expect(cardNoteOf('case-number', '(2022) Jing 0105')).toBeUndefined();
    expect(cardNoteOf('variant', '')).toBeUndefined();
    expect(cardNoteOf(undefined, undefined)).toBeUndefined();
  });
});
