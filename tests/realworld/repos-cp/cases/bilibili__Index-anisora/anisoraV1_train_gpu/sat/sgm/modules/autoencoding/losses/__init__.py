stub: upstream file of 209 bytes
