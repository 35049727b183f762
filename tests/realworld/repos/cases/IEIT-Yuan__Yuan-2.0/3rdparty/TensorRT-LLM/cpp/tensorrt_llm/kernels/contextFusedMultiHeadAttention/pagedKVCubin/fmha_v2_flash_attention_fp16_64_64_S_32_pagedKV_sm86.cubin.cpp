stub: upstream file of 379710 bytes
