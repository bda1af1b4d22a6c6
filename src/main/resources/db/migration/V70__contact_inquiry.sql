-- What people ask the team: a message from the contact form (kind EMAIL) or a request to be called back (kind
-- CALLBACK), in the staff inbox until staff close it. The account (when the person was signed in) and the staff member
-- it is assigned to are the accounts module's records: referenced by id only.
create table contact_inquiry
(
    id          uuid                     not null primary key,
    kind        varchar(10)              not null,
    status      varchar(10)              not null,
    source      varchar(10)              not null,
    topic       varchar(30)              not null,
    name        varchar(100)             not null,
    email       varchar(254),
    language    varchar(2)               not null,
    account_id  uuid,
    assignee_id uuid,
    received_at timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    closed_at   timestamp with time zone
);
create index contact_inquiry_status_ix on contact_inquiry (status, received_at);
create index contact_inquiry_assignee_ix on contact_inquiry (assignee_id, status);
