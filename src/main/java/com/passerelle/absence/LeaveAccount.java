package com.passerelle.absence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A leave account (e.g. "Annual leave 2026"), in a category, counted in days or in hours. */
@Entity
@Table(name = "leave_account")
public class LeaveAccount {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(name = "category_id")
  private Long categoryId;

  @Column(name = "category_name", length = 200)
  private String categoryName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private LeaveUnit unit;

  protected LeaveAccount() {}

  public LeaveAccount(String name, Long categoryId, String categoryName, LeaveUnit unit) {
    this.name = name;
    this.categoryId = categoryId;
    this.categoryName = categoryName;
    this.unit = unit;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public Long getCategoryId() {
    return categoryId;
  }

  public String getCategoryName() {
    return categoryName;
  }

  public LeaveUnit getUnit() {
    return unit;
  }
}
