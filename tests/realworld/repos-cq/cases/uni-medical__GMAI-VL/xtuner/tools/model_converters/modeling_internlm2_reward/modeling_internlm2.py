stub: upstream file of 67442 bytes
