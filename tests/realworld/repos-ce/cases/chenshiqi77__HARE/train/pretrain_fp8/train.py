stub: upstream file of 3200 bytes
