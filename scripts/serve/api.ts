/**
 * The review page's JSON API. Reads come from db/review.ts, writes go through
 * db/corrections.ts (parameterized INSERTs into `corrections` only).
 *
 *   GET  /api/reports                  the report list
 *   GET  /api/reports/:id              text, sections, paragraphs, corrected mentions and activities (with evidence), rejected ids
 *   GET  /api/reports/:id/corrections  the report's corrections, with status applies|stale
 *   GET  /api/chart[?report=:id]       activities and participants per country and year
 *   POST /api/corrections              {action, target?, field?, value?, add?}
 *   POST /api/reports/:id/gold         {unreviewed?}: writes <gold dir>/<name>.gold.json
 */
import { join } from 'node:path';
import { addCorrection, findTarget, listCorrections, type CorrectionInput } from '../../db/corrections.js';
import { DbError } from '../../db/errors.js';
import type { Db } from '../../db/open.js';
import { chartRows, listReports, rejectedItems, reportView } from '../../db/review.js';
import { activityFieldProblem, addedProblem, mentionFieldProblem } from './check-values.js';
import { activityEvidence } from './evidence.js';
import { buildGold, defaultGoldName, writeGold } from './gold-file.js';

export interface ApiContext {
  db: Db;
  goldDir: string;
}

export interface ApiResponse {
  status: number;
  body: unknown;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export function handleApi(ctx: ApiContext, method: string, path: string, query: URLSearchParams, body: unknown): ApiResponse {
  try {
    return { status: 200, body: route(ctx, method, path, query, body) };
  } catch (error) {
    if (error instanceof ApiError) return { status: error.status, body: { error: error.message } };
    if (error instanceof DbError) return { status: /^no (report|activity|mention) /.test(error.message) ? 404 : 400, body: { error: error.message } };
    throw error;
  }
}

function route(ctx: ApiContext, method: string, path: string, query: URLSearchParams, body: unknown): unknown {
  const { db } = ctx;
  if (method === 'GET' && path === '/api/reports') return listReports(db);
  if (method === 'GET' && path === '/api/chart') {
    const report = query.get('report');
    return chartRows(db, report ? reportId(report) : undefined);
  }
  if (method === 'POST' && path === '/api/corrections') {
    const input = correctionInput(body);
    const problem = valueProblemOf(db, input);
    if (problem) throw new ApiError(400, problem);
    return { id: addCorrection(db, input) };
  }
  const m = /^\/api\/reports\/(\d+)(\/corrections|\/gold)?$/.exec(path);
  if (m) {
    const id = reportId(m[1]!);
    if (method === 'GET' && m[2] === undefined) {
      const view = reportView(db, id);
      const evidence = Object.fromEntries(view.activities.map((a) => [a.id, activityEvidence(view, a)]));
      return { ...view, evidence, rejected: rejectedItems(db, id) };
    }
    if (method === 'GET' && m[2] === '/corrections') return listCorrections(db, id);
    if (method === 'POST' && m[2] === '/gold') {
      const view = reportView(db, id);
      const unreviewed = Boolean((body as { unreviewed?: unknown } | null)?.unreviewed);
      const build = buildGold(view, { unreviewed });
      if (build.gold.mentions.length === 0 && build.gold.events.length === 0) throw new ApiError(400, 'nothing reviewed in this report yet: accept, edit or add facts first');
      const written = writeGold(join(ctx.goldDir, defaultGoldName(view)), view, build);
      return { path: written.path, mentions: build.gold.mentions.length, events: build.gold.events.length, notes: build.notes };
    }
  }
  throw new ApiError(404, `no such API: ${method} ${path}`);
}

function reportId(text: string): number {
  const id = Number(text);
  if (!Number.isSafeInteger(id) || id <= 0) throw new ApiError(400, `report id '${text}' is not a positive integer`);
  return id;
}

/** The request body as a correction; shapes are checked here, values by db/corrections.ts. */
function correctionInput(body: unknown): CorrectionInput {
  if (typeof body !== 'object' || body === null) throw new ApiError(400, 'the body must be a JSON object');
  const b = body as Record<string, unknown>;
  if (!['accept', 'reject', 'edit', 'add'].includes(b.action as string)) throw new ApiError(400, 'action must be accept, reject, edit or add');
  const input: CorrectionInput = { action: b.action as CorrectionInput['action'] };
  if (b.target !== undefined) {
    const t = b.target as { type?: unknown; id?: unknown };
    if (!(t && (t.type === 'activity' || t.type === 'mention') && Number.isSafeInteger(t.id))) throw new ApiError(400, 'target must be {type: activity|mention, id}');
    input.target = { type: t.type, id: t.id as number };
  }
  if (b.field !== undefined) input.field = String(b.field);
  if (b.value !== undefined) input.value = b.value;
  if (b.add !== undefined) {
    const a = b.add as { reportId?: unknown; type?: unknown; label?: unknown; start?: unknown; end?: unknown };
    if (!(a && (a.type === 'activity' || a.type === 'mention') && [a.reportId, a.start, a.end].every(Number.isSafeInteger) && typeof (a.label ?? 'activity') === 'string')) {
      throw new ApiError(400, 'add must be {reportId, type: activity|mention, label, start, end}');
    }
    input.add = { reportId: a.reportId as number, type: a.type, label: String(a.label ?? 'activity'), start: a.start as number, end: a.end as number };
  }
  return input;
}

function valueProblemOf(db: Db, input: CorrectionInput): string | undefined {
  if (input.action === 'add') return input.add && addedProblem(input.add.type, input.add.label, input.value ?? {});
  if (input.action !== 'edit' || !input.target) return undefined;
  if (input.target.type === 'activity') return activityFieldProblem(input.field ?? '', input.value ?? null);
  return mentionFieldProblem(findTarget(db, input.target).label, input.field ?? '', input.value ?? null);
}
