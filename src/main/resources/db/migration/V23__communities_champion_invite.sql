-- Invitations to become a co-champion, by emailed link. Only the SHA-256 hash of the secret in the link is kept;
-- an invitation is used once, withdrawn, or expires. Accounts are another module's: referenced by id only.
create table communities_champion_invite
(
    id           uuid                     not null primary key,
    token_hash   varchar(64)              not null unique,
    community_id uuid                     not null references communities_community (id) on delete cascade,
    email        varchar(254)             not null,
    note         varchar(500),
    invited_by   uuid                     not null,
    created_at   timestamp with time zone not null,
    expires_at   timestamp with time zone not null,
    used_at      timestamp with time zone,
    used_by      uuid,
    withdrawn_at timestamp with time zone
);
create index communities_champion_invite_community_ix on communities_champion_invite (community_id);
