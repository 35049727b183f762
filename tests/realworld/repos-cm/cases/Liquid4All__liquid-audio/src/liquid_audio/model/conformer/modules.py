stub: upstream file of 18362 bytes
