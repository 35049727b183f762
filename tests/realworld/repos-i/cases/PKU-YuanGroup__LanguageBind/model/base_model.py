stub: upstream file of 15285 bytes
