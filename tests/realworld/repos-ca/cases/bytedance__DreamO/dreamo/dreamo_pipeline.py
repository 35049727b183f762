stub: upstream file of 30076 bytes
