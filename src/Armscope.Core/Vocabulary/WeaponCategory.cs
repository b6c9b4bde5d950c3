namespace Armscope.Core.Vocabulary;

/// <summary>The twelve SIPRI weapon categories.</summary>
public enum WeaponCategory
{
    Aircraft,
    AirDefenceSystems,
    AntiSubmarineWarfareWeapons,
    ArmouredVehicles,
    Artillery,
    Engines,
    Missiles,
    NavalWeapons,
    Satellites,
    Sensors,
    Ships,
    Other,
}

/// <summary>Converts categories to and from the spec's lower-case names ("air defence systems").</summary>
public static class CategoryNames
{
    private static readonly Dictionary<WeaponCategory, string> Names = new()
    {
        [WeaponCategory.Aircraft] = "aircraft",
        [WeaponCategory.AirDefenceSystems] = "air defence systems",
        [WeaponCategory.AntiSubmarineWarfareWeapons] = "anti-submarine warfare weapons",
        [WeaponCategory.ArmouredVehicles] = "armoured vehicles",
        [WeaponCategory.Artillery] = "artillery",
        [WeaponCategory.Engines] = "engines",
        [WeaponCategory.Missiles] = "missiles",
        [WeaponCategory.NavalWeapons] = "naval weapons",
        [WeaponCategory.Satellites] = "satellites",
        [WeaponCategory.Sensors] = "sensors",
        [WeaponCategory.Ships] = "ships",
        [WeaponCategory.Other] = "other",
    };

    private static readonly Dictionary<string, WeaponCategory> ByName =
        Names.ToDictionary(kv => kv.Value, kv => kv.Key, StringComparer.OrdinalIgnoreCase);

    public static string ToSpecName(this WeaponCategory category) => Names[category];

    public static bool TryParse(string name, out WeaponCategory category) =>
        ByName.TryGetValue(name.Trim(), out category);

    public static WeaponCategory Parse(string name) =>
        TryParse(name, out var c) ? c : throw new FormatException($"unknown weapon category '{name}'");
}
