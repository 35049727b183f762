stub: upstream file of 10880 bytes
