-- A person's application to volunteer with one community, from the first draft step to the champions' decision.
-- Lists (kinds, languages, availability…) are kept as comma-separated codes; the screening checklist keeps the
-- police or vulnerable-sector check's status and dates only, never the document or what it says.
create table volunteers_volunteer (
    id                  uuid primary key,
    community_id        uuid not null,
    account_id          uuid not null,
    status              varchar(20) not null,
    next_step           integer not null,
    motivation          text,
    kinds               varchar(300),
    domains             varchar(200),
    skills              text,
    languages           varchar(300),
    interests           text,
    neighbourhood_id    uuid,
    latitude            double precision,
    longitude           double precision,
    travel_km           integer,
    licence             boolean not null default false,
    vehicle             boolean not null default false,
    seats               integer,
    wheelchair_vehicle  boolean not null default false,
    availability        varchar(400),
    weekly_limit        integer,
    reference1_name     varchar(200),
    reference1_contact  varchar(200),
    reference2_name     varchar(200),
    reference2_contact  varchar(200),
    applied_at          timestamp with time zone,
    interview_on        date,
    reference1_checked  boolean not null default false,
    reference2_checked  boolean not null default false,
    check_status        varchar(20) not null default 'NONE',
    check_on            date,
    check_expires_on    date,
    check_reminded_at   timestamp with time zone,
    confidentiality     boolean not null default false,
    orientation         boolean not null default false,
    decided_at          timestamp with time zone,
    decline_reason      text,
    updated_at          timestamp with time zone not null,
    constraint volunteers_volunteer_once unique (community_id, account_id)
);

create index volunteers_volunteer_account on volunteers_volunteer (account_id);
create index volunteers_volunteer_community_status on volunteers_volunteer (community_id, status);

create table volunteers_away (
    volunteer_id  uuid not null references volunteers_volunteer (id) on delete cascade,
    starts_on     date not null,
    ends_on       date not null,
    primary key (volunteer_id, starts_on, ends_on)
);
