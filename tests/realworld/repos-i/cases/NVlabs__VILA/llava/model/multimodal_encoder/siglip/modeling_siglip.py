stub: upstream file of 74382 bytes
