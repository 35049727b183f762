stub: upstream file of 12579 bytes
