stub: upstream file of 24006 bytes
