create table accounts_account
(
    id               uuid                     not null primary key,
    email            varchar(254)             not null,
    -- trimmed and lower-cased: H2 has no expression indexes, so the normalized form is a column of its own
    email_normalized varchar(254)             not null,
    display_name     varchar(100)             not null,
    password_hash    varchar(100),
    language         varchar(2)               not null,
    created_at       timestamp with time zone not null,
    version          bigint                   not null
);
create unique index accounts_account_email_uk on accounts_account (email_normalized);
create index accounts_account_created_ix on accounts_account (created_at);

create table accounts_role
(
    account_id uuid        not null references accounts_account (id) on delete cascade,
    role       varchar(20) not null,
    primary key (account_id, role)
);
