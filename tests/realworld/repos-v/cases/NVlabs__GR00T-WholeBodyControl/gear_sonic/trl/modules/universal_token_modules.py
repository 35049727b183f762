stub: upstream file of 58298 bytes
