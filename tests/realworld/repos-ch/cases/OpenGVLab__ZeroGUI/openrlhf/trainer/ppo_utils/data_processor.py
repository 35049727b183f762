stub: upstream file of 8499 bytes
