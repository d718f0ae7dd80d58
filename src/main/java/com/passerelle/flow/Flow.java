package com.passerelle.flow;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.MapKeyJdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An integration: where it reads, how columns map to person fields, what is required. */
@Entity
@Table(name = "flow")
public class Flow {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(nullable = false, unique = true, length = 120)
  private String name;

  @Column(length = 500)
  private String description;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "source_type", nullable = false, length = 20)
  private SourceType sourceType = SourceType.FOLDER;

  @Column(nullable = false)
  private boolean active = true;

  @Column(name = "field_delimiter", nullable = false, length = 4)
  private String delimiter = ",";

  @Column(name = "date_format", nullable = false, length = 40)
  private String dateFormat = "yyyy-MM-dd";

  /** Only lines whose filter field holds one of the filter values are imported. */
  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "filter_field", length = 40)
  private PersonField filterField;

  @Column(name = "filter_values", length = 1000)
  private String filterValues;

  // Subselect: a list of flows loads all their mappings (and required fields) in one query each,
  // not one per flow.
  @ElementCollection(fetch = FetchType.EAGER)
  @Fetch(FetchMode.SUBSELECT)
  @CollectionTable(name = "flow_mapping", joinColumns = @JoinColumn(name = "flow_id"))
  @MapKeyColumn(name = "field", length = 40)
  @MapKeyEnumerated(EnumType.STRING)
  @MapKeyJdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "column_name", nullable = false, length = 200)
  private Map<PersonField, String> mapping = new LinkedHashMap<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @Fetch(FetchMode.SUBSELECT)
  @CollectionTable(name = "flow_required_field", joinColumns = @JoinColumn(name = "flow_id"))
  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "field", nullable = false, length = 40)
  private Set<PersonField> requiredFields = new LinkedHashSet<>();

  /** Values a field may take (none listed: any); lazily loaded, lists can be long. */
  @ElementCollection(fetch = FetchType.LAZY)
  @Fetch(FetchMode.SUBSELECT)
  @CollectionTable(name = "flow_allowed_value", joinColumns = @JoinColumn(name = "flow_id"))
  private Set<AllowedValue> allowedValues = new LinkedHashSet<>();

  /** Email domains the flow accepts, each with the entity it stands for (none: any domain). */
  @ElementCollection(fetch = FetchType.EAGER)
  @Fetch(FetchMode.SUBSELECT)
  @CollectionTable(name = "flow_email_domain", joinColumns = @JoinColumn(name = "flow_id"))
  @MapKeyColumn(name = "domain", length = 253)
  @Column(name = "entity", nullable = false, length = 120)
  private Map<String, String> emailDomains = new LinkedHashMap<>();

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 30)
  private FlowPurpose purpose = FlowPurpose.DIRECTORY_UPDATE;

  /** Ordered rules choosing a line's journey template; the first whose conditions hold wins. */
  @ElementCollection(fetch = FetchType.EAGER)
  @Fetch(FetchMode.SUBSELECT)
  @CollectionTable(name = "flow_template_rule", joinColumns = @JoinColumn(name = "flow_id"))
  @OrderColumn(name = "rule_order")
  private List<TemplateRule> templateRules = new ArrayList<>();

  /** The journey template when no template rule matches (none with rules: such lines fail). */
  @Column(name = "default_template", length = 120)
  private String defaultTemplate;

  /** Manager and HR emails must be people of the directory who have arrived. */
  @Column(name = "resolve_stakeholders", nullable = false)
  private boolean resolveStakeholders;

  /** A start date older than this many days fails its line (none: any date). */
  @Column(name = "start_date_max_age_days")
  private Integer startDateMaxAgeDays;

  /** A webhook came during a run: one more read when that run ends (schedule.FollowUps). */
  @Column(name = "read_pending", nullable = false)
  private boolean readPending;

  @Embedded private SftpAccess sftp = new SftpAccess();

  @Embedded private HrisAccess hris = new HrisAccess();

  @Embedded private FlowSchedule schedule = new FlowSchedule();

  @Column(name = "created_at", nullable = false)
  private Instant createdAt = Instant.now();

  protected Flow() {}

  public Flow(String name) {
    this.name = name;
  }

  /** Source columns that must be in the header: those mapped to required fields, in field order. */
  public List<String> requiredColumns() {
    List<String> columns = new ArrayList<>();
    Set<PersonField> read = new LinkedHashSet<>(requiredFields);
    templateRules.forEach(rule -> read.addAll(rule.when().keySet())); // a rule needs its columns
    for (PersonField field : PersonField.values()) {
      if (!read.contains(field)) {
        continue;
      }
      String column = mapping.get(field);
      columns.add(column != null ? column : field.key());
    }
    return columns;
  }

  public Set<String> allowedFilterValues() {
    Set<String> values = new LinkedHashSet<>();
    if (filterValues != null) {
      for (String v : filterValues.split(",")) {
        if (!v.isBlank()) {
          values.add(v.trim().toLowerCase(java.util.Locale.ROOT));
        }
      }
    }
    return values;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public SourceType getSourceType() {
    return sourceType;
  }

  public void setSourceType(SourceType sourceType) {
    this.sourceType = sourceType;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public String getDelimiter() {
    return delimiter;
  }

  public void setDelimiter(String delimiter) {
    this.delimiter = delimiter;
  }

  public String getDateFormat() {
    return dateFormat;
  }

  public void setDateFormat(String dateFormat) {
    this.dateFormat = dateFormat;
  }

  public PersonField getFilterField() {
    return filterField;
  }

  public String getFilterValues() {
    return filterValues;
  }

  public void setFilter(PersonField field, String values) {
    this.filterField = field;
    this.filterValues = values;
  }

  public Map<PersonField, String> getMapping() {
    return mapping;
  }

  public Set<PersonField> getRequiredFields() {
    return requiredFields;
  }

  public List<TemplateRule> getTemplateRules() {
    return templateRules;
  }

  public Set<AllowedValue> getAllowedValues() {
    return allowedValues;
  }

  public Map<String, String> getEmailDomains() {
    return emailDomains;
  }

  public FlowPurpose getPurpose() {
    return purpose;
  }

  public void setPurpose(FlowPurpose purpose) {
    this.purpose = purpose;
  }

  public String getDefaultTemplate() {
    return defaultTemplate;
  }

  public void setDefaultTemplate(String template) {
    this.defaultTemplate = template;
  }

  /** The template a journey of this flow gets. */
  public String templateOrDefault() {
    return defaultTemplate == null ? "Standard onboarding" : defaultTemplate;
  }

  public boolean isResolveStakeholders() {
    return resolveStakeholders;
  }

  public void setResolveStakeholders(boolean resolve) {
    this.resolveStakeholders = resolve;
  }

  public Integer getStartDateMaxAgeDays() {
    return startDateMaxAgeDays;
  }

  public void setStartDateMaxAgeDays(Integer days) {
    this.startDateMaxAgeDays = days;
  }

  public long getVersion() {
    return version;
  }

  public SftpAccess getSftp() {
    if (sftp == null) {
      sftp = new SftpAccess(); // Hibernate gives null for an embeddable whose columns are null
    }
    return sftp;
  }

  public HrisAccess getHris() {
    if (hris == null) {
      hris = new HrisAccess();
    }
    return hris;
  }

  public FlowSchedule getSchedule() {
    if (schedule == null) {
      schedule = new FlowSchedule();
    }
    return schedule;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
