stub: upstream file of 31298 bytes
