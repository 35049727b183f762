stub: upstream file of 27991 bytes
