stub: upstream file of 4468 bytes
