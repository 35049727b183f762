stub: upstream file of 249 bytes
