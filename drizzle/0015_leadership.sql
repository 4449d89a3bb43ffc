CREATE TABLE "forum_themes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"forum_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"proposer_person_id" uuid,
	"status" text DEFAULT 'proposed' NOT NULL,
	"meeting_id" uuid,
	"item_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "leaders_day_registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"leaders_day_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"status" text NOT NULL,
	"dietary_needs" text DEFAULT '' NOT NULL,
	"registered_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "leaders_days" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"forum_id" uuid NOT NULL,
	"date" date NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"seats" integer NOT NULL,
	"registration_deadline" date NOT NULL,
	"programme" text DEFAULT '' NOT NULL,
	"material" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"evaluation_forum_id" uuid,
	"evaluation_item_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "forum_themes" ADD CONSTRAINT "forum_themes_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_themes" ADD CONSTRAINT "forum_themes_forum_id_forums_id_fk" FOREIGN KEY ("forum_id") REFERENCES "public"."forums"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_themes" ADD CONSTRAINT "forum_themes_proposer_person_id_people_id_fk" FOREIGN KEY ("proposer_person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_themes" ADD CONSTRAINT "forum_themes_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_themes" ADD CONSTRAINT "forum_themes_item_id_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."items"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leaders_day_registrations" ADD CONSTRAINT "leaders_day_registrations_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leaders_day_registrations" ADD CONSTRAINT "leaders_day_registrations_leaders_day_id_leaders_days_id_fk" FOREIGN KEY ("leaders_day_id") REFERENCES "public"."leaders_days"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leaders_day_registrations" ADD CONSTRAINT "leaders_day_registrations_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leaders_days" ADD CONSTRAINT "leaders_days_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leaders_days" ADD CONSTRAINT "leaders_days_forum_id_forums_id_fk" FOREIGN KEY ("forum_id") REFERENCES "public"."forums"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leaders_days" ADD CONSTRAINT "leaders_days_evaluation_forum_id_forums_id_fk" FOREIGN KEY ("evaluation_forum_id") REFERENCES "public"."forums"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leaders_days" ADD CONSTRAINT "leaders_days_evaluation_item_id_items_id_fk" FOREIGN KEY ("evaluation_item_id") REFERENCES "public"."items"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "forum_themes_forum_idx" ON "forum_themes" USING btree ("forum_id");--> statement-breakpoint
CREATE INDEX "forum_themes_meeting_idx" ON "forum_themes" USING btree ("meeting_id");--> statement-breakpoint
CREATE UNIQUE INDEX "leaders_day_registrations_person_idx" ON "leaders_day_registrations" USING btree ("leaders_day_id","person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "leaders_days_forum_date_idx" ON "leaders_days" USING btree ("forum_id","date");