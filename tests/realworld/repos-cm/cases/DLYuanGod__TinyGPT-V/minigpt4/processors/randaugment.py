stub: upstream file of 11298 bytes
