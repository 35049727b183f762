stub: upstream file of 12298 bytes
