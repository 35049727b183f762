stub: upstream file of 12172 bytes
