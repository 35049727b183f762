stub: upstream file of 11537 bytes
