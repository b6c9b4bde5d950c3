namespace Armscope.Register.Sql;

/// <summary>
/// The four UPDATE statements of a stored deal: with or without its identity (names, system, category, first record,
/// which an earlier record replaces), and with or without last_seen (which most later records leave as it is).
/// </summary>
internal static class DealUpdate
{
    private static readonly string[] Statements =
    [
        Build(identity: false, lastSeen: false),
        Build(identity: false, lastSeen: true),
        Build(identity: true, lastSeen: false),
        Build(identity: true, lastSeen: true),
    ];

    /// <summary>
    /// The statement; its parameters are @status, @first, @last (with last_seen only), @quantity, @amount, @currency,
    /// @records, @documents, and with the identity @supplierName, @recipientName, @system, @systemKey, @category,
    /// @firstRecord; @id last.
    /// </summary>
    public static string Sql(bool identity, bool lastSeen) => Statements[(identity ? 2 : 0) + (lastSeen ? 1 : 0)];

    private static string Build(bool identity, bool lastSeen)
    {
        var columns = new List<string> { "status = @status", "first_seen = @first" };
        if (lastSeen)
        {
            columns.Add("last_seen = @last");
        }

        columns.AddRange(["quantity = @quantity", "value_amount = @amount", "value_currency = @currency", "records = @records", "documents = @documents"]);
        if (identity)
        {
            columns.AddRange([
                "supplier_name = @supplierName", "recipient_name = @recipientName", "system = @system", "system_key = @systemKey",
                "category = @category", "first_record = @firstRecord"]);
        }

        return $"UPDATE deals SET {string.Join(", ", columns)} WHERE id = @id";
    }
}
