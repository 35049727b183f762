stub: upstream file of 15266 bytes
