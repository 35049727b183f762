stub: upstream file of 14233 bytes
