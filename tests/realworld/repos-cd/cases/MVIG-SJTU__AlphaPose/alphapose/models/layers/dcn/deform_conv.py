stub: upstream file of 12468 bytes
