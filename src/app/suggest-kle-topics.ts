import { z } from 'zod';
import { type KleSuggestion, suggestKleTopics as suggest } from '../domain/kle.ts';
import { kleCatalogue } from '../store/kle-catalogue.ts';
import { type AppContext, authorize, type Caller, orgResource, resolveOrganisation } from './context.ts';
import { parseInput } from './validate.ts';

export const suggestInputSchema = z
  .object({
    title: z.string().max(300).default(''),
    text: z.string().max(200_000).default(''),
  })
  .refine((v) => v.title.trim() !== '' || v.text.trim() !== '', {
    message: 'give a title or a text',
    path: ['text'],
  });

/** The three KLE topics that best fit an item's title and text (OS2KLE keywords), best first. */
export async function suggestKleTopics(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  input: unknown,
): Promise<{ suggestions: KleSuggestion[] }> {
  const org = await resolveOrganisation(ctx.db, caller, orgSlug);
  authorize(caller, 'kle.suggest', orgResource(org));
  const { title, text } = parseInput(suggestInputSchema, input);
  return { suggestions: suggest(kleCatalogue(), `${title}\n${text}`, 3) };
}
