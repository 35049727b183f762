stub: upstream file of 3710 bytes
