stub: upstream file of 4076 bytes
