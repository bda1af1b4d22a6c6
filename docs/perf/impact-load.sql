-- Loads help requests, commitments and approved volunteer hours for the impact benchmark (PostgreSQL only:
-- generate_series, md5). Run by impact-1m.sh with -v scale=N on a database the application has migrated and loaded
-- the demo into. The rate of activity stays the same whatever the scale (about 274 requests a day across five
-- communities, as 1,000,000 over ten years); only the length of the history grows with it:
--   * scale requests in scale/200 circles of 200 requests each, posted evenly over 3650 * scale / 1,000,000 days up
--     to now (10,000: the last 36 days; 1,000,000: the last ten years), each starting one to five days later;
--   * one circle in five is in the demo community (Maple Grove), the others in four made-up communities;
--   * one request in twenty is cancelled; two in three of the others have a helper (a made-up volunteer of the same
--     community), done an hour after it started when that is past, and thanked the day after for one in two;
--   * scale/5 approved hours entries of 30 to 180 minutes over the same days, shared by greatest(10, scale/10,000)
--     approved volunteers in each community.
\set ON_ERROR_STOP on
\timing on
select id as demo from communities_community where slug = 'maple-grove-compassionate-community' \gset
select :scale / 200 as circles, greatest(10, :scale / 10000) as volunteers,
       3650.0 * :scale / 1000000 as span_days \gset

begin;
insert into communities_community (id, slug, name, region, time_zone, created_at, version)
select md5('bench-community-' || c)::uuid, 'bench-community-' || c, 'Bench community ' || c, 'Bench region',
       'America/Toronto', now() - interval '11 years', 0
from generate_series(1, 4) c;

-- community 0 is the demo community
create temporary table bench_community on commit drop as
select 0 as c, :'demo'::uuid as id
union all
select c, md5('bench-community-' || c)::uuid from generate_series(1, 4) c;

create temporary table bench_circle on commit drop as
select n, md5('bench-circle-' || n)::uuid as id, bc.id as community_id, bc.c
from generate_series(1, :circles) n join bench_community bc on bc.c = n % 5;

insert into circles_circle (id, community_id, first_name, languages, prefers_women_helpers, prefers_men_helpers,
                            status, opened_at, opened_by, version)
select id, community_id, 'Bench ' || n, 'en', false, false, 'OPEN',
       now() - :span_days * interval '1 day' - (n % 30) * interval '1 day', md5('bench-coordinator-' || n)::uuid, 0
from bench_circle;

create temporary table bench_volunteer on commit drop as
select md5('bench-volunteer-' || bc.c || '-' || v)::uuid as id, md5('bench-account-' || bc.c || '-' || v)::uuid as account,
       bc.id as community_id, bc.c, v
from bench_community bc cross join generate_series(0, :volunteers - 1) v;

insert into volunteers_volunteer (id, community_id, account_id, status, next_step, applied_at, decided_at, updated_at)
select id, community_id, account, 'APPROVED', 6, now() - :span_days * interval '1 day' - interval '30 days',
       now() - :span_days * interval '1 day' - interval '20 days', now()
from bench_volunteer;

-- One row per request: when it was posted (evenly over the history, circles interleaved) and who helps, if anyone.
-- Kinds, cancellations and helpers follow n + k, so that every day has a mix of them.
create temporary table bench_request on commit drop as
select gen_random_uuid() as id, c.id as circle_id, c.community_id, c.c, c.n, k,
       now() - :span_days * interval '1 day' * (1 - ((k - 1) * :circles + c.n)::numeric / :scale) as posted_at
from bench_circle c cross join generate_series(1, 200) k;
alter table bench_request add column starts_at timestamptz, add column cancelled boolean, add column helper uuid;
update bench_request set starts_at = date_trunc('hour', posted_at) + (1 + k % 5) * interval '1 day',
                         cancelled = (n + k) % 20 = 0;
update bench_request r set helper = v.account
from bench_volunteer v
where not r.cancelled and (r.n + r.k) % 3 <> 0 and v.c = r.c and v.v = (r.n * 7 + r.k) % :volunteers;

insert into helping_request (id, community_id, circle_id, kind, starts_at, ends_at, slots, taken, notes, address,
                             status, posted_by, posted_at)
select id, community_id, circle_id,
       (array ['MEAL','RIDE','VISIT','RESPITE','ERRAND','CALL','SPIRITUAL_CARE','CHORE','PET_CARE','OTHER'])[1 + (n + k) % 10],
       starts_at, starts_at + interval '1 hour', 1, case when helper is null then 0 else 1 end, null, null,
       case when cancelled then 'CANCELLED' else 'OPEN' end, md5('bench-coordinator-' || n)::uuid, posted_at
from bench_request;

insert into helping_commitment (request_id, helper_id, committed_at, done_at, thanked_at)
select id, helper, least(posted_at + ((n + k) % 36) * interval '1 hour', starts_at),
       case when starts_at + interval '1 hour' < now() then starts_at + interval '1 hour' end,
       case when starts_at + interval '1 hour' < now() - interval '1 day' and (n + k) % 2 = 0
            then starts_at + interval '1 day' end
from bench_request where helper is not null;

insert into volunteers_hours (id, volunteer_id, activity, worked_on, minutes, status, logged_at, approved_by,
                              approved_at)
select gen_random_uuid(), v.id, 'Bench hours ' || e,
       (now() - :span_days * interval '1 day' * (1 - e::numeric / (:scale / 5)))::date,
       30 * (1 + e % 6), 'APPROVED', now(), md5('bench-champion')::uuid, now()
from generate_series(1, :scale / 5) e
join bench_volunteer v on v.c = e % 5 and v.v = (e / 5) % :volunteers;
commit;

analyze helping_request;
analyze helping_commitment;
analyze volunteers_hours;
analyze volunteers_volunteer;
analyze circles_circle;
select count(*) as requests, min(posted_at)::date as first_posted, max(posted_at)::date as last_posted
from helping_request;
select count(*) as commitments, count(done_at) as done, count(thanked_at) as thanked from helping_commitment;
select count(*) as approved_hours_entries from volunteers_hours where status = 'APPROVED';
select count(*) as in_the_demo_community from helping_request where community_id = :'demo';
