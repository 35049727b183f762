stub: upstream file of 2340 bytes
