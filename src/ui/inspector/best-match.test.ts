import { describe, expect, it } from 'vitest';
import { bestMatches } from './best-match';

const options = [
  { label: 'Online Support Lead' },
  { label: 'Support Agent (under VP Customer Support)', title: 'Support Agent' },
  { label: 'Support Agent (under VP Customer Support Operations)', title: 'Support Agent' },
  { label: 'VP Customer Support' },
  { label: 'VP Customer Support Operations' },
];
const labels = (query: string) => bestMatches(options, query).map((option) => option.label);

describe('bestMatches', () => {
  it('puts the exact name first, whatever sorts before it', () => {
    expect(labels('VP Customer Support')).toEqual([
      'VP Customer Support',
      'VP Customer Support Operations',
      'Support Agent (under VP Customer Support)',
      'Support Agent (under VP Customer Support Operations)',
    ]);
  });

  it('counts a role’s plain title as exact when its label is told apart by its manager', () => {
    expect(labels('support agent').slice(0, 2)).toEqual([
      'Support Agent (under VP Customer Support)',
      'Support Agent (under VP Customer Support Operations)',
    ]);
  });

  it('puts names that start with the text before names that contain it, case and spaces aside', () => {
    expect(labels('  SUPPORT ')).toEqual([
      'Support Agent (under VP Customer Support)',
      'Support Agent (under VP Customer Support Operations)',
      'Online Support Lead',
      'VP Customer Support',
      'VP Customer Support Operations',
    ]);
  });

  it('keeps everything, in order, for no text; nothing for no match', () => {
    expect(labels('')).toEqual(options.map((option) => option.label));
    expect(labels('zebra')).toEqual([]);
  });
});
