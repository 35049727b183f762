stub: upstream file of 25088 bytes
