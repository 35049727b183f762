stub: upstream file of 7871 bytes
