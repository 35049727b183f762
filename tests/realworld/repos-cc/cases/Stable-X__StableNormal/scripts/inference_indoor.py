stub: upstream file of 4019 bytes
