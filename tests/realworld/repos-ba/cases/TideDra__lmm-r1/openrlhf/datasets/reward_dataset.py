stub: upstream file of 7029 bytes
