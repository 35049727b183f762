stub: upstream file of 16452 bytes
