stub: upstream file of 18298 bytes
