stub: upstream file of 30298 bytes
