namespace BpoCloud.Domain.Roster;

/// <summary>The marketplace a client store sells on.</summary>
public enum StorePlatform { Tmall, Jd, Douyin, Pinduoduo, Own }
