import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { listTexts } from '../support/actions.js';
import { screenshot } from '../support/browser.js';
import { ScriptedVoter } from '../support/scripted-voters.js';
import { FOOD_BANK, GOAL_IDEA, TENANTS, type AllianceRun } from './alliance-env.js';

const GOALS = [
  {
    text: GOAL_IDEA.calendar,
    owner: TENANTS,
    indicator: '40 member events a year on the shared calendar',
    date: '2027-06-30',
    rationale: 'Common ground: in the top 3 of every organization.',
  },
  {
    text: GOAL_IDEA.fund,
    owner: FOOD_BANK,
    indicator: 'A fund of 20,000 euros that answers within a week',
    date: '2027-12-31',
    rationale: 'Second in the final vote.',
  },
  {
    text: GOAL_IDEA.campaign,
    owner: 'Maya Lopez',
    indicator: 'One campaign run by at least three members',
    date: '2027-10-01',
    rationale: 'Added by the room after the discussion.',
  },
];

function goalForm(host: Page, text: string) {
  return host.getByRole('form', { name: new RegExp(text) });
}

/** Records one goal through the console's form; the owner is picked from the organizations or typed. */
async function recordGoal(host: Page, goal: (typeof GOALS)[number]): Promise<void> {
  const form = goalForm(host, goal.text);
  if (goal.owner === TENANTS || goal.owner === FOOD_BANK) {
    await form.getByLabel('Owner', { exact: true }).selectOption(goal.owner);
  } else {
    await form.getByLabel('Owner', { exact: true }).selectOption({ label: 'A person or another body (type the name)' });
    await form.getByLabel('Owner’s name').fill(goal.owner);
  }
  await form.getByLabel('Measurable indicator').fill(goal.indicator);
  await form.getByLabel('Target date').fill(goal.date);
  await form.getByLabel('Rationale: why the alliance adopts it').fill(goal.rationale);
  await form.getByRole('button', { name: /^Save goal/ }).click();
  await form.getByText('Recorded in full.').waitFor();
}

export async function adoptAndRecordGoals(run: AllianceRun): Promise<void> {
  const { room } = run;
  const host = room.host;
  // The rule (top 2) proposes the calendar and the fund, and they start selected.
  await host.getByText('Rule: adopt the top 2 ideas.').waitFor();
  await host.getByText('The rule proposes 2 ideas, selected below.').waitFor();
  const box = (text: string) => host.getByRole('checkbox', { name: new RegExp(text) });
  expect(await box(GOAL_IDEA.calendar).isChecked()).toBe(true);
  expect(await box(GOAL_IDEA.fund).isChecked()).toBe(true);
  expect(await box(GOAL_IDEA.campaign).isChecked()).toBe(false);
  await host.getByRole('button', { name: 'Adopt 2 goals' }).click();
  await room.display.getByRole('heading', { name: 'The alliance’s shared goals' }).waitFor();

  // The room adds the campaign: the facilitator amends and confirms again.
  await box(GOAL_IDEA.campaign).check();
  await host.getByRole('button', { name: 'Amend: adopt 3 goals' }).click();
  await host.getByText('Adopted: 3 goals. Change the selection and confirm again to amend.').waitFor();

  // An owner is required before a goal's record is saved.
  const first = goalForm(host, GOAL_IDEA.calendar);
  await first.getByRole('button', { name: /^Save goal/ }).click();
  await first
    .getByRole('alert')
    .getByText(/Name an owner/)
    .waitFor();
  for (const goal of GOALS) await recordGoal(host, goal);

  // The display and the phones show the goals in rank order, with their owners.
  for (const page of [room.display, room.phone('Ben')]) {
    await page.getByText('Owner: Maya Lopez').waitFor();
    const goals = await listTexts(page, 'Adopted goals');
    expect(goals).toHaveLength(3);
    [GOALS[0], GOALS[1], GOALS[2]].forEach((goal, index) => {
      expect(goals[index]).toContain(goal?.text);
      expect(goals[index]).toContain(`Owner: ${goal?.owner}`);
    });
  }

  // The decision log: phases, the close of each vote, goals adopted and amended, owners recorded.
  const log = (await listTexts(host, 'Decisions, oldest first')).join('\n');
  for (const entry of [
    'Voting opened.',
    'Preliminary vote closed: discussing the vote.',
    'Final vote opened.',
    'Voting closed: results shown.',
    'Goals adopted: #',
    'Adopted goals amended: #',
    `recorded; owner: ${TENANTS}.`,
    'recorded; owner: Maya Lopez.',
  ]) {
    expect(log).toContain(entry);
  }
  for (const name of ['Ana', 'Ben', 'Tomás']) expect(log).not.toContain(name);

  await room.expectAccessible(host, 'goals adopted and recorded (console)');
  await room.expectAccessible(room.display, 'adopted goals (display)');
  await room.expectAccessible(room.phone('Ben'), 'adopted goals (phone)');
  await room.shootPhase('3-goals', 'Ben');
  await room.phone('Ben').setViewportSize({ width: 1920, height: 1080 });
  await screenshot(room.phone('Ben'), 'alliance-3-goals-phone-1920');
  await room.phone('Ben').setViewportSize({ width: 360, height: 640 });
}

interface ExportJson {
  goals: { statement: string; owner: string; indicator: string; targetDate: string }[] | null;
  scoring: { weighting: string };
  decisionLog: { kind: string; summary: string }[];
}

export async function checkExports(run: AllianceRun, url: string): Promise<void> {
  const headers = { authorization: `Bearer ${run.token}` };
  const base = `${url}/api/sessions/${run.room.code.replace('-', '')}`;
  const response = await fetch(`${base}/export.json`, { headers });
  expect(response.status).toBe(200);
  const json = (await response.json()) as ExportJson;
  expect(json.scoring.weighting).toBe('per-organization');
  expect(json.goals?.map((goal) => [goal.statement, goal.owner, goal.targetDate])).toEqual(
    GOALS.map((goal) => [goal.text, goal.owner, goal.date]),
  );
  expect(json.decisionLog.map((entry) => entry.kind)).toContain('goals-adopted');

  const pdf = await fetch(`${base}/export.pdf`, { headers });
  expect(pdf.status).toBe(200);
  const dir = mkdtempSync(join(tmpdir(), 'roundtable-pdf-'));
  try {
    writeFileSync(join(dir, 'report.pdf'), Buffer.from(await pdf.arrayBuffer()));
    const text = execFileSync('pdftotext', ['-layout', join(dir, 'report.pdf'), '-'], { encoding: 'utf8' });
    for (const goal of GOALS) {
      expect(text).toContain(goal.text);
      expect(text).toContain(goal.owner);
    }
    expect(text).toContain('Decision log');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Where the first goal's indicator (text only a goal carries) stands against the ranked list, in PDF and Markdown. */
export async function goalsLeadTheReports(run: AllianceRun, url: string): Promise<void> {
  const headers = { authorization: `Bearer ${run.token}` };
  const base = `${url}/api/sessions/${run.room.code.replace('-', '')}`;
  const indicator = GOALS[0]?.indicator ?? '?';
  const markdown = await (await fetch(`${base}/export.md`, { headers })).text();
  expect(markdown).toContain(indicator);
  expect(markdown.indexOf(indicator)).toBeLessThan(markdown.indexOf('Ranked ideas'));
  const dir = mkdtempSync(join(tmpdir(), 'roundtable-pdf-'));
  try {
    const pdf = await fetch(`${base}/export.pdf`, { headers });
    writeFileSync(join(dir, 'report.pdf'), Buffer.from(await pdf.arrayBuffer()));
    const text = execFileSync('pdftotext', ['-layout', join(dir, 'report.pdf'), '-'], { encoding: 'utf8' });
    expect(text.indexOf(indicator)).toBeLessThan(text.indexOf('Ranked ideas'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Moves on, confirming when the console asks (whether it asks depends on who is still writing). */
async function moveOn(host: Page, label: string, nextPhase: string): Promise<void> {
  await host.getByRole('button', { name: label, exact: true }).click();
  const confirm = host.getByRole('button', { name: `Yes: ${label}` });
  await confirm.or(host.getByRole('heading', { name: `Now: ${nextPhase}` })).waitFor();
  if (await confirm.isVisible()) await confirm.click();
  await host.getByRole('heading', { name: `Now: ${nextPhase}` }).waitFor();
}

export async function startRealignment(run: AllianceRun, url: string): Promise<void> {
  const host = run.room.host;
  const title = 'Review: which goals do we still share?';
  await host.getByLabel('Question for the review session').fill(title);
  await host.getByRole('button', { name: 'Start a realignment session from these goals' }).click();
  await host.getByRole('heading', { level: 1, name: title }).waitFor();
  expect(new URL(host.url()).pathname).not.toContain(run.room.code);
  const code = new URL(host.url()).pathname.split('/')[2] ?? '';
  const voters = await Promise.all(
    ['Yan', 'Zoe', 'Abe'].map((name) => ScriptedVoter.join(url, code, name, name === 'Abe' ? FOOD_BANK : TENANTS)),
  );
  try {
    // The carried-over goals wait in the pool like unshared ideas, and appear when sharing ends.
    await host.getByText('3 people have joined.').waitFor();
    await moveOn(host, 'Start writing ideas', 'Writing ideas');
    await moveOn(host, 'End writing, start sharing', 'Sharing');
    await moveOn(host, 'Start clarifying', 'Clarifying');
    await host.getByRole('heading', { name: 'All ideas (3)' }).waitFor();
    const carried = await listTexts(host, 'All ideas');
    expect(carried).toHaveLength(3);
    expect(carried.find((line) => line.includes(GOAL_IDEA.calendar))).toContain('carried over — was rank 1');
    await run.room.expectAccessible(host, 'realignment session, carried-over goals (console)');
    await screenshot(host, 'alliance-4-realignment-console');

    // A year on, the room puts the campaign first: the results say how each goal moved since then.
    const ballot = [GOAL_IDEA.campaign, GOAL_IDEA.calendar, GOAL_IDEA.fund];
    await moveOn(host, 'Open voting', 'Voting');
    await Promise.all(voters.map((voter) => voter.vote(ballot, 1)));
    await moveOn(host, 'Close the preliminary vote and discuss it', 'Discussing the vote');
    await moveOn(host, 'Open the final vote', 'Voting');
    await Promise.all(voters.map((voter) => voter.vote(ballot, 2)));
    await moveOn(host, 'Close voting and show results', 'Results');
    const lines = await listTexts(host, 'Ideas ranked by the group');
    expect(lines[0]).toContain(GOAL_IDEA.campaign);
    expect(lines[0]).toContain('carried-over goal: rank 3 last time, up 2 places');
    expect(lines[1]).toContain('carried-over goal: rank 1 last time, down 1 place');
    await screenshot(host, 'alliance-5-realignment-results-console');
  } finally {
    for (const voter of voters) voter.close();
  }
}
