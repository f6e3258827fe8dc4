import { type Browser, expect, type Page, request as playwrightRequest, test } from "@playwright/test";
import { gu } from "../../lib/i18n/gu";
import { testDatabase } from "../helpers/database";
import {
  articleRow,
  demoCommenter,
  demoEditor,
  insertPublishedStory,
  Newsroom,
  type Person,
} from "../helpers/newsroom";

// Two signed-in browsers each: generous on a busy 2-core machine.
test.describe.configure({ timeout: 90_000 });

const arjun: Person = { email: "arjun@khabarsetu.test", password: "editor-demo-password" };

/** A signed-in editor in a browser context of their own (their own cookies), optionally working in Gujarati. */
async function editorIn(browser: Browser, who: Person, language: "en" | "gu" = "en") {
  const context = await browser.newContext();
  const newsroom = new Newsroom(await context.newPage());
  await newsroom.signIn(who);
  if (language === "gu") {
    await newsroom.switchToGujarati();
  }
  return { context, newsroom, page: newsroom.page };
}

async function openStory(page: Page, id: number) {
  await page.goto(`/admin/articles/${id}`);
  await expect(page.locator('input[name="version"]')).toBeAttached();
}

function autosaveOf(id: number): { values: string } | undefined {
  const db = testDatabase();
  try {
    return db.prepare('select "values" from article_autosaves where article_id = ?').get(id) as
      { values: string } | undefined;
  } finally {
    db.close();
  }
}

test("two editors see each other in the story, and the later stale save is refused until merged", async ({
  browser,
}) => {
  const id = insertPublishedStory("bridge-merge-story", "Bridge opens to traffic");
  const meera = await editorIn(browser, demoEditor);
  const desai = await editorIn(browser, arjun);
  await openStory(meera.page, id);
  await openStory(desai.page, id);
  await expect(meera.newsroom.presence).toContainText("Also open now: Arjun Desai");
  await expect(desai.newsroom.presence).toContainText("Also open now: Meera Trivedi");

  await meera.newsroom.field("Summary").fill("Meera's new summary.");
  await meera.newsroom.save();
  await expect(meera.newsroom.formStatus).toHaveText("Saved.");

  await desai.newsroom.field("Story text (Markdown)").fill("Arjun's new text.");
  await desai.newsroom.save();
  const alert = desai.newsroom.savedElsewhereAlert("Meera Trivedi saved this story at");
  await expect(alert).toBeVisible();
  await expect(alert.getByRole("listitem")).toHaveText(["Summary"]);
  await expect(desai.newsroom.formStatus).toContainText("Not saved");
  expect(articleRow(id)).toMatchObject({ dek: "Meera's new summary.", body: "The first version of the text." });

  await alert.getByRole("button", { name: "Take their changes into my form" }).click();
  await expect(desai.newsroom.field("Summary")).toHaveValue("Meera's new summary.");
  await expect(desai.newsroom.field("Story text (Markdown)")).toHaveValue("Arjun's new text.");
  await desai.newsroom.save();
  await expect(desai.newsroom.formStatus).toHaveText("Saved.");
  expect(articleRow(id)).toMatchObject({ dek: "Meera's new summary.", body: "Arjun's new text." });

  await meera.context.close();
  await desai.context.close();
});

test("an editor working in Gujarati is told in Gujarati and can overwrite deliberately", async ({ browser }) => {
  const id = insertPublishedStory("bridge-overwrite-story", "Ring road reopens");
  const meera = await editorIn(browser, demoEditor);
  const desai = await editorIn(browser, arjun, "gu");
  await openStory(meera.page, id);
  await openStory(desai.page, id);
  await expect(desai.newsroom.presence).toContainText("મીરા ત્રિવેદી");

  await meera.newsroom.field("Headline").fill("Ring road reopens after repairs");
  await meera.newsroom.save();
  await expect(meera.newsroom.formStatus).toHaveText("Saved.");

  await desai.newsroom.field(gu.admin.form.headline).fill("Ring road reopens at dawn");
  await desai.newsroom.save();
  const alert = desai.newsroom.savedElsewhereAlert("મીરા ત્રિવેદી દ્વારા આ સમાચાર સેવ થયા");
  await expect(alert).toBeVisible();
  await expect(alert.getByRole("listitem")).toHaveText([gu.admin.form.headline]);
  await alert.getByRole("checkbox", { name: gu.admin.editing.overwrite }).check();
  await desai.newsroom.save();
  await expect(desai.newsroom.formStatus).toHaveText(gu.admin.form.saved);
  expect(articleRow(id)?.title).toBe("Ring road reopens at dawn");
  await meera.context.close();
  await desai.context.close();
});

test("leaving the editor with unsaved changes warns, keeps them privately and offers them back", async ({
  browser,
}) => {
  const id = insertPublishedStory("autosave-story", "Night buses return");
  const meera = await editorIn(browser, demoEditor);
  await openStory(meera.page, id);
  await meera.newsroom.field("Summary").fill("A summary typed but never saved.");

  const dialog = new Promise<string>((resolve) =>
    meera.page.once("dialog", (d) => {
      resolve(d.type());
      void d.accept();
    }),
  );
  await meera.page.close({ runBeforeUnload: true });
  expect(await dialog).toBe("beforeunload");
  await expect.poll(() => autosaveOf(id)?.values ?? "").toContain("A summary typed but never saved.");
  expect(articleRow(id)).toMatchObject({ dek: "A summary for the test." });

  const page = await meera.context.newPage();
  const editor = new Newsroom(page);
  await openStory(page, id);
  await expect(page.getByText(/You have unsaved changes to this story, kept privately at/)).toBeVisible();
  const restore = page.getByRole("button", { name: "Restore my changes" });
  await restore.click();
  await expect(editor.field("Summary")).toHaveValue("A summary typed but never saved.");
  await editor.save();
  await expect(editor.formStatus).toHaveText("Saved.");
  expect(autosaveOf(id)).toBeUndefined();
  await page.reload();
  await expect(restore).toHaveCount(0);
  await meera.context.close();
});

test("unsaved edits are autosaved every few seconds without publishing, and can be discarded in Gujarati", async ({
  browser,
}) => {
  const id = insertPublishedStory("autosave-discard-story", "Lake cleanup begins");
  const meera = await editorIn(browser, demoEditor, "gu");
  await openStory(meera.page, id);
  await meera.newsroom.field(gu.admin.form.dek).fill("હજી સેવ ન થયેલો સારાંશ");
  await expect(meera.newsroom.formStatus).toHaveText(gu.admin.editing.autosaved);
  expect(autosaveOf(id)?.values).toContain("હજી સેવ ન થયેલો સારાંશ");
  expect(articleRow(id)).toMatchObject({ dek: "A summary for the test." });

  await meera.page.reload();
  await meera.page.getByRole("button", { name: gu.admin.editing.discard }).click();
  await expect(meera.newsroom.formStatus).toHaveText(gu.admin.editing.discarded);
  await expect.poll(() => autosaveOf(id)).toBeUndefined();
  await expect(meera.newsroom.field(gu.admin.form.dek)).toHaveValue("A summary for the test.");
  await meera.context.close();
});

test("the editor's background routes refuse strangers, commenters, other sites and bad input", async ({
  browser,
  baseURL,
}) => {
  const body = { articleId: 1, baseVersion: 1, values: {} };
  const stranger = await playwrightRequest.newContext({ baseURL });
  expect((await stranger.post("/api/admin/autosave", { data: body })).status()).toBe(401);
  expect((await stranger.post("/api/admin/presence", { data: { articleId: 1 } })).status()).toBe(401);

  const reader = await browser.newContext();
  await new Newsroom(await reader.newPage()).signIn(demoCommenter, "/en/account");
  expect((await reader.request.post("/api/admin/autosave", { data: body })).status()).toBe(403);
  expect((await reader.request.post("/api/admin/presence", { data: { articleId: 1 } })).status()).toBe(403);

  const meera = await editorIn(browser, demoEditor);
  const api = meera.context.request;
  const answer = await api.post("/api/admin/autosave", { data: "{not json" });
  expect(answer.status()).toBe(400);
  expect(answer.headers()["cache-control"]).toBe("private, no-store");
  expect(
    (await api.post("/api/admin/autosave", { data: { ...body, values: { title: "x".repeat(500) } } })).status(),
  ).toBe(400);
  expect((await api.post("/api/admin/presence", { data: { articleId: 999_999 } })).status()).toBe(404);
  expect(
    (
      await api.post("/api/admin/presence", { data: { articleId: 1 }, headers: { Origin: "https://evil.example" } })
    ).status(),
  ).toBe(403);
  await Promise.all([stranger.dispose(), reader.close(), meera.context.close()]);
});
