stub: upstream file of 18965 bytes
