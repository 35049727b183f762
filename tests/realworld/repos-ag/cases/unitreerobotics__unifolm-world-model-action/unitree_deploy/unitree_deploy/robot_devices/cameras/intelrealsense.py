stub: upstream file of 19050 bytes
