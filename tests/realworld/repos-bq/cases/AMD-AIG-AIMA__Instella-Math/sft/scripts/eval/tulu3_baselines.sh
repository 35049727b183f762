stub: upstream file of 10940 bytes
