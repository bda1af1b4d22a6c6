-- A care circle around one person, in one community. The community is another module's: referenced by id only.
create table circles_circle
(
    id                    uuid                     not null primary key,
    community_id          uuid                     not null,
    first_name            varchar(60)              not null,
    called                varchar(60),
    languages             varchar(100)             not null,
    helper_preferences    varchar(1000),
    prefers_women_helpers boolean                  not null,
    prefers_men_helpers   boolean                  not null,
    latitude              double precision,
    longitude             double precision,
    neighbourhood         varchar(100),
    -- the exact address is kept apart from the approximate place and shown only to those who need it
    address               varchar(300),
    accessibility_notes   varchar(1000),
    status                varchar(20)              not null,
    opened_at             timestamp with time zone not null,
    opened_by             uuid                     not null,
    version               bigint                   not null
);
create index circles_circle_community_ix on circles_circle (community_id);

-- The person's consent (or their substitute decision-maker's): who gave it, when, for what.
create table circles_consent
(
    id          uuid                     not null primary key,
    circle_id   uuid                     not null references circles_circle (id) on delete cascade,
    purpose     varchar(30)              not null,
    given_by    varchar(20)              not null,
    giver_name  varchar(100)             not null,
    given_at    timestamp with time zone not null,
    recorded_by uuid                     not null
);
create index circles_consent_circle_ix on circles_consent (circle_id);

create table circles_member
(
    circle_id  uuid                     not null references circles_circle (id) on delete cascade,
    account_id uuid                     not null,
    role       varchar(20)              not null,
    joined_at  timestamp with time zone not null,
    primary key (circle_id, account_id)
);
create index circles_member_account_ix on circles_member (account_id);

-- Invitations by email link: only a hash of the token is kept; a link works once, until it expires.
create table circles_invite
(
    token_hash varchar(64)              not null primary key,
    circle_id  uuid                     not null references circles_circle (id) on delete cascade,
    email      varchar(254)             not null,
    role       varchar(20)              not null,
    invited_by uuid                     not null,
    created_at timestamp with time zone not null,
    expires_at timestamp with time zone not null,
    used_at    timestamp with time zone,
    used_by    uuid
);
create index circles_invite_circle_ix on circles_invite (circle_id);

-- What the person needs, by support domain, and how well it is covered.
create table circles_need
(
    circle_id  uuid                     not null references circles_circle (id) on delete cascade,
    domain     varchar(20)              not null,
    notes      varchar(2000),
    coverage   varchar(20)              not null,
    updated_at timestamp with time zone not null,
    primary key (circle_id, domain)
);
