stub: upstream file of 24235 bytes
