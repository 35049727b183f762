stub: upstream file of 22710 bytes
