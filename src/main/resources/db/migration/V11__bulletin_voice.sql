-- How a text bulletin is spoken: the speech engine's voice (null: the language's default voice) and the rate in
-- words per minute (null: the default rate). Recorded bulletins play their recording and ignore both.
ALTER TABLE bulletin ADD COLUMN voice VARCHAR(40);
ALTER TABLE bulletin ADD COLUMN rate_wpm INTEGER;
