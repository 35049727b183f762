stub: upstream file of 2381 bytes
