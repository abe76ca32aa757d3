// A message kept in a store (a sync failure's reason, a source's last error): a key and values,
// or, as older versions kept it, the English text, which is read as a message of its own. A key
// this version does not know is shown by its text (translate.ts), never trusted further.
import { z } from 'zod'
import { verbatim, type Message, type MessageValue } from '../../src-shared/i18n/translate'

const valueSchema: z.ZodType<MessageValue> = z.lazy(() =>
  z.union([
    z.string().max(10_000),
    z.number(),
    z.object({ language: z.string().max(40) }),
    messageObject,
  ]),
)

const messageObject: z.ZodType<Message> = z.object({
  key: z.string().max(200),
  values: z.record(z.string().max(100), valueSchema).optional(),
}) as unknown as z.ZodType<Message>

export const storedMessage: z.ZodType<Message> = z.union([
  z.string().transform((text) => verbatim(text)),
  messageObject,
]) as unknown as z.ZodType<Message>
