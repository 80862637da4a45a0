namespace BpoCloud.Domain.Roster;

/// <summary>A weekday as the API spells it (mon..sun); hours are always in the brand's local time.</summary>
public enum WeekDay { Mon, Tue, Wed, Thu, Fri, Sat, Sun }
