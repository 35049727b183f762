stub: upstream file of 26491 bytes
