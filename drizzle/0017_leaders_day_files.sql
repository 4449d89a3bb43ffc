CREATE TABLE "leaders_day_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"leaders_day_id" uuid NOT NULL,
	"title" text NOT NULL,
	"name" text NOT NULL,
	"media_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"storage_key" text NOT NULL,
	"uploaded_by_person_id" uuid,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"position" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "leaders_day_files_storage_key_unique" UNIQUE("storage_key")
);
--> statement-breakpoint
ALTER TABLE "leaders_day_files" ADD CONSTRAINT "leaders_day_files_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leaders_day_files" ADD CONSTRAINT "leaders_day_files_leaders_day_id_leaders_days_id_fk" FOREIGN KEY ("leaders_day_id") REFERENCES "public"."leaders_days"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leaders_day_files" ADD CONSTRAINT "leaders_day_files_uploaded_by_person_id_people_id_fk" FOREIGN KEY ("uploaded_by_person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "leaders_day_files_day_idx" ON "leaders_day_files" USING btree ("leaders_day_id","position");