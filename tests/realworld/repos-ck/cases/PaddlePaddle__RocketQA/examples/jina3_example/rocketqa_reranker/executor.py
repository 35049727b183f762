stub: upstream file of 2407 bytes
