stub: upstream file of 12181 bytes
