stub: upstream file of 5339 bytes
