-- The audit log: who read or changed a person's information. Append-only: the application only inserts and selects.
-- Actors and records belong to other modules: referenced by id as text, no foreign keys.
create table audit_entry
(
    id          uuid                     not null primary key,
    at          timestamp with time zone not null,
    actor_id    varchar(64)              not null,
    actor_label varchar(254),
    action      varchar(30)              not null,
    module      varchar(40),
    record_type varchar(60),
    record_id   varchar(64),
    ip          varchar(45),
    detail      varchar(500)
);
create index audit_entry_actor_ix on audit_entry (actor_id, at);
create index audit_entry_record_ix on audit_entry (module, record_type, record_id, at);
create index audit_entry_at_ix on audit_entry (at);
