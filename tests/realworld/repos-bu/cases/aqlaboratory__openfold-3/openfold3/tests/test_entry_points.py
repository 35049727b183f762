stub: upstream file of 23702 bytes
