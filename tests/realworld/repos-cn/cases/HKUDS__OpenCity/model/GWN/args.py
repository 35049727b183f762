stub: upstream file of 2862 bytes
