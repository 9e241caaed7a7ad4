-- The invoice run writes a batch's lines with one INSERT and issues the batch with one UPDATE. The
-- guards that ran once per row (a locking read of the invoice per line; a sum of the lines per
-- issued invoice at commit) now run once per statement over its transition table. What they refuse
-- is unchanged: InvoiceIntegrityTest proves it.

-- Lines are added only to drafts: the invoices a statement adds lines to are locked (FOR SHARE, so
-- none of them can be issued meanwhile), in the order of their keys, and must all be drafts.
CREATE FUNCTION billing_invoice_lines_added() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  DECLARE v_number text;
  BEGIN
    SELECT i.number INTO v_number
      FROM (SELECT status, number FROM invoice
             WHERE (tenant_id, id) IN (SELECT tenant_id, invoice_id FROM added)
             ORDER BY tenant_id, id
               FOR SHARE) i
     WHERE i.status <> 'DRAFT'
     LIMIT 1;
    IF FOUND THEN
      RAISE EXCEPTION 'billing_invoice_immutable: the lines of issued invoice % cannot be changed; issue a credit note',
        v_number USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NULL;
  END $$;
DROP TRIGGER billing_invoice_line_guard ON invoice_line;
CREATE TRIGGER billing_invoice_line_guard BEFORE UPDATE OR DELETE ON invoice_line
  FOR EACH ROW EXECUTE FUNCTION billing_invoice_line_guard();
CREATE TRIGGER billing_invoice_lines_added AFTER INSERT ON invoice_line
  REFERENCING NEW TABLE AS added
  FOR EACH STATEMENT EXECUTE FUNCTION billing_invoice_lines_added();

-- An invoice's total is the sum of its lines when it is issued. Checked at the end of the issuing
-- statement rather than at commit: from then on neither the lines nor the total can change (the
-- guards above and billing_invoice_guard), so the sum at commit is the sum checked here.
CREATE FUNCTION billing_invoices_balanced() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  DECLARE v record;
  BEGIN
    -- The rows the statement issued: not drafts now, and not issued before under that key.
    SELECT n.number, n.total, coalesce(l.amount, 0) AS lines INTO v
      FROM changed n
      LEFT JOIN LATERAL (SELECT sum(amount) AS amount FROM invoice_line
                          WHERE tenant_id = n.tenant_id AND invoice_id = n.id) l ON true
     WHERE n.status <> 'DRAFT'
       AND NOT EXISTS (SELECT 1 FROM was o
                        WHERE o.tenant_id = n.tenant_id AND o.id = n.id AND o.status <> 'DRAFT')
       AND coalesce(l.amount, 0) <> n.total
     LIMIT 1;
    IF FOUND THEN
      RAISE EXCEPTION 'billing_invoice_unbalanced: the lines of % sum to % but its total is %',
        v.number, v.lines, v.total USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NULL;
  END $$;
DROP TRIGGER billing_invoice_balanced ON invoice;
DROP FUNCTION billing_invoice_balanced();
CREATE TRIGGER billing_invoices_balanced AFTER UPDATE ON invoice
  REFERENCING OLD TABLE AS was NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION billing_invoices_balanced();
