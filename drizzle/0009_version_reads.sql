CREATE TABLE "version_reads" (
	"person_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"version" integer NOT NULL,
	"read_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "version_reads_person_id_meeting_id_kind_pk" PRIMARY KEY("person_id","meeting_id","kind")
);
--> statement-breakpoint
ALTER TABLE "version_reads" ADD CONSTRAINT "version_reads_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "version_reads" ADD CONSTRAINT "version_reads_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;