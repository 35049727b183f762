stub: upstream file of 40438 bytes
