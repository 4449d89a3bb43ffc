CREATE TABLE "minutes_approvals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"via" text NOT NULL,
	"person_id" uuid,
	"at_meeting_id" uuid,
	"approved_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "agenda_versions" ADD COLUMN "change_note" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "deciding_forum_id" uuid;--> statement-breakpoint
ALTER TABLE "items" ADD COLUMN "cited_item_ids" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "minutes_approvals" ADD CONSTRAINT "minutes_approvals_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "minutes_approvals" ADD CONSTRAINT "minutes_approvals_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "minutes_approvals" ADD CONSTRAINT "minutes_approvals_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "minutes_approvals" ADD CONSTRAINT "minutes_approvals_at_meeting_id_meetings_id_fk" FOREIGN KEY ("at_meeting_id") REFERENCES "public"."meetings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "minutes_approvals_member" ON "minutes_approvals" USING btree ("meeting_id","version","person_id") WHERE via = 'member';--> statement-breakpoint
CREATE UNIQUE INDEX "minutes_approvals_meeting" ON "minutes_approvals" USING btree ("meeting_id","version") WHERE via = 'meeting';--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_deciding_forum_id_forums_id_fk" FOREIGN KEY ("deciding_forum_id") REFERENCES "public"."forums"("id") ON DELETE set null ON UPDATE no action;