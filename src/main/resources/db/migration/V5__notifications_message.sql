-- Every mail the notifications module wrote, one per event: the event's id is the key, so that a listener that
-- receives the same event again sees it was done and sends nothing.
create table notifications_message
(
    id         uuid                     not null primary key,
    kind       varchar(40)              not null,
    recipient  varchar(254)             not null,
    language   varchar(2)               not null,
    subject    varchar(200)             not null,
    body       text                     not null,
    status     varchar(10)              not null,
    created_at timestamp with time zone not null,
    sent_at    timestamp with time zone
);
create index notifications_message_created_ix on notifications_message (created_at);
