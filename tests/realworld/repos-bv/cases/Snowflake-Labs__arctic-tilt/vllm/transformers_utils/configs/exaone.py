stub: upstream file of 8883 bytes
