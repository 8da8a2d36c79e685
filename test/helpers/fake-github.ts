import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ErrorObject } from 'ajv';
import { afterEach, beforeEach, expect } from 'vitest';
import { operation, validateBody } from './openapi-validator.js';

/**
 * A loopback stand-in for the GitHub REST endpoints the Action calls. Every request body is validated
 * against its operation's schema from @octokit/openapi; an invalid body gets GitHub's 422 and is kept
 * in `invalid`, so a test can assert there were none. Faults are scripted per operation.
 */

interface Route {
  method: string;
  template: string;
  pattern: RegExp;
}

const ROUTES: Route[] = [
  { method: 'POST', template: '/repos/{owner}/{repo}/check-runs', pattern: /^\/repos\/([^/]+)\/([^/]+)\/check-runs$/ },
  { method: 'PATCH', template: '/repos/{owner}/{repo}/check-runs/{check_run_id}', pattern: /^\/repos\/([^/]+)\/([^/]+)\/check-runs\/(\d+)$/ },
  { method: 'GET', template: '/repos/{owner}/{repo}/issues/{issue_number}/comments', pattern: /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/ },
  { method: 'POST', template: '/repos/{owner}/{repo}/issues/{issue_number}/comments', pattern: /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/ },
  { method: 'PATCH', template: '/repos/{owner}/{repo}/issues/comments/{comment_id}', pattern: /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/ },
  { method: 'DELETE', template: '/repos/{owner}/{repo}/issues/comments/{comment_id}', pattern: /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/ },
  { method: 'GET', template: '/user', pattern: /^\/user$/ },
  { method: 'GET', template: '/repos/{owner}/{repo}/pulls/{pull_number}/files', pattern: /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)\/files$/ },
];

/** GitHub's bounds for `per_page` on the pull request files endpoint (default 30, at most 100). */
const PER_PAGE_DEFAULT = 30;
const PER_PAGE_MAX = 100;

export interface Fault {
  status: number;
  message?: string;
  headers?: Record<string, string>;
}

export interface RecordedRequest {
  operationId: string;
  method: string;
  path: string;
  /** The query string as sent, without `?`. */
  query: string;
  body: unknown;
  authorization?: string;
  /** What the fake answered. */
  status: number;
}

export interface CheckRunState {
  id: number;
  owner: string;
  repo: string;
  name: string;
  head_sha: string;
  status?: string;
  conclusion?: string;
  output?: { title?: string; summary?: string; text?: string };
  annotations: Array<Record<string, unknown>>;
}

export interface CommentState {
  id: number;
  issue: number;
  body: string;
  /** The author's login; comments the Action writes are by the Actions bot. */
  user: string;
}

export class FakeGitHub {
  url = '';
  readonly requests: RecordedRequest[] = [];
  readonly invalid: Array<{ operationId: string; errors: ErrorObject[] }> = [];
  readonly checkRuns = new Map<number, CheckRunState>();
  readonly comments = new Map<number, CommentState>();
  /** The files of each pull request, by number, as `GET /pulls/{n}/files` lists them. */
  readonly pullFiles = new Map<number, string[]>();
  /** Scripted answers, taken in order before normal handling, by operationId (`checks/create`). */
  readonly faults = new Map<string, Fault[]>();
  private server: Server | undefined;
  private nextId = 1000;

  fail(operationId: string, ...faults: Fault[]): this {
    this.faults.set(operationId, [...(this.faults.get(operationId) ?? []), ...faults]);
    return this;
  }

  /** The token's identity for `GET /user`; undefined answers 403 as GITHUB_TOKEN (an installation token) does. */
  tokenUser: string | undefined;

  addComment(issue: number, body: string, user = 'github-actions[bot]'): CommentState {
    const c = { id: this.nextId++, issue, body, user };
    this.comments.set(c.id, c);
    return c;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((e: unknown) => send(res, 500, { message: String(e) }));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  of(operationId: string): RecordedRequest[] {
    return this.requests.filter((r) => r.operationId === operationId);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = req.method ?? 'GET';
    const text = await readBody(req);
    const route = ROUTES.find((r) => r.method === method && r.pattern.test(url.pathname));
    if (!route) {
      this.requests.push({ operationId: 'unknown', method, path: url.pathname, query: url.search.slice(1), body: text, status: 404 });
      return send(res, 404, { message: 'Not Found' });
    }
    const { operationId } = operation(method, route.template);
    const m = url.pathname.match(route.pattern) as RegExpMatchArray;
    let body: unknown = undefined;
    if (text) {
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
      }
    }
    const record: RecordedRequest = { operationId, method, path: url.pathname, query: url.search.slice(1), body, status: 0 };
    if (typeof req.headers.authorization === 'string') record.authorization = req.headers.authorization;
    this.requests.push(record);
    const answer = (status: number, payload: unknown, headers?: Record<string, string>) => {
      record.status = status;
      send(res, status, payload, headers);
    };

    const fault = this.faults.get(operationId)?.shift();
    if (fault) return answer(fault.status, { message: fault.message ?? 'Scripted fault' }, fault.headers);
    if (method !== 'GET' && method !== 'DELETE') {
      const errors = validateBody(method, route.template, body);
      if (errors.length) {
        this.invalid.push({ operationId, errors });
        return answer(422, { message: 'Invalid request.', errors });
      }
    }
    const [, owner = '', repo = '', id = '0'] = m;
    const b = (body ?? {}) as Record<string, unknown>;
    switch (operationId) {
      case 'checks/create': {
        const run: CheckRunState = { id: this.nextId++, owner, repo, name: String(b.name), head_sha: String(b.head_sha), annotations: [] };
        this.applyCheck(run, b);
        this.checkRuns.set(run.id, run);
        return answer(201, { id: run.id, html_url: `https://github.test/${owner}/${repo}/runs/${run.id}`, head_sha: run.head_sha });
      }
      case 'checks/update': {
        const run = this.checkRuns.get(Number(id));
        if (!run) return answer(404, { message: 'Not Found' });
        this.applyCheck(run, b);
        return answer(200, { id: run.id, html_url: `https://github.test/${owner}/${repo}/runs/${run.id}` });
      }
      case 'issues/list-comments': {
        const list = [...this.comments.values()].filter((c) => c.issue === Number(id));
        return answer(
          200,
          list.map((c) => ({ id: c.id, body: c.body, user: { login: c.user, type: c.user.endsWith('[bot]') ? 'Bot' : 'User' } })),
        );
      }
      case 'users/get-authenticated': {
        if (this.tokenUser === undefined) return answer(403, { message: 'Resource not accessible by integration' });
        return answer(200, { login: this.tokenUser, id: 1, type: 'User' });
      }
      case 'issues/create-comment': {
        const c = this.addComment(Number(id), String(b.body), this.tokenUser ?? 'github-actions[bot]');
        return answer(201, { id: c.id, body: c.body, html_url: `https://github.test/${owner}/${repo}/pull/${id}#issuecomment-${c.id}` });
      }
      case 'issues/update-comment': {
        const c = this.comments.get(Number(id));
        if (!c) return answer(404, { message: 'Not Found' });
        c.body = String(b.body);
        return answer(200, { id: c.id, body: c.body, html_url: `https://github.test/${owner}/${repo}/pull/${c.issue}#issuecomment-${c.id}` });
      }
      case 'issues/delete-comment': {
        this.comments.delete(Number(id));
        return answer(204, undefined);
      }
      case 'pulls/list-files': {
        const files = this.pullFiles.get(Number(id));
        if (!files) return answer(404, { message: 'Not Found' });
        // Pagination as GitHub does it: page/per_page in the query, a Link header to the next page.
        const perPage = Number(url.searchParams.get('per_page') ?? PER_PAGE_DEFAULT);
        const page = Number(url.searchParams.get('page') ?? 1);
        if (!Number.isInteger(perPage) || perPage < 1 || perPage > PER_PAGE_MAX || !Number.isInteger(page) || page < 1) {
          return answer(422, { message: `bad page/per_page: ${url.search}` });
        }
        const slice = files.slice((page - 1) * perPage, page * perPage);
        const last = Math.max(1, Math.ceil(files.length / perPage));
        const link = (p: number) => `<${this.url}${url.pathname}?per_page=${perPage}&page=${p}>`;
        const headers: Record<string, string> = page < last ? { link: `${link(page + 1)}; rel="next", ${link(last)}; rel="last"` } : {};
        const body = slice.map((filename, i) => ({ sha: String(i).padStart(40, '0'), filename, status: 'modified', additions: 1, deletions: 1, changes: 2 }));
        return answer(200, body, headers);
      }
      default:
        return answer(404, { message: 'Not Found' });
    }
  }

  /** GitHub appends annotations on every update and replaces the rest of the output. */
  private applyCheck(run: CheckRunState, b: Record<string, unknown>): void {
    if (typeof b.status === 'string') run.status = b.status;
    if (typeof b.conclusion === 'string') {
      run.conclusion = b.conclusion;
      run.status = 'completed';
    }
    const output = b.output as (CheckRunState['output'] & { annotations?: Array<Record<string, unknown>> }) | undefined;
    if (output) {
      const { annotations, ...rest } = output;
      run.output = rest;
      run.annotations.push(...(annotations ?? []));
    }
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, payload: unknown, headers: Record<string, string> = {}): void {
  const text = payload === undefined ? '' : JSON.stringify(payload);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(text);
}

/**
 * Gives each test of the enclosing describe a fresh FakeGitHub, handed to `use` once started. After each
 * test: no request body failed its schema, no endpoint outside ROUTES was called, and the server stops.
 */
export function useFakeGitHub(use: (gh: FakeGitHub) => void): void {
  let gh: FakeGitHub | undefined;
  beforeEach(async () => {
    gh = await new FakeGitHub().start();
    use(gh);
  });
  afterEach(async () => {
    if (!gh) return;
    expect(gh.invalid).toEqual([]);
    expect(gh.requests.filter((q) => q.operationId === 'unknown')).toEqual([]);
    await gh.stop();
  });
}
