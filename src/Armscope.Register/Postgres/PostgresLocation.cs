using Npgsql;

namespace Armscope.Register.Postgres;

/// <summary>Reads where a PostgreSQL register lives: a postgres:// URL (libpq style) or an Npgsql connection string.</summary>
public static class PostgresLocation
{
    /// <summary>True when the location names a PostgreSQL server rather than a file.</summary>
    public static bool IsPostgres(string location) =>
        location.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || location.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || location.Contains("Host=", StringComparison.OrdinalIgnoreCase)
        || location.Contains("Server=", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The connection settings of a location: postgres://user:password@host:port/database?search_path=schema&amp;sslmode=...
    /// or any Npgsql connection string.
    /// </summary>
    /// <exception cref="FormatException">When the location cannot be read, saying why.</exception>
    public static NpgsqlConnectionStringBuilder ConnectionString(string location)
    {
        NpgsqlConnectionStringBuilder builder;
        if (location.Contains("://", StringComparison.Ordinal))
        {
            builder = FromUrl(location);
        }
        else
        {
            try
            {
                builder = new NpgsqlConnectionStringBuilder(location);
            }
            catch (ArgumentException e)
            {
                throw new FormatException($"not a PostgreSQL connection string: {e.Message}", e);
            }
        }

        // Commands the register repeats (one insert per record) are prepared by the server after their second use.
        if (builder.MaxAutoPrepare == 0)
        {
            builder.MaxAutoPrepare = 32;
            builder.AutoPrepareMinUsages = 2;
        }

        return builder;
    }

    private static NpgsqlConnectionStringBuilder FromUrl(string location)
    {
        if (!Uri.TryCreate(location, UriKind.Absolute, out var url) || url.Scheme is not ("postgres" or "postgresql"))
        {
            throw new FormatException($"not a PostgreSQL URL (postgres://user@host:port/database): {location}");
        }

        var builder = new NpgsqlConnectionStringBuilder { Host = url.Host.Length > 0 ? url.Host : "localhost" };
        if (!url.IsDefaultPort && url.Port > 0)
        {
            builder.Port = url.Port;
        }

        if (url.UserInfo.Length > 0)
        {
            var colon = url.UserInfo.IndexOf(':', StringComparison.Ordinal);
            builder.Username = Uri.UnescapeDataString(colon < 0 ? url.UserInfo : url.UserInfo[..colon]);
            if (colon >= 0)
            {
                builder.Password = Uri.UnescapeDataString(url.UserInfo[(colon + 1)..]);
            }
        }

        var database = Uri.UnescapeDataString(url.AbsolutePath.TrimStart('/'));
        if (database.Length > 0)
        {
            builder.Database = database;
        }

        foreach (var pair in url.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? "" : Uri.UnescapeDataString(pair[(equals + 1)..]);
            switch (key.ToLowerInvariant())
            {
                case "search_path" or "schema":
                    builder.SearchPath = value;
                    break;
                case "sslmode":
                    builder.SslMode = Enum.Parse<SslMode>(value.Replace("-", "", StringComparison.Ordinal), ignoreCase: true);
                    break;
                default:
                    try
                    {
                        builder[key] = value;
                    }
                    catch (ArgumentException e)
                    {
                        throw new FormatException($"unknown setting '{key}' in {location}: {e.Message}", e);
                    }

                    break;
            }
        }

        return builder;
    }
}
