stub: upstream file of 468 bytes
