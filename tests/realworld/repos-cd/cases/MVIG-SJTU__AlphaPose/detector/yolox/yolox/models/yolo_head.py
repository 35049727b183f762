stub: upstream file of 23362 bytes
