stub: upstream file of 13170 bytes
