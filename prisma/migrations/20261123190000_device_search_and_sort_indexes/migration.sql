-- The device table at a million rows: its default order (host name) read from an index instead of a
-- sort, and its text search (ILIKE '%…%' on host name, serial number, Netskope device uid and user
-- names) through trigram indexes. pg_trgm ships with PostgreSQL (contrib) and with PGlite.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateIndex
CREATE INDEX "device_tenant_id_hostname_id_idx" ON "device"("tenant_id", "hostname", "id");

-- CreateIndex
CREATE INDEX "device_hostname_id_idx" ON "device"("hostname", "id");

-- CreateIndex
CREATE INDEX "device_hostname_trgm" ON "device" USING GIN ("hostname" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "device_serial_number_trgm" ON "device" USING GIN ("serial_number" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "device_ns_device_uid_trgm" ON "device" USING GIN ("ns_device_uid" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "device_user_username_trgm" ON "device_user" USING GIN ("username" gin_trgm_ops);
