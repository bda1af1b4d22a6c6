-- HTTP sessions, kept in the database by Spring Session JDBC so that any node can serve any request (no sticky
-- sessions). The columns are the ones Spring Session 4 reads and writes (its schema-postgresql.sql); the names carry
-- the platform prefix and are set with spring.session.jdbc.table-name. Attributes are Java-serialized bytes.
create table platform_session
(
    primary_id            char(36) not null primary key,
    session_id            char(36) not null,
    creation_time         bigint   not null,
    last_access_time      bigint   not null,
    max_inactive_interval int      not null,
    expiry_time           bigint   not null,
    principal_name        varchar(100)
);
create unique index platform_session_session_ix on platform_session (session_id);
-- the cleanup job deletes by expiry time; finding a person's sessions goes by principal name
create index platform_session_expiry_ix on platform_session (expiry_time);
create index platform_session_principal_ix on platform_session (principal_name);

create table platform_session_attributes
(
    session_primary_id char(36)     not null references platform_session (primary_id) on delete cascade,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    primary key (session_primary_id, attribute_name)
);
