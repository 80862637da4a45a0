using BpoCloud.Domain.Common;

namespace BpoCloud.Domain.Tests.Common;

public sealed class EntityIdsTests
{
    [Fact]
    public void New_ids_carry_their_kind_are_unique_and_url_safe()
    {
        var ids = Enumerable.Range(0, 1000).Select(_ => EntityIds.New("brd")).ToList();

        Assert.All(ids, id => Assert.StartsWith("brd_", id, StringComparison.Ordinal));
        Assert.All(ids, id => Assert.True(EntityIds.IsWellFormed(id)));
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Theory]
    [InlineData("brd/../x")]
    [InlineData("a b")]
    [InlineData("")]
    [InlineData("x%2F")]
    public void Ids_with_other_characters_are_refused(string id) => Assert.False(EntityIds.IsWellFormed(id));
}
