stub: upstream file of 79040 bytes
