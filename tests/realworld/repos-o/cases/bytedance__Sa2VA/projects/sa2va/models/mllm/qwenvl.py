stub: upstream file of 8438 bytes
