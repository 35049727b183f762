stub: upstream file of 3420 bytes
