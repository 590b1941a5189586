export type ExportFormat = 'json' | 'pdf' | 'csv' | 'md';

export type ExportOutcome = { ok: true } | { ok: false; status: number | null };

function fileName(response: Response, code: string, format: ExportFormat): string {
  const disposition = response.headers.get('content-disposition') ?? '';
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition);
  return match?.[1] ? decodeURIComponent(match[1]) : `roundtable-${code}.${format}`;
}

/**
 * Downloads an export with the facilitator token in a header (never in the URL, so it stays out
 * of server logs and browser history), then saves it through a temporary object URL. `language`
 * (`?lang=`, one of the six tags) is the language of the report's labels, headings and method text.
 */
export async function downloadExport(
  code: string,
  token: string,
  format: ExportFormat,
  language: string,
): Promise<ExportOutcome> {
  let response: Response;
  const lang = encodeURIComponent(language);
  try {
    response = await fetch(`/api/sessions/${encodeURIComponent(code)}/export.${format}?lang=${lang}`, {
      headers: { authorization: `Bearer ${token}` },
    });
  } catch {
    return { ok: false, status: null };
  }
  if (!response.ok) return { ok: false, status: response.status };
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName(response, code, format);
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { ok: true };
}
