stub: upstream file of 25004 bytes
