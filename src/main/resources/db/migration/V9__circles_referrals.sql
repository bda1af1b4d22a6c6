-- Referrals: someone (a nurse, family, a friend, the person) asks a community to open a circle. Sent from a public
-- form, so nobody has an account yet; a champion accepts (a circle opens) or declines with a reason, once.
create table circles_referral
(
    id                    uuid                     not null primary key,
    community_id          uuid                     not null,
    status                varchar(20)              not null,
    referrer_name         varchar(100)             not null,
    referrer_role         varchar(30)              not null,
    referrer_organization varchar(150),
    referrer_email        varchar(254)             not null,
    referrer_phone        varchar(40),
    referrer_language     varchar(5)               not null,
    person_first_name     varchar(60)              not null,
    person_languages      varchar(100)             not null,
    neighbourhood         varchar(100),
    caregiver_name        varchar(100)             not null,
    caregiver_email       varchar(254)             not null,
    consent_given_by      varchar(20)              not null,
    received_at           timestamp with time zone not null,
    handled_at            timestamp with time zone,
    handled_by            uuid,
    decline_reason        varchar(1000),
    circle_id             uuid references circles_circle (id) on delete set null
);
create index circles_referral_queue_ix on circles_referral (community_id, status, received_at);

-- What the referral says is needed, by support domain.
create table circles_referral_need
(
    referral_id uuid         not null references circles_referral (id) on delete cascade,
    domain      varchar(20)  not null,
    notes       varchar(1000),
    primary key (referral_id, domain)
);

-- Bereavement follow-up: when the person died, and why a circle was closed.
alter table circles_circle add column died_on date;
alter table circles_circle add column closed_at timestamp with time zone;
alter table circles_circle add column closed_reason varchar(500);

-- Check-ins with the bereaved caregivers, at set times after the death.
create table circles_check_in
(
    id           uuid                     not null primary key,
    circle_id    uuid                     not null references circles_circle (id) on delete cascade,
    after_period varchar(20)              not null,
    due_on       date                     not null,
    done_at      timestamp with time zone,
    done_by      uuid,
    note         varchar(1000),
    unique (circle_id, after_period)
);
