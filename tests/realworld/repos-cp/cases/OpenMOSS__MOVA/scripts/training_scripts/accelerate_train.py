stub: upstream file of 4710 bytes
