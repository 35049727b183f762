stub: upstream file of 352 bytes
