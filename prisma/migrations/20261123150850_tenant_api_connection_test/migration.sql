-- AlterTable
ALTER TABLE "tenant" ADD COLUMN     "api_last_test_result" JSONB,
ADD COLUMN     "api_last_tested_at" TIMESTAMPTZ(3);
