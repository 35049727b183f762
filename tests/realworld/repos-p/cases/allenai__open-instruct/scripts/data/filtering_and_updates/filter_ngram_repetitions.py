stub: upstream file of 38298 bytes
