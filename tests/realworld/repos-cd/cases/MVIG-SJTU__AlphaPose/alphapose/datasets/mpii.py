stub: upstream file of 4585 bytes
