stub: upstream file of 4339 bytes
