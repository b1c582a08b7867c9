-- AlterTable
ALTER TABLE "device" ADD COLUMN     "class_key" INTEGER;

-- CreateIndex
CREATE INDEX "device_tenant_id_class_key_idx" ON "device"("tenant_id", "class_key");
