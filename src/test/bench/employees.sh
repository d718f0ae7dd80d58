# Sourced by the benchmarks: the employee file they import.
# gen_csv FILE LINES [TAG]: 1 line in 50 has a broken email (a Failure). Without TAG, line i is
# person i; with TAG, person "<TAG><i on 9 digits>", so files of different tags never share a
# person (or an id).
gen_csv() {
  awk -v n="$2" -v tag="${3:-}" 'BEGIN {
    print "employee_id,first_name,last_name,work_email,start_date,department";
    for (i = 1; i <= n; i++) {
      num = (tag == "") ? i : tag sprintf("%09d", i);
      email = (i % 50 == 0) ? "broken-email-" num : "person" num "@bench.example.com";
      printf "B%s,First%d,Last%d,%s,2026-%02d-%02d,Dept%d\n", num, i, i, email, (i % 12) + 1, (i % 28) + 1, i % 7;
    }
  }' > "$1"
}

# The email of data line i of a file generated with TAG (i = 1 is the file's line 2).
email_of() { awk -v i="$1" -v tag="$2" 'BEGIN {
  printf "person%s@bench.example.com\n", (tag == "") ? i : tag sprintf("%09d", i) }'; }
