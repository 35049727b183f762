stub: upstream file of 11410 bytes
