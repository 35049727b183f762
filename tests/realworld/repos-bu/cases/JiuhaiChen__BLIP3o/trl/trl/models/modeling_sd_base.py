stub: upstream file of 42298 bytes
