-- Public commune pages and podcast feeds (vn.loa.publication).
-- A bulletin's public choice: NULL follows its kind (text public, a recording not), TRUE or FALSE is the staff's
-- own choice. Changeable until approval (Bulletin.choosePublic).
ALTER TABLE bulletin ADD COLUMN public_page BOOLEAN;
-- A commune's address on the public page, /c/{public_slug}: ASCII, assigned once (PublicSlugs) and kept through
-- renames so that links and podcast subscriptions stay valid. NULL for provinces and villages.
ALTER TABLE area ADD COLUMN public_slug VARCHAR(160);
CREATE UNIQUE INDEX area_public_slug ON area (public_slug);
