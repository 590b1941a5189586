import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/** What a person does, in the words they see on the screen. */

export async function createSessionFromLanding(
  page: Page,
  input: { title: string; organizations?: string[]; ballotSize?: number; namedTurns?: boolean },
): Promise<string> {
  await page.goto('/');
  await page.getByLabel('Question or title').fill(input.title);
  if (input.organizations) {
    await page.getByLabel('Member organizations (optional)').fill(input.organizations.join('\n'));
  }
  if (input.ballotSize !== undefined || input.namedTurns) {
    await page.getByText('Settings', { exact: true }).click();
    if (input.ballotSize !== undefined) {
      await page.getByLabel('Ideas each person ranks (top N)').fill(String(input.ballotSize));
    }
    if (input.namedTurns) await page.getByRole('radio', { name: /Named turns/ }).check();
  }
  await page.getByRole('button', { name: 'Create session' }).click();
  await page.waitForURL(/\/host\/[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  await page.getByRole('heading', { level: 1, name: input.title }).waitFor();
  return new URL(page.url()).pathname.split('/')[2] as string;
}

export async function joinAs(page: Page, code: string, name: string, organization?: string | { other: string }) {
  if (page.url() === 'about:blank' || !page.url().includes(`/join/${code}`)) await page.goto(`/join/${code}`);
  await page.getByLabel('Your name').fill(name);
  if (typeof organization === 'string') await page.getByRole('radio', { name: organization }).check();
  if (typeof organization === 'object') {
    await page.getByRole('radio', { name: 'Another organization' }).check();
    await page.getByLabel('Name of your organization').fill(organization.other);
  }
  await page.getByRole('button', { name: 'Join the session' }).click();
  await page.getByRole('heading', { name: 'You are in' }).waitFor();
}

export async function addIdea(page: Page, text: string) {
  await page.getByLabel('New idea').fill(text);
  await page.getByRole('button', { name: 'Add idea' }).click();
  await page.getByRole('listitem').filter({ hasText: text }).waitFor();
}

export async function advance(host: Page, label: string, confirm = false) {
  await host.getByRole('button', { name: label, exact: true }).click();
  if (confirm) await host.getByRole('button', { name: `Yes: ${label}` }).click();
}

/** The text of every line of a list, as a person would read it top to bottom. */
export async function listTexts(page: Page, listName: string): Promise<string[]> {
  return page.getByRole('list', { name: listName }).getByRole('listitem').allInnerTexts();
}

/** Waits until the connection banner says what we expect. */
export async function bannerSays(page: Page, text: string | RegExp) {
  await expect
    .poll(() => page.getByRole('status', { name: 'Connection' }).innerText(), { timeout: 15_000 })
    .toMatch(text);
}
