stub: upstream file of 8246 bytes
