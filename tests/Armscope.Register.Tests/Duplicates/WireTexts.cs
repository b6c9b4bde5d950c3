namespace Armscope.Register.Tests.Duplicates;

/// <summary>
/// A short wire story, the same story as another outlet ran it (new headline, a word or two changed, the last sentence
/// swapped for another) and a different story on the same subject (the same countries and weapon), written for these tests.
/// </summary>
public static class WireTexts
{
    public const string WireText =
        "Poland signed a contract on Tuesday to buy 180 more K2 main battle tanks from South Korea, the defence ministry in Warsaw said. "
        + "The agreement, worth about 6.5 billion dollars, covers training, spare parts and a support package for the first ten years of service. "
        + "Deliveries are expected to begin next year and to run until the end of the decade. "
        + "Officials said part of the work would later move to a plant in southern Poland, where local engineers will assemble a modified version of the vehicle. "
        + "The army already operates several dozen K2 tanks bought under an earlier framework deal. "
        + "Opposition lawmakers asked for more detail on how the purchase would be financed.";

    public const string SyndicatedText =
        "Poland signed a contract on Tuesday to buy 180 more K2 main battle tanks from South Korea, the defence ministry in Warsaw said. "
        + "The agreement, worth about 6.5 billion dollars, covers training, spare parts and a logistics package for the first ten years of service. "
        + "Deliveries are expected to start next year and to run until the end of the decade. "
        + "Officials said part of the work would later move to a plant in southern Poland, where local engineers will assemble a modified version of the vehicle. "
        + "The army already operates several dozen K2 tanks bought under an earlier framework deal. "
        + "The ministry did not give a date for the first handover to the new unit.";

    public const string SameSubjectText =
        "The first K2 tanks built under Poland's second contract with South Korea arrived at the port of Gdynia on Monday, army officials said. "
        + "A cargo ship carried eighteen of the vehicles, which will join an armoured brigade in the east of the country after acceptance tests. "
        + "Soldiers from the brigade have spent the past months training on simulators and on tanks delivered earlier. "
        + "South Korean technicians will stay in Poland to help with maintenance during the first year. "
        + "The defence ministry said further shipments would follow every few months, and that the plant in southern Poland should produce its first tank within three years.";
}
