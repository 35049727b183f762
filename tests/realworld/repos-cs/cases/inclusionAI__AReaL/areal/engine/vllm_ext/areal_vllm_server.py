stub: upstream file of 13298 bytes
