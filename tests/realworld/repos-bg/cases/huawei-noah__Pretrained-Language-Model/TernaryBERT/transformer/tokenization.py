stub: upstream file of 13850 bytes
