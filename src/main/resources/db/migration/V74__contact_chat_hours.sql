-- When the live chat is staffed, as set by staff. No row: the default (Monday to Friday, 9:00 to 16:30, in the
-- configured time zone). Days are ISO day numbers separated by commas (1 is Monday).
create table contact_chat_hours
(
    id        integer      not null primary key,
    time_zone varchar(60)  not null,
    days      varchar(20)  not null,
    opens     time         not null,
    closes    time         not null
);

-- Days the chat stays closed whatever the weekday (public holidays, the office's own days off).
create table contact_chat_holiday
(
    closed_on date         not null primary key,
    name varchar(100) not null
);
