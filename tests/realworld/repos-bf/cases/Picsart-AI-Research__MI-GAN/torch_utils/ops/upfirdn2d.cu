stub: upstream file of 21050 bytes
