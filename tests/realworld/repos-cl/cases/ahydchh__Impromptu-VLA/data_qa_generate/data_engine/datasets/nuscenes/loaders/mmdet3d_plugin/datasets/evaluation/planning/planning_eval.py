stub: upstream file of 6468 bytes
