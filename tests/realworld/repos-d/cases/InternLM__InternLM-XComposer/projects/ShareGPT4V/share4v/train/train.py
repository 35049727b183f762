stub: upstream file of 42134 bytes
