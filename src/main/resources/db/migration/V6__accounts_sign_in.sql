-- Email addresses are confirmed by link; until then an account can sign in but cannot join a circle.
alter table accounts_account add column email_verified_at timestamp with time zone;
-- How the person likes to be reached, beside email.
alter table accounts_account add column phone varchar(30);
alter table accounts_account add column contact_preference varchar(10) default 'EMAIL' not null;

-- Links we mail for one purpose each (verify the address, reset the password, confirm a new address). Only a hash
-- of the token is kept: the token itself exists only in the email. A link works once, until it expires.
create table accounts_email_token
(
    token_hash varchar(64)              not null primary key,
    account_id uuid                     not null references accounts_account (id) on delete cascade,
    purpose    varchar(20)              not null,
    new_email  varchar(254),
    created_at timestamp with time zone not null,
    expires_at timestamp with time zone not null,
    used_at    timestamp with time zone
);
create index accounts_email_token_account_ix on accounts_email_token (account_id);

-- Spring Security's one-time-token sign-in. Our own DDL: the stock script is H2-only and too short for our ids.
-- username holds the account id (never the email, which can change).
create table one_time_tokens
(
    token_value varchar(36)  not null primary key,
    username    varchar(254) not null,
    expires_at  timestamp    not null
);

-- Spring Security's passkey (WebAuthn) tables. user_entities.name holds the account id.
create table user_entities
(
    id           varchar(1000) not null primary key,
    name         varchar(100)  not null,
    display_name varchar(200)
);
create unique index user_entities_name_uk on user_entities (name);

create table user_credentials
(
    credential_id                varchar(1000) not null primary key,
    user_entity_user_id          varchar(1000) not null,
    public_key                   bytea         not null,
    signature_count              bigint,
    uv_initialized               boolean,
    backup_eligible              boolean       not null,
    authenticator_transports     varchar(1000),
    public_key_credential_type   varchar(100),
    backup_state                 boolean       not null,
    attestation_object           bytea,
    attestation_client_data_json bytea,
    created                      timestamp,
    last_used                    timestamp,
    label                        varchar(1000) not null
);
create index user_credentials_user_ix on user_credentials (user_entity_user_id);
