-- The plans of the calendar month (Maggie's circle, this month in Toronto, seen by Sam) and of the queries behind
-- Sam's commitments page, as the application sends them. Run after help-calendar-1m.sql.
\set ON_ERROR_STOP on
select c.id as maggie from circles_circle c where c.called = 'Maggie' \gset
select id as sam from accounts_account where email = 'volunteer@wraparound.example' \gset
select (date_trunc('month', now() at time zone 'America/Toronto') at time zone 'America/Toronto') as month_start,
       ((date_trunc('month', now() at time zone 'America/Toronto') + interval '1 month') at time zone 'America/Toronto')
           as month_end \gset

\echo '== calendar month (CalendarQueries.between)'
explain (analyze, buffers, costs off)
select r.id, r.kind, r.starts_at, r.ends_at, r.slots, r.taken, r.status,
    case when exists (select 1 from helping_commitment c where c.request_id = r.id and c.helper_id = :'sam')
        then 1 else 0 end as yours
from helping_request r
where r.circle_id = :'maggie' and r.starts_at >= :'month_start' and r.starts_at < :'month_end'
order by r.starts_at, r.id;

\echo '== calendar month, meals that still need helpers'
explain (analyze, buffers, costs off)
select r.id, r.kind, r.starts_at, r.ends_at, r.slots, r.taken, r.status,
    case when exists (select 1 from helping_commitment c where c.request_id = r.id and c.helper_id = :'sam')
        then 1 else 0 end as yours
from helping_request r
where r.circle_id = :'maggie' and r.starts_at >= :'month_start' and r.starts_at < :'month_end'
  and r.kind = 'MEAL' and r.status = 'OPEN' and r.taken < r.slots and r.ends_at > now()
order by r.starts_at, r.id;

\echo '== commitments page: what Sam committed to (Requests.committedBy)'
explain (analyze, buffers, costs off)
select r.id, r.community_id, r.circle_id, r.kind, r.starts_at, r.ends_at, r.slots, r.taken, r.notes, r.address,
       r.status, r.posted_by, r.posted_at, r.details, r.latitude, r.longitude, r.series_id, r.occurs_on, r.cancel_reason
from helping_request r join helping_commitment c on c.request_id = r.id
where c.helper_id = :'sam' order by r.starts_at, r.id;

\echo '== commitments page: who else committed to those requests (Requests.pledges, one query per circle)'
select string_agg(quote_literal(c.request_id::text), ',') as ids
from helping_commitment c join helping_request r on r.id = c.request_id
where c.helper_id = :'sam' and r.circle_id = :'maggie' \gset
explain (analyze, buffers, costs off)
select request_id, helper_id, committed_at, done_at, thanks from helping_commitment
where request_id in (:ids) order by committed_at, helper_id;

\echo '== agenda list: the circle''s requests that have not ended (Requests.ofCircle)'
explain (analyze, buffers, costs off)
select id, community_id, circle_id, kind, starts_at, ends_at, slots, taken, notes, address, status, posted_by, posted_at,
       details, latitude, longitude, series_id, occurs_on, cancel_reason
from helping_request where circle_id = :'maggie' and ends_at > now() order by starts_at, id;
