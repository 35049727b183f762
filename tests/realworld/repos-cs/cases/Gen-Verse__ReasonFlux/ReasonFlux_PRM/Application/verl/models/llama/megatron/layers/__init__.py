stub: upstream file of 1168 bytes
