stub: upstream file of 16362 bytes
