stub: upstream file of 9019 bytes
