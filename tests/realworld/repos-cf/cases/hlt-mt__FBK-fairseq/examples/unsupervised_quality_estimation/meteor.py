stub: upstream file of 3468 bytes
