stub: upstream file of 12438 bytes
