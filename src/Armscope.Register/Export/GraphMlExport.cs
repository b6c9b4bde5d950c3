using System.Globalization;
using System.Text;
using System.Xml;

namespace Armscope.Register.Export;

/// <summary>The register as a directed graph for Gephi and the like: parties as nodes, supplier -> recipient edges weighted by deal count.</summary>
public static class GraphMlExport
{
    private const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    public static async Task WriteAsync(IRegister register, Stream output, CancellationToken cancellationToken = default)
    {
        var names = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var edges = new SortedDictionary<(string Supplier, string Recipient), (int Deals, int Records)>(
            Comparer<(string, string)>.Create((a, b) =>
            {
                var c = string.CompareOrdinal(a.Item1, b.Item1);
                return c != 0 ? c : string.CompareOrdinal(a.Item2, b.Item2);
            }));
        await foreach (var detail in register.ReadAllDealsAsync(cancellationToken))
        {
            var deal = detail.Deal;
            names.TryAdd(deal.Supplier.Code, deal.Supplier.Name);
            names.TryAdd(deal.Recipient.Code, deal.Recipient.Name);
            var key = (deal.Supplier.Code, deal.Recipient.Code);
            var (deals, records) = edges.GetValueOrDefault(key);
            edges[key] = (deals + 1, records + deal.Records);
        }

        var settings = new XmlWriterSettings
        {
            Indent = true,
            NewLineChars = "\n",
            Encoding = new UTF8Encoding(false),
        };
        using (var xml = XmlWriter.Create(output, settings))
        {
            Write(xml, names, edges);
        }

        await output.WriteAsync("\n"u8.ToArray(), cancellationToken);
    }

    private static void Write(XmlWriter xml, IReadOnlyDictionary<string, string> names, IEnumerable<KeyValuePair<(string Supplier, string Recipient), (int Deals, int Records)>> edges)
    {
        xml.WriteStartDocument();
        xml.WriteStartElement("graphml", Namespace);
        WriteKey(xml, "label", "node", "label", "string");
        WriteKey(xml, "weight", "edge", "weight", "int");
        WriteKey(xml, "records", "edge", "records", "int");
        xml.WriteStartElement("graph", Namespace);
        xml.WriteAttributeString("id", "transfers");
        xml.WriteAttributeString("edgedefault", "directed");
        foreach (var (code, name) in names)
        {
            xml.WriteStartElement("node", Namespace);
            xml.WriteAttributeString("id", code);
            WriteData(xml, "label", name);
            xml.WriteEndElement();
        }

        foreach (var ((supplier, recipient), (deals, records)) in edges)
        {
            xml.WriteStartElement("edge", Namespace);
            xml.WriteAttributeString("source", supplier);
            xml.WriteAttributeString("target", recipient);
            WriteData(xml, "weight", deals.ToString(CultureInfo.InvariantCulture));
            WriteData(xml, "records", records.ToString(CultureInfo.InvariantCulture));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteKey(XmlWriter xml, string id, string domain, string name, string type)
    {
        xml.WriteStartElement("key", Namespace);
        xml.WriteAttributeString("id", id);
        xml.WriteAttributeString("for", domain);
        xml.WriteAttributeString("attr.name", name);
        xml.WriteAttributeString("attr.type", type);
        xml.WriteEndElement();
    }

    private static void WriteData(XmlWriter xml, string key, string value)
    {
        xml.WriteStartElement("data", Namespace);
        xml.WriteAttributeString("key", key);
        xml.WriteString(value);
        xml.WriteEndElement();
    }
}
