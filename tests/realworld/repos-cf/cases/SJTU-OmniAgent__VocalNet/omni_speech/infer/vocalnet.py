stub: upstream file of 18167 bytes
