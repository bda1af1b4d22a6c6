-- One private calendar feed per account: only the SHA-256 hash of the secret in its address is kept, so a copy of
-- the database opens no one's calendar. Making a new address replaces the row, and the old address stops working.
create table helping_calendar_feed
(
    account_id uuid                     not null primary key,
    token_hash varchar(64)              not null unique,
    created_at timestamp with time zone not null
);
