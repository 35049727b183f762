stub: upstream file of 7469 bytes
