stub: upstream file of 19996 bytes
