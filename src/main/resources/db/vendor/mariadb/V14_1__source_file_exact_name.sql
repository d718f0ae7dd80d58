-- Remote file names compare byte for byte, as the SFTP server and Java see them: under the
-- default collation "Employees.csv" and "employees.csv" of the same size and time were one file
-- (the second never imported, or its record refused by the unique key).
ALTER TABLE source_file MODIFY name VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL;
