stub: upstream file of 16369 bytes
