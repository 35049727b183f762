stub: upstream file of 5468 bytes
