stub: upstream file of 71 bytes
