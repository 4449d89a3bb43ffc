-- One minutes record per item per meeting (a postponed item keeps what each meeting said about it).
ALTER TABLE "item_minutes" DROP CONSTRAINT "item_minutes_pkey";--> statement-breakpoint
ALTER TABLE "item_minutes" ADD CONSTRAINT "item_minutes_item_id_meeting_id_pk" PRIMARY KEY("item_id","meeting_id");
