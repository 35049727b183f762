stub: upstream file of 4360 bytes
