// Zod schemas of Netskope's JSON (APIS.md). Tolerant where APIS.md says [guess] or where Netskope's
// SDK itself accepts several shapes [sdk]: envelopes (`result` / `data` / bare array), ids as
// numbers or strings, timestamps as ISO strings or epoch seconds, nulls for absent values.
import { z } from "zod";

const nullableString = z.union([z.string(), z.number()]).nullish().transform((value) => (value === null || value === undefined ? null : String(value)));
const timestamp = z.union([z.string(), z.number()]).nullish();

/** A token set as `GET/POST/PATCH /enrollment/tokenset` return it [sdk]. */
export const TokenSetPayload = z.object({
  tsid: z.union([z.number().int(), z.string().regex(/^\d+$/).transform(Number)]),
  created_date: z.string().nullish(),
  // Plaintext values in live responses are unverified [guess]: absent or null must not fail.
  auth_token: z.string().nullish(),
  encrypt_token: z.string().nullish(),
  valid_till: z.string().nullish(),
  enforce_status: z.union([z.literal(0), z.literal(1), z.boolean(), z.enum(["0", "1"])]).nullish(),
});
export type TokenSetPayload = z.infer<typeof TokenSetPayload>;

/** The list is a bare array [sdk]; an enveloped list is accepted too [guess]. */
export const TokenSetListPayload = z.union([
  z.array(TokenSetPayload),
  z.object({ result: z.array(TokenSetPayload) }).transform((body) => body.result),
  z.object({ data: z.array(TokenSetPayload) }).transform((body) => body.data),
]);
export type TokenSetListPayload = z.infer<typeof TokenSetListPayload>;

/** A single token set, bare or under `result` / `data` [guess]. */
export const TokenSetItemPayload = z.union([
  TokenSetPayload,
  z.object({ result: TokenSetPayload }).transform((body) => body.result),
  z.object({ data: TokenSetPayload }).transform((body) => body.data),
]);
export type TokenSetItemPayload = z.infer<typeof TokenSetItemPayload>;

/** Client-status fields [sdk]. Every field optional: `fields=` can select any subset. */
export const ClientStatusPayload = z.object({
  device_id: nullableString,
  client_version: nullableString,
  client_install_time: timestamp,
  device_classification: z.union([z.string(), z.array(z.string())]).nullish(),
  last_event_timestamp: timestamp,
  host_info: z
    .object({
      hostname: nullableString,
      nsdeviceuid: nullableString,
      os: nullableString,
      os_version: nullableString,
      device_make: nullableString,
      device_model: nullableString,
      serial_number: nullableString,
      managementID: nullableString,
    })
    .partial()
    .nullish(),
  user_info: z.object({ username: nullableString, userkey: nullableString, orgkey: nullableString }).partial().nullish(),
  last_seen_device_event: z
    .object({ event: nullableString, status: nullableString, actor: nullableString, timestamp: timestamp, event_details: nullableString })
    .partial()
    .nullish(),
});
export type ClientStatusPayload = z.infer<typeof ClientStatusPayload>;

const totalField = z.union([z.number(), z.string().regex(/^\d+$/).transform(Number)]).nullish();

/** `GET /events/datasearch/clientstatus` → `{result, status}`; totals at status.total, total or totalResults [sdk]. */
export const DataSearchPayload = z
  .object({
    result: z.array(ClientStatusPayload).optional(),
    data: z.array(ClientStatusPayload).optional(),
    total: totalField,
    totalResults: totalField,
    status: z.union([z.object({ total: totalField }).partial(), z.string()]).nullish(),
  })
  .transform((body) => ({
    records: body.result ?? body.data ?? [],
    total: (typeof body.status === "object" ? body.status?.total : undefined) ?? body.total ?? body.totalResults ?? null,
  }));
export type DataSearchPayload = z.infer<typeof DataSearchPayload>;

/** Iterator status; "Ready" when pages can be read [sdk]. Other values are passed through. */
export const IteratorStatusPayload = z.looseObject({ status: z.string() });
export type IteratorStatusPayload = z.infer<typeof IteratorStatusPayload>;

/** A device of `POST /api/v1/clients` [doc]; field names beyond APIS.md's list are [guess]. */
export const V1ClientPayload = z.object({
  _id: nullableString,
  device_id: nullableString,
  host_info: z
    .object({ hostname: nullableString, nsdeviceuid: nullableString, os: nullableString, os_version: nullableString, serial_number: nullableString })
    .partial()
    .nullish(),
  users: z
    .array(
      z
        .object({
          client_version: nullableString,
          device_classification_status: nullableString,
          username: nullableString,
          user_added_time: timestamp,
          last_event: z.union([z.string(), z.object({ event: nullableString }).partial()]).nullish(),
        })
        .partial(),
    )
    .nullish(),
});
export type V1ClientPayload = z.infer<typeof V1ClientPayload>;

/** v1 answers `{status:"success", data:[...]}` [guess]; a bare array is accepted too. */
export const V1ClientsPayload = z.union([
  z.object({ data: z.array(V1ClientPayload) }).transform((body) => body.data),
  z.array(V1ClientPayload),
]);
export type V1ClientsPayload = z.infer<typeof V1ClientsPayload>;

export const ClassificationTagPayload = z.object({
  id: z.union([z.number(), z.string()]).transform(String),
  name: z.string(),
  description: z.string().nullish(),
});
export type ClassificationTagPayload = z.infer<typeof ClassificationTagPayload>;

export const ClassificationRulePayload = z.object({
  id: z.union([z.number(), z.string()]).transform(String).nullish(),
  name: z.string(),
  label: z.string(),
  os: z.string(),
  conditions: z.unknown(),
});
export type ClassificationRulePayload = z.infer<typeof ClassificationRulePayload>;

/** Device-classification lists: `{status, data:[...]}` or a bare array [guess]. */
export function listEnvelope<T extends z.ZodType>(item: T) {
  return z.union([z.object({ data: z.array(item) }).transform((body) => body.data), z.array(item)]);
}

/** `POST /deviceclassification/tags` → `{"status":true,"data":[id]}` [sdk]. */
export const CreatedIdsPayload = z
  .object({ data: z.array(z.union([z.number(), z.string(), z.object({ id: z.union([z.number(), z.string()]) })])).nullish() })
  .transform((body) => (body.data ?? []).map((item) => String(typeof item === "object" ? item.id : item)));
export type CreatedIdsPayload = z.infer<typeof CreatedIdsPayload>;
