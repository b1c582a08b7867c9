-- AlterEnum
ALTER TYPE "DeliveryStatus" ADD VALUE 'CANCELLED';

-- AlterTable
ALTER TABLE "notification_channel" ADD COLUMN     "locale" TEXT NOT NULL DEFAULT 'en';
