stub: upstream file of 2445 bytes
