stub: upstream file of 28973 bytes
