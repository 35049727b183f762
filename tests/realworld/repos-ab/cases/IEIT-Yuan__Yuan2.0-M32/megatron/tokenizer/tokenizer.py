stub: upstream file of 17298 bytes
