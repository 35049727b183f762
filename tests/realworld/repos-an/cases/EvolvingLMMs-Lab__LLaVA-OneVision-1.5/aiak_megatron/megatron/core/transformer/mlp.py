stub: upstream file of 13362 bytes
