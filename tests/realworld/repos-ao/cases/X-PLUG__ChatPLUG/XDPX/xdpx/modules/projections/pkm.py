stub: upstream file of 12836 bytes
