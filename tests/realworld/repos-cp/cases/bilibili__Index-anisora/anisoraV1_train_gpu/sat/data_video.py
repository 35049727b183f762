stub: upstream file of 21141 bytes
