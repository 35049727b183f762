stub: upstream file of 31167 bytes
