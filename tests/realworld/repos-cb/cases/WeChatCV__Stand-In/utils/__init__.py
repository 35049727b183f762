stub: upstream file of 13275 bytes
