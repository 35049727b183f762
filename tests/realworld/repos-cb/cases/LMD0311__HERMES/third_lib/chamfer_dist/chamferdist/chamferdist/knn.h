stub: upstream file of 4957 bytes
