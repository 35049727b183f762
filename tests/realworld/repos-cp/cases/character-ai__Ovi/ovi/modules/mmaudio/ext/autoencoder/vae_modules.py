stub: upstream file of 3339 bytes
