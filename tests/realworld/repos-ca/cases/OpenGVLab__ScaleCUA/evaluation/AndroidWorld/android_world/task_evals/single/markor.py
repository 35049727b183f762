stub: upstream file of 33034 bytes
