import { describe, expect, it } from 'vitest';
import { operation, validateBody } from '../helpers/openapi-validator.js';

const CREATE = ['POST', '/repos/{owner}/{repo}/check-runs'] as const;
const UPDATE = ['PATCH', '/repos/{owner}/{repo}/check-runs/{check_run_id}'] as const;
const COMMENT = ['POST', '/repos/{owner}/{repo}/issues/{issue_number}/comments'] as const;

const annotation = { path: 'a.yaml', start_line: 3, end_line: 3, start_column: 20, end_column: 27, annotation_level: 'failure', message: 'm', title: 't' };
const good = {
  name: 'netcompat',
  head_sha: 'a'.repeat(40),
  status: 'completed',
  conclusion: 'failure',
  completed_at: '2026-01-02T03:04:05.000Z',
  output: { title: 'x', summary: 's', annotations: [annotation] },
};

describe('the fake GitHub validates request bodies against @octokit/openapi', () => {
  it('finds the operations by path and method', () => {
    expect(operation(...CREATE).operationId).toBe('checks/create');
    expect(operation(...UPDATE).operationId).toBe('checks/update');
    expect(operation('GET', '/repos/{owner}/{repo}/issues/{issue_number}/comments').operationId).toBe('issues/list-comments');
    expect(operation('DELETE', '/repos/{owner}/{repo}/issues/comments/{comment_id}').validate).toBeNull();
  });

  it('accepts a body the Action sends', () => {
    expect(validateBody(...CREATE, good)).toEqual([]);
    expect(validateBody(...UPDATE, { status: 'in_progress', output: { title: 'x', summary: 's', annotations: [annotation] } })).toEqual([]);
    expect(validateBody(...COMMENT, { body: 'hello' })).toEqual([]);
  });

  it.each([
    ['51 annotations in one request', { ...good, output: { ...good.output, annotations: Array.from({ length: 51 }, () => annotation) } }, 'maxItems'],
    ['an unknown annotation level', { ...good, output: { ...good.output, annotations: [{ ...annotation, annotation_level: 'error' }] } }, 'enum'],
    ['a summary over 65,535 characters', { ...good, output: { ...good.output, summary: 'x'.repeat(65_536) } }, 'maxLength'],
    ['an annotation without a path', { ...good, output: { ...good.output, annotations: [{ ...annotation, path: undefined }] } }, 'required'],
    ['a missing head_sha', { name: 'netcompat' }, 'required'],
    ['a non-ISO completed_at', { ...good, completed_at: 'yesterday' }, 'format'],
  ])('rejects a create with %s', (_what, body, keyword) => {
    expect(validateBody(...CREATE, JSON.parse(JSON.stringify(body))).map((e) => e.keyword)).toContain(keyword);
  });

  it('rejects an update that completes without a conclusion', () => {
    expect(validateBody(...UPDATE, { status: 'completed' }).length).toBeGreaterThan(0);
  });

  it('rejects a comment without a body', () => {
    expect(validateBody(...COMMENT, { text: 'hello' }).map((e) => e.keyword)).toContain('required');
  });

  it('follows $refs into components', () => {
    // This body's properties are all `$ref: #/components/schemas/webhook-config-*`.
    const hook = ['PATCH', '/app/hook/config'] as const;
    expect(validateBody(...hook, { content_type: 'json' })).toEqual([]);
    const errors = validateBody(...hook, { content_type: 42 });
    expect(errors.map((e) => [e.instancePath, e.keyword])).toEqual([['/content_type', 'type']]);
  });
});
