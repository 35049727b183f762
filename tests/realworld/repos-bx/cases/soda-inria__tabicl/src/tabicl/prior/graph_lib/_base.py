stub: upstream file of 13036 bytes
