CREATE TABLE a_table (id INT);
