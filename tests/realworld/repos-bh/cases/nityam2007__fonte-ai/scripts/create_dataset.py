stub: upstream file of 13172 bytes
