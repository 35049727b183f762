stub: upstream file of 8339 bytes
