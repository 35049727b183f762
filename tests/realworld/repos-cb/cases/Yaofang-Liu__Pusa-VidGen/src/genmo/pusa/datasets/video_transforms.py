stub: upstream file of 16998 bytes
