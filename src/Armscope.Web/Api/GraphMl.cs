using System.Globalization;
using System.Text;
using System.Xml;

namespace Armscope.Web.Api;

/// <summary>Writes a network as GraphML for Gephi: the same keys as the register's export (label; weight = deals, records).</summary>
public static class GraphMl
{
    private const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    public static async Task WriteAsync(NetworkDto network, Stream output, CancellationToken cancellationToken)
    {
        var buffer = new MemoryStream();
        var settings = new XmlWriterSettings { Indent = true, NewLineChars = "\n", Encoding = new UTF8Encoding(false), CheckCharacters = true };
        using (var xml = XmlWriter.Create(buffer, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("graphml", Namespace);
            Key(xml, "label", "node", "label", "string");
            Key(xml, "supplied", "node", "deals_supplied", "int");
            Key(xml, "received", "node", "deals_received", "int");
            Key(xml, "weight", "edge", "weight", "int");
            Key(xml, "records", "edge", "records", "int");
            xml.WriteStartElement("graph", Namespace);
            xml.WriteAttributeString("id", "transfers");
            xml.WriteAttributeString("edgedefault", "directed");
            foreach (var node in network.Nodes)
            {
                xml.WriteStartElement("node", Namespace);
                xml.WriteAttributeString("id", Clean(node.Id));
                Data(xml, "label", node.Name);
                Data(xml, "supplied", node.DealsSupplied.ToString(CultureInfo.InvariantCulture));
                Data(xml, "received", node.DealsReceived.ToString(CultureInfo.InvariantCulture));
                xml.WriteEndElement();
            }

            foreach (var edge in network.Edges)
            {
                xml.WriteStartElement("edge", Namespace);
                xml.WriteAttributeString("source", Clean(edge.Supplier));
                xml.WriteAttributeString("target", Clean(edge.Recipient));
                Data(xml, "weight", edge.Deals.ToString(CultureInfo.InvariantCulture));
                Data(xml, "records", edge.Records.ToString(CultureInfo.InvariantCulture));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken);
    }

    private static void Key(XmlWriter xml, string id, string domain, string name, string type)
    {
        xml.WriteStartElement("key", Namespace);
        xml.WriteAttributeString("id", id);
        xml.WriteAttributeString("for", domain);
        xml.WriteAttributeString("attr.name", name);
        xml.WriteAttributeString("attr.type", type);
        xml.WriteEndElement();
    }

    private static void Data(XmlWriter xml, string key, string value)
    {
        xml.WriteStartElement("data", Namespace);
        xml.WriteAttributeString("key", key);
        xml.WriteString(Clean(value));
        xml.WriteEndElement();
    }

    /// <summary>Drops characters XML 1.0 cannot carry (control characters from untrusted text), which would abort the writer.</summary>
    private static string Clean(string value) =>
        value.All(Allowed) ? value : new string(value.Where(Allowed).ToArray());

    private static bool Allowed(char c) => XmlConvert.IsXmlChar(c) || char.IsSurrogate(c);
}
