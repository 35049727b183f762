stub: upstream file of 33364 bytes
