stub: upstream file of 16207 bytes
