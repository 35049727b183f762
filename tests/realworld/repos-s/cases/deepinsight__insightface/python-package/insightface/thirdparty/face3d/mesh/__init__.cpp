stub: upstream file of 112925 bytes
