-- CreateTable
CREATE TABLE "device_rollup" (
    "tenant_id" TEXT NOT NULL,
    "class_key" INTEGER NOT NULL,
    "devices" INTEGER NOT NULL,
    "users" INTEGER NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "device_rollup_pkey" PRIMARY KEY ("tenant_id","class_key")
);

-- AddForeignKey
ALTER TABLE "device_rollup" ADD CONSTRAINT "device_rollup_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;
