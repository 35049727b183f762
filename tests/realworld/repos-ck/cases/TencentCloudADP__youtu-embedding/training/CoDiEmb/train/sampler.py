stub: upstream file of 15233 bytes
