// Device classification tags and rules (beta), device tags bulk replace [sdk, terraform docs] and the
// v1 clients API [doc]. Response envelopes beyond APIS.md's examples are [guess].
import { bodyJson, json, type Router } from "../router";
import { netskopeError, netskopeRoute, v1RateLimit } from "./guard";

function isRecord(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === "object" && !Array.isArray(value);
}

export function registerDeviceRoutes(router: Router): void {
  const tags = "/netskope/:slug/api/v2/deviceclassification/tags";
  router.add("GET", tags, netskopeRoute("deviceclassification", "r", "deviceclassification/tags", (_req, _state, tenant) => json(200, { status: true, data: tenant.classificationTags })));
  router.add(
    "POST",
    tags,
    netskopeRoute("deviceclassification", "rw", "deviceclassification/tags", (req, _state, tenant) => {
      const body = bodyJson(req);
      if (!Array.isArray(body) || body.length === 0 || !body.every((tag) => isRecord(tag) && typeof tag.name === "string" && tag.name)) return netskopeError(400, "body must be [{name, description}]");
      const names = body.map((tag) => String((tag as Record<string, unknown>).name));
      if (names.some((name) => tenant.classificationTags.some((tag) => tag.name === name))) return netskopeError(409, "a tag with this name exists");
      const ids = names.map((name, index) => {
        const id = Math.max(0, ...tenant.classificationTags.map((tag) => tag.id)) + 1;
        tenant.classificationTags.push({ id, name, description: String((body[index] as Record<string, unknown>).description ?? "") });
        return id;
      });
      return json(200, { status: true, data: ids });
    }),
  );

  const rules = "/netskope/:slug/api/v2/deviceclassification/rules";
  router.add("GET", rules, netskopeRoute("deviceclassification", "r", "deviceclassification/rules", (_req, _state, tenant) => json(200, { status: true, data: tenant.classificationRules })));
  router.add(
    "POST",
    rules,
    netskopeRoute("deviceclassification", "rw", "deviceclassification/rules", (req, _state, tenant) => {
      const body = bodyJson(req);
      const valid = Array.isArray(body) && body.length > 0 && body.every((rule) => isRecord(rule) && ["name", "label", "os"].every((key) => typeof rule[key] === "string") && isRecord(rule.conditions));
      if (!valid) return netskopeError(400, "body must be [{name, label, os, conditions}]");
      const ids = (body as Record<string, unknown>[]).map((rule) => {
        const id = Math.max(0, ...tenant.classificationRules.map((item) => item.id)) + 1;
        tenant.classificationRules.push({ id, name: String(rule.name), label: String(rule.label), os: String(rule.os), conditions: rule.conditions });
        return id;
      });
      return json(201, { status: true, data: ids });
    }),
  );

  router.add(
    "POST",
    "/netskope/:slug/api/v2/devices/device/tags/bulkreplace",
    netskopeRoute("devices/tags", "rw", "devices/device/tags/bulkreplace", (req, _state, tenant) => {
      const body = bodyJson(req);
      if (!isRecord(body) || !Array.isArray(body.tags) || !Array.isArray(body.devices)) return netskopeError(400, "body must be {tags, devices}");
      // At most 5 tags a device and 100 devices a call [sdk].
      if (body.tags.length > 5) return netskopeError(400, "at most 5 tags per device");
      if (body.devices.length > 100) return netskopeError(400, "at most 100 devices per call");
      const tagIds = body.tags.map(Number);
      if (tagIds.some((id) => !tenant.classificationTags.some((tag) => tag.id === id))) return netskopeError(400, "unknown tag id");
      let updated = 0;
      for (const device of body.devices) {
        if (!isRecord(device) || typeof device.nsdeviceuid !== "string") return netskopeError(400, "each device needs nsdeviceuid, userkey, hostname");
        if (!tenant.devices.some((candidate) => candidate.nsdeviceuid === device.nsdeviceuid)) continue;
        tenant.deviceTags.set(device.nsdeviceuid, tagIds);
        updated++;
      }
      return json(200, { status: "success", data: { updated } });
    }),
  );

  router.add("POST", "/netskope/:slug/api/v1/clients", (req, state) => {
    const tenant = state.netskope.get(req.params.slug ?? "");
    if (!tenant) return netskopeError(404, "tenant not found");
    const body = bodyJson(req);
    // v1 reports a bad token as HTTP 200 with an error status [sdk].
    if (!isRecord(body) || !tenant.v1Token || body.token !== tenant.v1Token) return json(200, { status: "error", errorCode: "General Error", errors: ["Invalid token"] });
    if (!v1RateLimit(tenant)) return json(429, { status: "error", errors: ["Too many requests"] }, { "retry-after": "5" });
    const limit = Math.max(1, Math.min(5000, Number(body.limit ?? 100) || 100));
    const skip = Math.max(0, Number(body.skip ?? 0) || 0);
    const data = tenant.devices.slice(skip, skip + limit).map((device) => ({
      _id: device.nsdeviceuid,
      host_info: { hostname: device.hostname, nsdeviceuid: device.nsdeviceuid, os: device.os === "windows" ? "Windows" : "Mac OS X", os_version: device.osVersion, serial_number: device.serialNumber },
      users: device.users.map((user) => ({
        username: user.username,
        client_version: device.clientVersion,
        device_classification_status: device.classification.length > 0 ? "managed" : "unmanaged",
        user_added_time: Math.floor(Date.parse(device.installedAt ?? device.lastSeen) / 1000),
        last_event: { event: "Tunnel Up", timestamp: Math.floor(Date.parse(device.lastSeen) / 1000) },
      })),
    }));
    return json(200, { status: "success", msg: "", data });
  });
}
