stub: upstream file of 4006 bytes
