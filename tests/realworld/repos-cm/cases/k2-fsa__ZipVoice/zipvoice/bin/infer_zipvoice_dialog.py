stub: upstream file of 45571 bytes
