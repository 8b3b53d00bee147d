using ClaimCheck.Compare;
using ClaimCheck.Recognize.Entities;
using ClaimCheck.Report;

namespace ClaimCheck.Tests.Report;

/// <summary>Enum values as the report writes them, and back.</summary>
public class SnakeCaseTests
{
    private enum Tiny : byte { FirstOne, SecondOne }

    private enum Sparse { Low = 3, High = 2000, Again = 3 }

    [Fact]
    public void Of_ClaimCheckEnums_SnakeCase()
    {
        SnakeCase.Of(DiscrepancyClass.ConflictInArticle).Should().Be("conflict_in_article");
        SnakeCase.Of(DiscrepancyClass.UnitConfusion).Should().Be("unit_confusion");
        SnakeCase.Of(SourceKind.UnAgency).Should().Be("un_agency");
        SnakeCase.Of(SourceKind.Government).Should().Be("government");
    }

    [Fact]
    public void Of_ValuesOutsideTheTable_NamedAllTheSame()
    {
        // Another underlying type, a number beyond the table, a number no member has, an alias.
        SnakeCase.Of(Tiny.SecondOne).Should().Be("second_one");
        SnakeCase.Of(Sparse.High).Should().Be("high");
        SnakeCase.Of(Sparse.Again).Should().Be(SnakeCase.Of(Sparse.Low));
        SnakeCase.Of((SourceKind)999).Should().Be("999");
    }

    [Fact]
    public void Parse_WhatOfWrote_TheValueBack()
    {
        foreach (var kind in Enum.GetValues<DiscrepancyClass>())
            SnakeCase.Parse<DiscrepancyClass>(SnakeCase.Of(kind), "class").Should().Be(kind);
        var bad = () => SnakeCase.Parse<Tiny>("third_one", "tiny");
        bad.Should().Throw<ReportFormatException>().WithMessage("'tiny' must be one of first_one, second_one, not 'third_one'");
    }
}
