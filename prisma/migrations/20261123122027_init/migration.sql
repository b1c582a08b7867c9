-- CreateEnum
CREATE TYPE "SecureEnrollmentState" AS ENUM ('DISABLED', 'NOT_ENFORCED', 'ENFORCED');

-- CreateEnum
CREATE TYPE "TokenKind" AS ENUM ('AUTH', 'ENCRYPTION');

-- CreateEnum
CREATE TYPE "TokenStage" AS ENUM ('CURRENT', 'PENDING', 'PREVIOUS', 'RETIRED');

-- CreateEnum
CREATE TYPE "EnforceStatus" AS ENUM ('NOT_ENFORCED', 'ENFORCED');

-- CreateEnum
CREATE TYPE "TokenSource" AS ENUM ('SYNC', 'MANUAL', 'ROTATION', 'DEMO');

-- CreateEnum
CREATE TYPE "MdmKind" AS ENUM ('INTUNE', 'JAMF');

-- CreateEnum
CREATE TYPE "MdmTargetKind" AS ENUM ('INTUNE_WIN32_APP', 'INTUNE_SCRIPT', 'INTUNE_SHELL_SCRIPT', 'JAMF_POLICY', 'JAMF_SCRIPT');

-- CreateEnum
CREATE TYPE "DriftStatus" AS ENUM ('IN_SYNC', 'DRIFTED', 'NO_TOKEN', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "Os" AS ENUM ('WINDOWS', 'MACOS', 'OTHER');

-- CreateEnum
CREATE TYPE "InstallMode" AS ENUM ('UPN', 'IDP', 'EMAIL_INVITE', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "Classification" AS ENUM ('TOKEN_PRESENT', 'TOKEN_MISSING', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "DeviceSource" AS ENUM ('NETSKOPE', 'INTUNE', 'JAMF', 'IMPORT', 'DEMO');

-- CreateEnum
CREATE TYPE "SyncStatus" AS ENUM ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED');

-- CreateEnum
CREATE TYPE "RotationPlan" AS ENUM ('ENABLE', 'ROTATE_SINGLE', 'ROTATE_MULTI');

-- CreateEnum
CREATE TYPE "RunStatus" AS ENUM ('ACTIVE', 'COMPLETED', 'ROLLED_BACK', 'FAILED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ApprovalGate" AS ENUM ('START', 'ENFORCE', 'OVERRIDE');

-- CreateEnum
CREATE TYPE "ChannelKind" AS ENUM ('EMAIL', 'SLACK', 'TEAMS', 'WEBHOOK');

-- CreateEnum
CREATE TYPE "AlertLevel" AS ENUM ('NOTICE', 'WARNING', 'CRITICAL', 'EXPIRED');

-- CreateEnum
CREATE TYPE "DeliveryStatus" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('VIEWER', 'OPERATOR', 'ADMIN');

-- CreateEnum
CREATE TYPE "ApiKeyScope" AS ENUM ('READ', 'OPERATOR');

-- CreateEnum
CREATE TYPE "ActorType" AS ENUM ('USER', 'API_KEY', 'SYSTEM');

-- CreateTable
CREATE TABLE "tenant" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "region" TEXT,
    "addon_host" TEXT NOT NULL,
    "api_base_url" TEXT NOT NULL,
    "time_zone" TEXT NOT NULL DEFAULT 'UTC',
    "se_state" "SecureEnrollmentState" NOT NULL DEFAULT 'DISABLED',
    "encryption_token_enforced" BOOLEAN NOT NULL DEFAULT false,
    "multi_token" BOOLEAN NOT NULL DEFAULT false,
    "encrypted_org_key" TEXT,
    "encrypted_api_token" TEXT,
    "api_token_fingerprint" TEXT,
    "thresholds_days" INTEGER[] DEFAULT ARRAY[30, 14, 7, 1]::INTEGER[],
    "rotation_cadence_days" INTEGER NOT NULL DEFAULT 90,
    "rotation_lead_days" INTEGER NOT NULL DEFAULT 14,
    "four_eyes" BOOLEAN NOT NULL DEFAULT false,
    "owner" TEXT,
    "test_device_uid" TEXT,
    "next_rotation_at" TIMESTAMPTZ(3),
    "next_rotation_note" TEXT,
    "last_synced_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "archived_at" TIMESTAMPTZ(3),

    CONSTRAINT "tenant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "token_set" (
    "id" TEXT NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "vendor_token_set_id" TEXT,
    "enforce_status" "EnforceStatus" NOT NULL DEFAULT 'NOT_ENFORCED',
    "stage" "TokenStage" NOT NULL DEFAULT 'CURRENT',
    "vendor_created_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "token_set_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "token" (
    "id" TEXT NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "token_set_id" TEXT NOT NULL,
    "kind" "TokenKind" NOT NULL,
    "encrypted_value" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "suffix" TEXT,
    "stage" "TokenStage" NOT NULL DEFAULT 'CURRENT',
    "source" "TokenSource" NOT NULL DEFAULT 'MANUAL',
    "vendor_created_at" TIMESTAMPTZ(3),
    "expires_at" TIMESTAMPTZ(3),
    "retired_at" TIMESTAMPTZ(3),
    "created_by_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "token_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "token_expiry_change" (
    "id" TEXT NOT NULL,
    "token_id" TEXT NOT NULL,
    "from_expiry" TIMESTAMPTZ(3),
    "to_expiry" TIMESTAMPTZ(3) NOT NULL,
    "actor_id" TEXT,
    "note" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "token_expiry_change_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "blackout_day" (
    "id" TEXT NOT NULL,
    "tenant_id" TEXT,
    "day" DATE NOT NULL,
    "reason" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "blackout_day_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mdm_connection" (
    "id" TEXT NOT NULL,
    "kind" "MdmKind" NOT NULL,
    "name" TEXT NOT NULL,
    "base_url" TEXT NOT NULL,
    "authority_url" TEXT,
    "directory_id" TEXT,
    "client_id" TEXT NOT NULL,
    "encrypted_client_secret" TEXT NOT NULL,
    "last_tested_at" TIMESTAMPTZ(3),
    "last_test_result" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "mdm_connection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mdm_target" (
    "id" TEXT NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "connection_id" TEXT NOT NULL,
    "kind" "MdmTargetKind" NOT NULL,
    "external_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "platform" TEXT NOT NULL,
    "token_parameter" INTEGER,
    "carried_fingerprint" TEXT,
    "drift" "DriftStatus" NOT NULL DEFAULT 'UNKNOWN',
    "lint" JSONB,
    "multi_user" BOOLEAN,
    "install_mode" "InstallMode",
    "last_checked_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "mdm_target_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "device" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "tenant_id" TEXT NOT NULL,
    "device_key" TEXT NOT NULL,
    "ns_device_uid" TEXT,
    "hostname" TEXT,
    "serial_number" TEXT,
    "os" "Os" NOT NULL DEFAULT 'OTHER',
    "os_version" TEXT,
    "client_version" TEXT,
    "client_version_num" INTEGER,
    "install_mode" "InstallMode" NOT NULL DEFAULT 'UNKNOWN',
    "multi_user" BOOLEAN NOT NULL DEFAULT false,
    "npa_prelogon" BOOLEAN NOT NULL DEFAULT false,
    "protect_client_config" BOOLEAN NOT NULL DEFAULT false,
    "classification" "Classification" NOT NULL DEFAULT 'UNKNOWN',
    "sources" "DeviceSource"[] DEFAULT ARRAY[]::"DeviceSource"[],
    "intune_device_id" TEXT,
    "jamf_computer_id" TEXT,
    "last_seen_at" TIMESTAMPTZ(3),
    "token_fingerprint" TEXT,
    "token_given_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "device_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "device_user" (
    "id" BIGSERIAL NOT NULL,
    "device_id" UUID NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "username" TEXT NOT NULL,
    "user_key" TEXT,
    "enrolled_at" TIMESTAMPTZ(3),
    "last_event_at" TIMESTAMPTZ(3),

    CONSTRAINT "device_user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sync_run" (
    "id" TEXT NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "source" "DeviceSource" NOT NULL,
    "status" "SyncStatus" NOT NULL DEFAULT 'QUEUED',
    "processed" INTEGER NOT NULL DEFAULT 0,
    "total" INTEGER,
    "errors" JSONB,
    "started_at" TIMESTAMPTZ(3),
    "finished_at" TIMESTAMPTZ(3),
    "created_by_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sync_run_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "readiness_snapshot" (
    "id" TEXT NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "change" TEXT NOT NULL,
    "taken_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "devices" INTEGER NOT NULL,
    "refused" INTEGER NOT NULL,
    "users" INTEGER NOT NULL,
    "users_refused" INTEGER NOT NULL,
    "by_reason" JSONB NOT NULL,
    "by_remediation" JSONB NOT NULL,

    CONSTRAINT "readiness_snapshot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rotation_run" (
    "id" TEXT NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "active_tenant_id" TEXT,
    "plan" "RotationPlan" NOT NULL,
    "status" "RunStatus" NOT NULL DEFAULT 'ACTIVE',
    "step" TEXT NOT NULL,
    "state" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "dry_run" BOOLEAN NOT NULL DEFAULT false,
    "override_reason" TEXT,
    "created_by_id" TEXT,
    "started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ(3),
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "rotation_run_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rotation_event" (
    "id" BIGSERIAL NOT NULL,
    "run_id" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_id" TEXT,
    "type" TEXT NOT NULL,
    "step" TEXT NOT NULL,
    "data" JSONB,
    "idempotency_key" TEXT,
    "vendor_request_id" TEXT,

    CONSTRAINT "rotation_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rotation_approval" (
    "id" TEXT NOT NULL,
    "run_id" TEXT NOT NULL,
    "gate" "ApprovalGate" NOT NULL,
    "approver_id" TEXT NOT NULL,
    "comment" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "rotation_approval_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notification_channel" (
    "id" TEXT NOT NULL,
    "tenant_id" TEXT,
    "kind" "ChannelKind" NOT NULL,
    "name" TEXT NOT NULL,
    "encrypted_target" TEXT NOT NULL,
    "target_hint" TEXT NOT NULL,
    "escalation" BOOLEAN NOT NULL DEFAULT false,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "notification_channel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "alert" (
    "id" TEXT NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "token_id" TEXT NOT NULL,
    "threshold_days" INTEGER NOT NULL,
    "level" "AlertLevel" NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acknowledged_at" TIMESTAMPTZ(3),
    "acknowledged_by_id" TEXT,
    "snoozed_until" TIMESTAMPTZ(3),
    "escalated_at" TIMESTAMPTZ(3),
    "resolved_at" TIMESTAMPTZ(3),

    CONSTRAINT "alert_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notification_delivery" (
    "id" BIGSERIAL NOT NULL,
    "channel_id" TEXT NOT NULL,
    "alert_id" TEXT,
    "purpose" TEXT NOT NULL,
    "status" "DeliveryStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_error" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sent_at" TIMESTAMPTZ(3),

    CONSTRAINT "notification_delivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "calendar_feed" (
    "id" TEXT NOT NULL,
    "tenant_id" TEXT,
    "secret_hash" TEXT NOT NULL,
    "created_by_id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revoked_at" TIMESTAMPTZ(3),

    CONSTRAINT "calendar_feed_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "user" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "emailVerified" BOOLEAN NOT NULL DEFAULT false,
    "image" TEXT,
    "role" "Role" NOT NULL DEFAULT 'VIEWER',
    "locale" TEXT,
    "failed_logins" INTEGER NOT NULL DEFAULT 0,
    "locked_until" TIMESTAMPTZ(3),
    "disabled_at" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "session" (
    "id" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "token" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "ipAddress" TEXT,
    "userAgent" TEXT,
    "userId" TEXT NOT NULL,

    CONSTRAINT "session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "account" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "accessToken" TEXT,
    "refreshToken" TEXT,
    "idToken" TEXT,
    "accessTokenExpiresAt" TIMESTAMPTZ(3),
    "refreshTokenExpiresAt" TIMESTAMPTZ(3),
    "scope" TEXT,
    "password" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "verification" (
    "id" TEXT NOT NULL,
    "identifier" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "verification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rate_limit" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "lastRequest" BIGINT NOT NULL,

    CONSTRAINT "rate_limit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "tenant_member" (
    "user_id" TEXT NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'VIEWER',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "tenant_member_pkey" PRIMARY KEY ("user_id","tenant_id")
);

-- CreateTable
CREATE TABLE "api_key" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "scope" "ApiKeyScope" NOT NULL DEFAULT 'READ',
    "created_by_id" TEXT NOT NULL,
    "expires_at" TIMESTAMPTZ(3),
    "last_used_at" TIMESTAMPTZ(3),
    "revoked_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "api_key_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_event" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_type" "ActorType" NOT NULL,
    "actor_id" TEXT,
    "actor_label" TEXT NOT NULL,
    "tenant_id" TEXT,
    "action" TEXT NOT NULL,
    "target_type" TEXT,
    "target_id" TEXT,
    "summary" JSONB,
    "outcome" TEXT NOT NULL DEFAULT 'success',
    "request_id" TEXT,
    "source_ip" TEXT,
    "prev_hash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,

    CONSTRAINT "audit_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "app_setting" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "app_setting_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "tenant_slug_key" ON "tenant"("slug");

-- CreateIndex
CREATE INDEX "token_set_tenant_id_stage_idx" ON "token_set"("tenant_id", "stage");

-- CreateIndex
CREATE UNIQUE INDEX "token_set_tenant_id_vendor_token_set_id_key" ON "token_set"("tenant_id", "vendor_token_set_id");

-- CreateIndex
CREATE INDEX "token_tenant_id_stage_kind_idx" ON "token"("tenant_id", "stage", "kind");

-- CreateIndex
CREATE INDEX "token_expires_at_idx" ON "token"("expires_at");

-- CreateIndex
CREATE UNIQUE INDEX "token_tenant_id_kind_fingerprint_key" ON "token"("tenant_id", "kind", "fingerprint");

-- CreateIndex
CREATE INDEX "token_expiry_change_token_id_created_at_idx" ON "token_expiry_change"("token_id", "created_at");

-- CreateIndex
CREATE INDEX "blackout_day_day_idx" ON "blackout_day"("day");

-- CreateIndex
CREATE UNIQUE INDEX "blackout_day_tenant_id_day_key" ON "blackout_day"("tenant_id", "day");

-- CreateIndex
CREATE UNIQUE INDEX "mdm_connection_kind_name_key" ON "mdm_connection"("kind", "name");

-- CreateIndex
CREATE INDEX "mdm_target_tenant_id_idx" ON "mdm_target"("tenant_id");

-- CreateIndex
CREATE UNIQUE INDEX "mdm_target_connection_id_kind_external_id_key" ON "mdm_target"("connection_id", "kind", "external_id");

-- CreateIndex
CREATE INDEX "device_tenant_id_os_client_version_num_idx" ON "device"("tenant_id", "os", "client_version_num");

-- CreateIndex
CREATE INDEX "device_tenant_id_install_mode_multi_user_idx" ON "device"("tenant_id", "install_mode", "multi_user");

-- CreateIndex
CREATE INDEX "device_tenant_id_classification_idx" ON "device"("tenant_id", "classification");

-- CreateIndex
CREATE UNIQUE INDEX "device_tenant_id_device_key_key" ON "device"("tenant_id", "device_key");

-- CreateIndex
CREATE INDEX "device_user_tenant_id_username_idx" ON "device_user"("tenant_id", "username");

-- CreateIndex
CREATE UNIQUE INDEX "device_user_device_id_username_key" ON "device_user"("device_id", "username");

-- CreateIndex
CREATE INDEX "sync_run_tenant_id_created_at_idx" ON "sync_run"("tenant_id", "created_at");

-- CreateIndex
CREATE INDEX "readiness_snapshot_tenant_id_change_taken_at_idx" ON "readiness_snapshot"("tenant_id", "change", "taken_at");

-- CreateIndex
CREATE UNIQUE INDEX "rotation_run_active_tenant_id_key" ON "rotation_run"("active_tenant_id");

-- CreateIndex
CREATE INDEX "rotation_run_tenant_id_started_at_idx" ON "rotation_run"("tenant_id", "started_at");

-- CreateIndex
CREATE INDEX "rotation_event_run_id_id_idx" ON "rotation_event"("run_id", "id");

-- CreateIndex
CREATE INDEX "rotation_event_idempotency_key_idx" ON "rotation_event"("idempotency_key");

-- CreateIndex
CREATE UNIQUE INDEX "rotation_approval_run_id_gate_approver_id_key" ON "rotation_approval"("run_id", "gate", "approver_id");

-- CreateIndex
CREATE INDEX "alert_tenant_id_resolved_at_idx" ON "alert"("tenant_id", "resolved_at");

-- CreateIndex
CREATE UNIQUE INDEX "alert_token_id_threshold_days_key" ON "alert"("token_id", "threshold_days");

-- CreateIndex
CREATE INDEX "notification_delivery_status_created_at_idx" ON "notification_delivery"("status", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "notification_delivery_channel_id_alert_id_purpose_key" ON "notification_delivery"("channel_id", "alert_id", "purpose");

-- CreateIndex
CREATE UNIQUE INDEX "calendar_feed_secret_hash_key" ON "calendar_feed"("secret_hash");

-- CreateIndex
CREATE UNIQUE INDEX "user_email_key" ON "user"("email");

-- CreateIndex
CREATE UNIQUE INDEX "session_token_key" ON "session"("token");

-- CreateIndex
CREATE INDEX "session_userId_idx" ON "session"("userId");

-- CreateIndex
CREATE INDEX "account_userId_idx" ON "account"("userId");

-- CreateIndex
CREATE INDEX "verification_identifier_idx" ON "verification"("identifier");

-- CreateIndex
CREATE UNIQUE INDEX "rate_limit_key_key" ON "rate_limit"("key");

-- CreateIndex
CREATE INDEX "tenant_member_tenant_id_idx" ON "tenant_member"("tenant_id");

-- CreateIndex
CREATE UNIQUE INDEX "api_key_prefix_key" ON "api_key"("prefix");

-- CreateIndex
CREATE UNIQUE INDEX "api_key_hash_key" ON "api_key"("hash");

-- CreateIndex
CREATE UNIQUE INDEX "audit_event_hash_key" ON "audit_event"("hash");

-- CreateIndex
CREATE INDEX "audit_event_tenant_id_at_idx" ON "audit_event"("tenant_id", "at");

-- CreateIndex
CREATE INDEX "audit_event_action_at_idx" ON "audit_event"("action", "at");

-- CreateIndex
CREATE INDEX "audit_event_at_idx" ON "audit_event"("at");

-- AddForeignKey
ALTER TABLE "token_set" ADD CONSTRAINT "token_set_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "token" ADD CONSTRAINT "token_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "token" ADD CONSTRAINT "token_token_set_id_fkey" FOREIGN KEY ("token_set_id") REFERENCES "token_set"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "token" ADD CONSTRAINT "token_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "token_expiry_change" ADD CONSTRAINT "token_expiry_change_token_id_fkey" FOREIGN KEY ("token_id") REFERENCES "token"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "token_expiry_change" ADD CONSTRAINT "token_expiry_change_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "blackout_day" ADD CONSTRAINT "blackout_day_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mdm_target" ADD CONSTRAINT "mdm_target_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mdm_target" ADD CONSTRAINT "mdm_target_connection_id_fkey" FOREIGN KEY ("connection_id") REFERENCES "mdm_connection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "device" ADD CONSTRAINT "device_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "device_user" ADD CONSTRAINT "device_user_device_id_fkey" FOREIGN KEY ("device_id") REFERENCES "device"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sync_run" ADD CONSTRAINT "sync_run_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "readiness_snapshot" ADD CONSTRAINT "readiness_snapshot_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rotation_run" ADD CONSTRAINT "rotation_run_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rotation_run" ADD CONSTRAINT "rotation_run_active_tenant_id_fkey" FOREIGN KEY ("active_tenant_id") REFERENCES "tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rotation_run" ADD CONSTRAINT "rotation_run_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rotation_event" ADD CONSTRAINT "rotation_event_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "rotation_run"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rotation_approval" ADD CONSTRAINT "rotation_approval_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "rotation_run"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rotation_approval" ADD CONSTRAINT "rotation_approval_approver_id_fkey" FOREIGN KEY ("approver_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification_channel" ADD CONSTRAINT "notification_channel_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "alert" ADD CONSTRAINT "alert_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "alert" ADD CONSTRAINT "alert_token_id_fkey" FOREIGN KEY ("token_id") REFERENCES "token"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "alert" ADD CONSTRAINT "alert_acknowledged_by_id_fkey" FOREIGN KEY ("acknowledged_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification_delivery" ADD CONSTRAINT "notification_delivery_channel_id_fkey" FOREIGN KEY ("channel_id") REFERENCES "notification_channel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification_delivery" ADD CONSTRAINT "notification_delivery_alert_id_fkey" FOREIGN KEY ("alert_id") REFERENCES "alert"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "calendar_feed" ADD CONSTRAINT "calendar_feed_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "calendar_feed" ADD CONSTRAINT "calendar_feed_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session" ADD CONSTRAINT "session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "account" ADD CONSTRAINT "account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tenant_member" ADD CONSTRAINT "tenant_member_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tenant_member" ADD CONSTRAINT "tenant_member_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "api_key" ADD CONSTRAINT "api_key_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
