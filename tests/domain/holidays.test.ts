import { describe, expect, it } from 'vitest';
import { holidayName, isWorkingDay, nextWorkingDay, previousWorkingDay } from '../../src/domain/holidays.ts';

describe('Danish public holidays', () => {
  it.each([
    ['2023-01-01', 'Nytårsdag'],
    ['2023-04-06', 'Skærtorsdag'],
    ['2023-04-07', 'Langfredag'],
    ['2023-04-10', 'Anden påskedag'],
    ['2023-05-05', 'Store Bededag'],
    ['2023-05-18', 'Kristi Himmelfartsdag'],
    ['2023-05-29', 'Anden Pinsedag'],
    ['2024-03-28', 'Skærtorsdag'],
    ['2024-04-26', null], // Store Bededag abolished from 2024
    ['2024-05-09', 'Kristi Himmelfartsdag'],
    ['2024-06-05', null], // Grundlovsdag is an observance
    ['2024-12-24', null], // Juleaftensdag is an observance
    ['2024-12-25', 'Juledag'],
    ['2024-12-26', 'Anden Juledag'],
    ['2025-05-01', null], // 1. maj is an observance
    ['2025-04-21', 'Anden påskedag'],
    ['2025-05-29', 'Kristi Himmelfartsdag'],
    ['2025-04-23', null],
  ])('holidayName(%s) = %s', (date, name) => {
    expect(holidayName(date)).toBe(name);
  });

  it.each([
    ['2023-05-05', false], // Store Bededag 2023, a Friday
    ['2024-04-26', true], // the same Friday in 2024: a working day
    ['2024-06-05', true], // Grundlovsdag, a Wednesday
    ['2024-03-28', false], // Skærtorsdag
    ['2024-03-30', false], // Saturday
    ['2024-03-31', false], // Påskedag, a Sunday
    ['2025-04-23', true], // an ordinary Wednesday
  ])('isWorkingDay(%s) = %s', (date, working) => {
    expect(isWorkingDay(date)).toBe(working);
  });

  it.each([
    ['2024-03-27', '2024-04-02', '2024-03-26'], // Easter: Thu, Fri, weekend, Mon
    ['2023-05-04', '2023-05-08', '2023-05-03'], // Store Bededag 2023 follows
    ['2024-04-25', '2024-04-26', '2024-04-24'], // no Store Bededag in 2024
    ['2025-05-28', '2025-05-30', '2025-05-27'], // Kristi Himmelfartsdag
    ['2024-12-24', '2024-12-27', '2024-12-23'], // Juleaftensdag is a working day
  ])('around %s: next %s, previous %s', (date, next, previous) => {
    expect(nextWorkingDay(date)).toBe(next);
    expect(previousWorkingDay(date)).toBe(previous);
  });
});
