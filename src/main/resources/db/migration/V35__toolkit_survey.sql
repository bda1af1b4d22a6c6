-- Readiness and needs surveys a champion publishes for their community. The questions are copied from a built-in
-- set (shipped with the code) and edited while the survey is a draft; once published they stay as they are, so
-- that the answers of every round can be compared. The public link's token is not a secret to hide from a copy of
-- the database: champions share it openly.
create table toolkit_survey
(
    id           uuid                     not null primary key,
    community_id uuid                     not null,
    based_on     varchar(40)              not null,
    title_en     varchar(200)             not null,
    title_fr     varchar(200)             not null,
    intro_en     varchar(1000)            not null,
    intro_fr     varchar(1000)            not null,
    anonymous    boolean                  not null,
    status       varchar(10)              not null,
    token        varchar(60) unique,
    round        integer                  not null,
    created_by   uuid                     not null,
    created_at   timestamp with time zone not null,
    check (status in ('DRAFT', 'OPEN', 'CLOSED')),
    check (round between 1 and 1000)
);
create index toolkit_survey_community_ix on toolkit_survey (community_id, created_at);

create table toolkit_survey_question
(
    id        uuid         not null primary key,
    survey_id uuid         not null references toolkit_survey (id) on delete cascade,
    position  integer      not null,
    kind      varchar(10)  not null,
    required  boolean      not null,
    text_en   varchar(500) not null,
    text_fr   varchar(500) not null,
    check (kind in ('SINGLE', 'MULTIPLE', 'SCALE', 'TEXT'))
);
create index toolkit_survey_question_ix on toolkit_survey_question (survey_id, position);

create table toolkit_survey_choice
(
    id          uuid         not null primary key,
    question_id uuid         not null references toolkit_survey_question (id) on delete cascade,
    position    integer      not null,
    text_en     varchar(200) not null,
    text_fr     varchar(200) not null
);
create index toolkit_survey_choice_ix on toolkit_survey_choice (question_id, position);

-- When each round was opened and closed: a round is the same questions asked again later.
create table toolkit_survey_round
(
    survey_id uuid                     not null references toolkit_survey (id) on delete cascade,
    round     integer                  not null,
    opened_at timestamp with time zone not null,
    closed_at timestamp with time zone,
    primary key (survey_id, round)
);

-- One row per person answering; account_id is null for anonymous surveys (and people not signed in), and an
-- anonymous answer keeps only the day it was given.
create table toolkit_survey_response
(
    id          uuid                     not null primary key,
    survey_id   uuid                     not null references toolkit_survey (id) on delete cascade,
    round       integer                  not null,
    account_id  uuid,
    language    varchar(2)               not null,
    answered_at timestamp with time zone not null
);
create index toolkit_survey_response_ix on toolkit_survey_response (survey_id, round);

-- One row per chosen choice, per scale value, or per text answer.
create table toolkit_survey_answer
(
    response_id uuid not null references toolkit_survey_response (id) on delete cascade,
    question_id uuid not null references toolkit_survey_question (id) on delete cascade,
    choice_id   uuid references toolkit_survey_choice (id) on delete cascade,
    scale       integer,
    answer_text varchar(2000),
    check (scale is null or scale between 1 and 5)
);
create index toolkit_survey_answer_question_ix on toolkit_survey_answer (question_id);
create index toolkit_survey_answer_response_ix on toolkit_survey_answer (response_id);
