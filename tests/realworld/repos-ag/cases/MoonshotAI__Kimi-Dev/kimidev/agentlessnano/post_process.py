stub: upstream file of 45355 bytes
