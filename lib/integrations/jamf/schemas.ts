// Zod schemas of Jamf Pro's JSON (Jamf Pro API) and of its Classic API XML once parsed (APIS.md, "Jamf Pro").
import { z } from "zod";

const id = z.union([z.string(), z.number()]).transform(String);
const str = z.string().nullish();

/** POST /api/oauth/token → `{access_token, token_type:"Bearer", expires_in}` [doc]. */
export const TokenPayload = z.object({ access_token: z.string().min(1), token_type: z.string().optional(), expires_in: z.number().positive() });
export type TokenPayload = z.infer<typeof TokenPayload>;

/** A Jamf Pro API script; loose so a PUT can send back the fields we do not model (category, priority, ...). */
export const ScriptPayload = z.looseObject({
  id,
  name: z.string(),
  scriptContents: str,
  parameter4: str,
  parameter5: str,
  parameter6: str,
  parameter7: str,
  parameter8: str,
  parameter9: str,
  parameter10: str,
  parameter11: str,
});
export type ScriptPayload = z.infer<typeof ScriptPayload>;

export function resultsPage<T extends z.ZodType>(item: T) {
  return z.object({ totalCount: z.number().int().nonnegative(), results: z.array(item) });
}

/** POST /api/v1/scripts → 201 `{id, href}` [doc]. */
export const CreatedPayload = z.object({ id, href: z.string().optional() });
export type CreatedPayload = z.infer<typeof CreatedPayload>;

/** GET /api/v2/computers-inventory with the GENERAL, HARDWARE and OPERATING_SYSTEM sections; absent sections are null. */
export const ComputerPayload = z.object({
  id,
  udid: str,
  general: z.object({ name: str, lastContactTime: str, managementId: str }).partial().nullish(),
  hardware: z.object({ serialNumber: str }).partial().nullish(),
  operatingSystem: z.object({ version: str }).partial().nullish(),
});
export type ComputerPayload = z.infer<typeof ComputerPayload>;

// Classic API XML, as fast-xml-parser returns it with every value kept as a string.
const xmlText = z.union([z.string(), z.number()]).transform(String).nullish();

export const PolicyScriptXml = z.looseObject({
  id: xmlText,
  name: xmlText,
  priority: xmlText,
  parameter4: xmlText,
  parameter5: xmlText,
  parameter6: xmlText,
  parameter7: xmlText,
  parameter8: xmlText,
  parameter9: xmlText,
  parameter10: xmlText,
  parameter11: xmlText,
});
export type PolicyScriptXml = z.infer<typeof PolicyScriptXml>;

const xmlRef = z.looseObject({ id: xmlText, name: xmlText });
// An empty list element (`<computers/>`) parses as "".
const computersXml = z.union([z.object({ computer: z.array(xmlRef).optional() }), z.literal("")]).nullish();
const groupsXml = z.union([z.object({ computer_group: z.array(xmlRef).optional() }), z.literal("")]).nullish();

export const PolicyXml = z.object({
  policy: z.object({
    general: z.object({ id: xmlText, name: xmlText, enabled: xmlText }).partial(),
    scope: z
      .object({ all_computers: xmlText, computers: computersXml, computer_groups: groupsXml })
      .partial()
      .nullish(),
    scripts: z.union([z.object({ size: xmlText, script: z.array(PolicyScriptXml).optional() }).partial(), z.literal("")]).nullish(),
  }),
});
export type PolicyXml = z.infer<typeof PolicyXml>;

export const PolicyListXml = z.object({
  policies: z.union([z.object({ size: xmlText, policy: z.array(z.object({ id: xmlText, name: xmlText })).optional() }).partial(), z.literal("")]),
});
export type PolicyListXml = z.infer<typeof PolicyListXml>;
