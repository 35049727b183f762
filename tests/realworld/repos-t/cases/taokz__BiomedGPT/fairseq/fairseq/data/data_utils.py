stub: upstream file of 21298 bytes
