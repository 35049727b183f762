stub: upstream file of 23172 bytes
