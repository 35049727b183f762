stub: upstream file of 31839 bytes
