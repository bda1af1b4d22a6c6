-- The thread of an inquiry: what the person wrote first, then every reply staff sent (mailed to the person).
create table contact_message
(
    id         uuid                     not null primary key,
    inquiry_id uuid                     not null references contact_inquiry (id) on delete cascade,
    staff_id   uuid,
    staff_name varchar(100),
    body       text                     not null,
    written_at timestamp with time zone not null
);
create index contact_message_inquiry_ix on contact_message (inquiry_id, written_at);
