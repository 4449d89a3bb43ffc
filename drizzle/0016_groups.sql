CREATE TABLE "programme_initiatives" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"programme_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"owner_person_id" uuid,
	"status" text DEFAULT 'planned' NOT NULL,
	"milestones" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"position" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "work_programmes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"forum_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"title" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "working_groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"parent_forum_id" uuid NOT NULL,
	"name" text NOT NULL,
	"mandate" jsonb NOT NULL,
	"deadline" date NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"members" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"report_item_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "programme_initiatives" ADD CONSTRAINT "programme_initiatives_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_initiatives" ADD CONSTRAINT "programme_initiatives_programme_id_work_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."work_programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_initiatives" ADD CONSTRAINT "programme_initiatives_owner_person_id_people_id_fk" FOREIGN KEY ("owner_person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_programmes" ADD CONSTRAINT "work_programmes_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_programmes" ADD CONSTRAINT "work_programmes_forum_id_forums_id_fk" FOREIGN KEY ("forum_id") REFERENCES "public"."forums"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "working_groups" ADD CONSTRAINT "working_groups_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "working_groups" ADD CONSTRAINT "working_groups_parent_forum_id_forums_id_fk" FOREIGN KEY ("parent_forum_id") REFERENCES "public"."forums"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "working_groups" ADD CONSTRAINT "working_groups_report_item_id_items_id_fk" FOREIGN KEY ("report_item_id") REFERENCES "public"."items"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "programme_initiatives_programme" ON "programme_initiatives" USING btree ("programme_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "work_programmes_forum_year" ON "work_programmes" USING btree ("forum_id","year");--> statement-breakpoint
CREATE INDEX "working_groups_forum" ON "working_groups" USING btree ("parent_forum_id");--> statement-breakpoint
CREATE UNIQUE INDEX "working_groups_forum_name" ON "working_groups" USING btree ("parent_forum_id","name");