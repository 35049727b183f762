stub: upstream file of 8961 bytes
