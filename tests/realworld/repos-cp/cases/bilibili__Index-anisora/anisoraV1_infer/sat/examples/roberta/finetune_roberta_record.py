stub: upstream file of 8362 bytes
