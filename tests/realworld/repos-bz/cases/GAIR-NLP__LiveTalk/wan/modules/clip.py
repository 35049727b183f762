stub: upstream file of 16835 bytes
