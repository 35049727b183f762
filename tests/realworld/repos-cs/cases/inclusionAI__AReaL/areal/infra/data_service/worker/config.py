stub: upstream file of 287 bytes
