stub: upstream file of 12362 bytes
