// Study groups, for every side: who a member is (a stable id, a display name, a colour), what a
// group is (a folder the members already sync, or pack files passed around), others' annotations
// as the reader shows them, and replies, a discussion under any annotation of a group.
import { z } from 'zod'
import type { AnchoredAnnotation, Creator } from './annotation'
import type { Message } from './i18n/translate'

/** The colours a member can pick; others' highlights are drawn in them. */
export const MEMBER_COLOURS = [
  '#c2410c',
  '#b45309',
  '#15803d',
  '#0e7490',
  '#1d4ed8',
  '#6d28d9',
  '#be185d',
  '#57534e',
] as const
export const memberColourSchema = z
  .string()
  .regex(/^#[0-9a-f]{6}$/i, 'expected a colour as #rrggbb')

export const MAX_REPLY = 20_000

/** A member of a group as the others see them. */
export interface Member extends Creator {
  colour: string
}

export type GroupStatus =
  /** The folder is there: changes are written and others' are read as they come. */
  | 'connected'
  /** The folder is missing or unmounted: changes wait, the last copy of others' is shown. */
  | 'missing'
  /** Shared by pack files only. */
  | 'pack'
  /** Left: a read-only copy of what was shared is kept. */
  | 'left'

/** A file in a group folder that could not be used, and why. */
export interface GroupWarning {
  file: string
  member: string | null
  reason: Message
}

export interface GroupInfo {
  id: string
  name: string
  folder: string | null
  status: GroupStatus
  joined: string
  left: string | null
  /** Everyone who has written into the group, oneself included. */
  members: (Member & { annotations: number; me: boolean })[]
  /** One's own articles whose files wait for the folder to come back. */
  pending: number
  warnings: GroupWarning[]
}

/** A reply under an annotation of a group. */
export interface Reply {
  id: string
  groupId: string
  articleId: string
  /** The annotation replied to. */
  annotationId: string
  text: string
  creator: Creator
  created: string
  modified: string
}

/** Another member's annotation, placed in the text as it is here. */
export interface SharedAnnotation extends AnchoredAnnotation {
  groupId: string
  colour: string
}

/** What the reader shows of the groups for one article. */
export interface GroupArticle {
  /** Changes whenever anything shared changes; see groups.version. */
  version: number
  others: SharedAnnotation[]
  replies: Reply[]
  members: (Member & { groupId: string; me: boolean })[]
}
