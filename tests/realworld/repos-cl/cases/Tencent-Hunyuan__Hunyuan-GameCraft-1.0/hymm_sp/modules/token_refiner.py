stub: upstream file of 9298 bytes
