stub: upstream file of 10362 bytes
