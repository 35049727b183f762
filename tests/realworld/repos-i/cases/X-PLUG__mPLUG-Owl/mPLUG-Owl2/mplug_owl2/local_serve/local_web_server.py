stub: upstream file of 15468 bytes
