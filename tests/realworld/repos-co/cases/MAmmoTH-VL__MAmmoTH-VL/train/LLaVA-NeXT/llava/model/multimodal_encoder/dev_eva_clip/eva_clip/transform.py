stub: upstream file of 3410 bytes
