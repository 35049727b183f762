stub: upstream file of 1363124 bytes
