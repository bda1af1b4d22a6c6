-- The expiry job asks for the open offers whose time is up, every minute.
create index matching_offer_expiry_ix on matching_offer (status, expires_at);
