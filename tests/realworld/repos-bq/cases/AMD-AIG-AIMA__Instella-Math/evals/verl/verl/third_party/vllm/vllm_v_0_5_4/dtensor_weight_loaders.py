stub: upstream file of 15827 bytes
