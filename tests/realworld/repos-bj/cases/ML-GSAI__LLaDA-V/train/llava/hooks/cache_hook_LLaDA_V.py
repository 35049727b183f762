stub: upstream file of 30491 bytes
