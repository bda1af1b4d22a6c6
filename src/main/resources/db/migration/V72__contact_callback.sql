-- A request to be called back: the number to call, when, and in which language (one row per CALLBACK inquiry).
create table contact_callback
(
    inquiry_id    uuid        not null primary key references contact_inquiry (id) on delete cascade,
    phone         varchar(40) not null,
    best_time     varchar(20) not null,
    call_language varchar(2)  not null
);
