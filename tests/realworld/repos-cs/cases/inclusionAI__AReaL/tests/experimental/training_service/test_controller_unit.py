stub: upstream file of 5620 bytes
