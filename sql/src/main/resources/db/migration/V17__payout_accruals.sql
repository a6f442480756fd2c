-- Money owed and money paid. An accrual line is written once and never changed (a trigger refuses it),
-- except that it is attached to a payment once; a correction is a new adjusting line.
CREATE TABLE payout_payments (
    id                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organisation_id       bigint        NOT NULL,
    creator_id            bigint        NOT NULL,
    method_id             bigint,
    -- The method as it was when paid: editing the method later never rewrites where past money went.
    method_kind           text,
    method_details        text,
    amount                numeric(14,2) NOT NULL,
    -- The bank's or provider's reference: one payment per reference in an organisation.
    reference             text          NOT NULL CHECK (length(reference) BETWEEN 1 AND 200),
    paid_at               timestamptz   NOT NULL,
    receipt_file          text,
    receipt_content_type  text,
    receipt_uploaded_at   timestamptz,
    created_at            timestamptz   NOT NULL DEFAULT now(),
    FOREIGN KEY (organisation_id, creator_id) REFERENCES creators (organisation_id, id),
    FOREIGN KEY (organisation_id, method_id) REFERENCES payout_methods (organisation_id, id),
    UNIQUE (organisation_id, reference),
    UNIQUE (organisation_id, id)
);

CREATE TABLE payout_accruals (
    id                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organisation_id       bigint        NOT NULL,
    project_id            bigint        NOT NULL,
    structure_id          bigint        NOT NULL,
    creator_id            bigint        NOT NULL,
    kind                  text          NOT NULL CHECK (kind IN ('CPM', 'FLAT', 'BONUS')),
    -- CPM and flat lines are per post; a bonus line is per goal result.
    post_id               bigint,
    goal_result_id        bigint,
    period_start          date          NOT NULL,
    period_from           timestamptz   NOT NULL,
    period_to             timestamptz   NOT NULL,
    -- Frozen views: the snapshot (post_id, snapshot_observed_at) and the count the amount was computed from.
    snapshot_observed_at  timestamptz,
    views                 bigint,
    -- The amount the structure gives, rounded once (half-even) ...
    computed_amount       numeric(14,2) NOT NULL,
    -- ... what is owed after the campaign's budget ...
    amount                numeric(14,2) NOT NULL,
    -- ... and what the budget could not fund (computed_amount - amount for a line; reported, not dropped).
    unfunded_amount       numeric(14,2) NOT NULL DEFAULT 0,
    -- When the line qualified (the post went up; the goal's period closed): the budget's order.
    qualified_at          timestamptz   NOT NULL,
    accrued_at            timestamptz   NOT NULL,
    -- 0: the original line; 1, 2, ...: adjusting lines for the same key, each the difference to the sum before.
    revision              integer       NOT NULL DEFAULT 0 CHECK (revision >= 0),
    adjusts_id            bigint        REFERENCES payout_accruals (id),
    payment_id            bigint,
    note                  text,
    FOREIGN KEY (organisation_id, project_id) REFERENCES projects (organisation_id, id),
    FOREIGN KEY (organisation_id, structure_id) REFERENCES payout_structures (organisation_id, id),
    FOREIGN KEY (organisation_id, creator_id) REFERENCES creators (organisation_id, id),
    FOREIGN KEY (organisation_id, post_id) REFERENCES posts (organisation_id, id),
    FOREIGN KEY (organisation_id, goal_result_id) REFERENCES goal_results (organisation_id, id),
    FOREIGN KEY (organisation_id, payment_id) REFERENCES payout_payments (organisation_id, id),
    CHECK ((kind = 'BONUS') = (goal_result_id IS NOT NULL)),
    CHECK ((kind = 'BONUS') = (post_id IS NULL)),
    CHECK (unfunded_amount >= 0 AND amount + unfunded_amount = computed_amount OR revision > 0),
    -- goal-evaluation's idempotency key: one line per structure, creator, period, post and revision.
    CONSTRAINT payout_accruals_once UNIQUE NULLS NOT DISTINCT (structure_id, creator_id, period_start, post_id, revision)
);

-- Exports read a project's lines by accrual time; statements read a creator's lines.
CREATE INDEX payout_accruals_project_accrued ON payout_accruals (project_id, accrued_at, id);
CREATE INDEX payout_accruals_creator ON payout_accruals (creator_id, period_start);
CREATE INDEX payout_accruals_payment ON payout_accruals (payment_id) WHERE payment_id IS NOT NULL;
CREATE INDEX payout_payments_paid ON payout_payments (organisation_id, paid_at, id);

-- A line's money and its evidence never change; only payment_id may be set, once.
CREATE FUNCTION payout_accruals_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'payout accrual % cannot be deleted; add an adjusting line', OLD.id;
    END IF;
    IF OLD.payment_id IS NOT NULL AND NEW.payment_id IS DISTINCT FROM OLD.payment_id THEN
        RAISE EXCEPTION 'payout accrual % is paid (payment %); add an adjusting line', OLD.id, OLD.payment_id;
    END IF;
    IF (NEW.organisation_id, NEW.project_id, NEW.structure_id, NEW.creator_id, NEW.kind, NEW.post_id,
        NEW.goal_result_id, NEW.period_start, NEW.period_from, NEW.period_to, NEW.snapshot_observed_at, NEW.views,
        NEW.computed_amount, NEW.amount, NEW.unfunded_amount, NEW.qualified_at, NEW.accrued_at, NEW.revision,
        NEW.adjusts_id, NEW.note)
       IS DISTINCT FROM
       (OLD.organisation_id, OLD.project_id, OLD.structure_id, OLD.creator_id, OLD.kind, OLD.post_id,
        OLD.goal_result_id, OLD.period_start, OLD.period_from, OLD.period_to, OLD.snapshot_observed_at, OLD.views,
        OLD.computed_amount, OLD.amount, OLD.unfunded_amount, OLD.qualified_at, OLD.accrued_at, OLD.revision,
        OLD.adjusts_id, OLD.note) THEN
        RAISE EXCEPTION 'payout accrual % is written once; add an adjusting line', OLD.id;
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER payout_accruals_immutable BEFORE UPDATE OR DELETE ON payout_accruals
    FOR EACH ROW EXECUTE FUNCTION payout_accruals_immutable();

-- Is a post still live when its view window closes? The latest post-page fetch before then says.
CREATE INDEX fetch_attempts_post_latest ON fetch_attempts (post_id, observed_at DESC) WHERE post_id IS NOT NULL;
