stub: upstream file of 286 bytes
