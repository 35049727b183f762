stub: upstream file of 11889 bytes
