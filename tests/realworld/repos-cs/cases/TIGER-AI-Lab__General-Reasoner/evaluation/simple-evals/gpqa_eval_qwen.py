stub: upstream file of 3404 bytes
